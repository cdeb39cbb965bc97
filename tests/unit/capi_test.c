/* The C API from C (compiled as C11, as an EHR written in C would): the happy path, then every error
 * path. Run by CTest with the source tree as argv[1]; under the asan preset, LeakSanitizer also checks
 * that every handle and buffer is released. Prints one line per check; exits 1 on the first failure. */
#include <medcert/medcert.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int checks = 0;

#define EXPECT(condition)                                                          \
  do {                                                                             \
    ++checks;                                                                      \
    if (!(condition)) {                                                            \
      fprintf(stderr, "%s:%d: FAILED: %s\n", __FILE__, __LINE__, #condition);      \
      exit(1);                                                                     \
    }                                                                              \
  } while (0)

static const int64_t kNow = 1795219200; /* 2026-11-21T00:00:00Z */

static char* read_file(const char* dir, const char* name, size_t* size) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE* file = fopen(path, "rb");
  EXPECT(file != NULL);
  fseek(file, 0, SEEK_END);
  *size = (size_t)ftell(file);
  fseek(file, 0, SEEK_SET);
  char* text = malloc(*size + 1);
  EXPECT(text != NULL && fread(text, 1, *size, file) == *size);
  text[*size] = '\0';
  fclose(file);
  return text;
}

/* The first diagnostic with this rule, or -1. */
static long find_rule(const medcert_result* result, const char* rule) {
  size_t count = 0;
  EXPECT(medcert_result_diagnostic_count(result, &count) == MEDCERT_OK);
  for (size_t i = 0; i < count; ++i) {
    medcert_diagnostic d;
    EXPECT(medcert_result_diagnostic(result, i, &d) == MEDCERT_OK);
    if (strcmp(d.rule, rule) == 0) return (long)i;
  }
  return -1;
}

static void renders_an_example(const medcert_engine* engine, const medcert_options* options, const char* src) {
  size_t size = 0;
  char* findings = read_file(src, "examples/medecin/court.yaml", &size);
  medcert_result* result = NULL;
  EXPECT(medcert_render(engine, findings, size, "medecin-court.yaml", options, &result) == MEDCERT_OK);
  medcert_status status = MEDCERT_INTERNAL_ERROR;
  EXPECT(medcert_result_status(result, &status) == MEDCERT_OK && status == MEDCERT_OK);
  medcert_buffer pdf = {NULL, 0};
  EXPECT(medcert_result_take_pdf(result, &pdf) == MEDCERT_OK);
  EXPECT(pdf.size > 1000 && memcmp(pdf.data, "%PDF-", 5) == 0);
  medcert_buffer again = {NULL, 0};
  EXPECT(medcert_result_take_pdf(result, &again) == MEDCERT_NO_PDF); /* taken once only */
  EXPECT(again.data == NULL);
  EXPECT(medcert_buffer_free(&pdf) == MEDCERT_OK && pdf.data == NULL && pdf.size == 0);
  EXPECT(medcert_result_free(&result) == MEDCERT_OK && result == NULL);
  free(findings);
  puts("ok: an example renders to PDF bytes the caller owns");
}

/* True when `needle` occurs in the `size` bytes at `data` (memmem is not standard C). */
static int contains(const unsigned char* data, size_t size, const char* needle) {
  const size_t length = strlen(needle);
  for (size_t i = 0; i + length <= size; ++i)
    if (memcmp(data + i, needle, length) == 0) return 1;
  return 0;
}

/* The specimen flag reaches the PDF's XMP (the watermark itself is checked by tests/e2e/specimen.sh). */
static void renders_a_specimen(const medcert_engine* engine, const char* src) {
  size_t size = 0;
  char* findings = read_file(src, "examples/medecin/court.yaml", &size);
  medcert_options* options = NULL;
  EXPECT(medcert_options_new(&options) == MEDCERT_OK);
  EXPECT(medcert_options_set_time(options, kNow) == MEDCERT_OK);
  for (int specimen = 0; specimen <= 1; ++specimen) {
    EXPECT(medcert_options_set_specimen(options, specimen) == MEDCERT_OK);
    medcert_result* result = NULL;
    EXPECT(medcert_render(engine, findings, size, "court.yaml", options, &result) == MEDCERT_OK);
    medcert_buffer pdf = {NULL, 0};
    EXPECT(medcert_result_take_pdf(result, &pdf) == MEDCERT_OK);
    EXPECT(contains(pdf.data, pdf.size,
                    specimen ? "<medcert:Specimen>True</medcert:Specimen>" : "<medcert:Specimen>False</medcert:Specimen>"));
    EXPECT(medcert_buffer_free(&pdf) == MEDCERT_OK);
    EXPECT(medcert_result_free(&result) == MEDCERT_OK);
  }
  EXPECT(medcert_options_set_specimen(NULL, 1) == MEDCERT_INVALID_ARGUMENT);
  EXPECT(medcert_options_free(&options) == MEDCERT_OK);
  free(findings);
  puts("ok: medcert_options_set_specimen marks the PDF as a specimen (XMP medcert:Specimen)");
}

static void reports_bad_findings(const medcert_engine* engine, const medcert_options* english, const char* src) {
  size_t size = 0;
  char* findings = read_file(src, "examples/medecin/faulty/unknown-key.yaml", &size);
  medcert_result* result = NULL;
  EXPECT(medcert_render(engine, findings, size, "unknown-key.yaml", english, &result) == MEDCERT_FINDINGS_INVALID);
  const long index = find_rule(result, "F-UNKNOWN-KEY");
  EXPECT(index >= 0);
  medcert_diagnostic d;
  EXPECT(medcert_result_diagnostic(result, (size_t)index, &d) == MEDCERT_OK);
  EXPECT(d.severity == MEDCERT_SEVERITY_ERROR && d.line > 0 && d.column > 0);
  EXPECT(strcmp(d.file, "unknown-key.yaml") == 0 && d.path[0] != '\0');
  EXPECT(strcmp(d.message, d.message_en) == 0 && strcmp(d.message_fr, d.message_en) != 0);
  const char* message = NULL;
  EXPECT(medcert_result_last_error(result, &message) == MEDCERT_OK && strstr(message, "errors") != NULL);
  medcert_buffer pdf = {NULL, 0};
  EXPECT(medcert_result_take_pdf(result, &pdf) == MEDCERT_NO_PDF);
  EXPECT(medcert_result_diagnostic(result, 100000, &d) == MEDCERT_INVALID_ARGUMENT);
  medcert_result_free(&result);
  free(findings);

  const char broken[] = "author: [unclosed";
  EXPECT(medcert_check(engine, broken, sizeof broken - 1, NULL, NULL, &result) == MEDCERT_FINDINGS_UNREADABLE);
  size_t count = 0;
  EXPECT(medcert_result_diagnostic_count(result, &count) == MEDCERT_OK && count >= 1);
  EXPECT(medcert_result_last_error(result, &message) == MEDCERT_OK && strstr(message, "YAML") != NULL);
  medcert_result_free(&result);
  puts("ok: bad and unreadable findings come back as located diagnostics, in the chosen language");
}

static void reports_an_unknown_template(const medcert_engine* engine, const char* src) {
  size_t size = 0;
  char* findings = read_file(src, "examples/medecin/court.yaml", &size);
  medcert_options* options = NULL;
  EXPECT(medcert_options_new(&options) == MEDCERT_OK);
  EXPECT(medcert_options_set_time(options, kNow) == MEDCERT_OK);
  EXPECT(medcert_options_set_template(options, "astronaute") == MEDCERT_OK);
  medcert_result* result = NULL;
  EXPECT(medcert_check(engine, findings, size, "court.yaml", options, &result) == MEDCERT_FINDINGS_INVALID);
  EXPECT(find_rule(result, "F-TEMPLATE") >= 0);
  medcert_result_free(&result);
  EXPECT(medcert_options_set_template(options, NULL) == MEDCERT_OK); /* back to the findings' choice */
  EXPECT(medcert_check(engine, findings, size, "court.yaml", options, &result) == MEDCERT_OK);
  medcert_result_free(&result);
  medcert_options_free(&options);
  free(findings);
  puts("ok: an unknown template is an F-TEMPLATE diagnostic");
}

static void refuses_invalid_options_and_null_arguments(const medcert_engine* engine) {
  medcert_options* options = NULL;
  EXPECT(medcert_options_new(&options) == MEDCERT_OK);
  EXPECT(medcert_options_set_language(options, (medcert_language)7) == MEDCERT_INVALID_ARGUMENT);
  const char* message = NULL;
  EXPECT(medcert_options_last_error(options, &message) == MEDCERT_OK && strstr(message, "language") != NULL);
  EXPECT(medcert_options_set_language(options, MEDCERT_LANGUAGE_EN) == MEDCERT_OK);
  EXPECT(medcert_options_last_error(options, &message) == MEDCERT_OK && message[0] == '\0');
  EXPECT(medcert_options_set_pdfa(options, (medcert_pdfa)4) == MEDCERT_INVALID_ARGUMENT);
  EXPECT(medcert_options_last_error(options, &message) == MEDCERT_OK && strstr(message, "PDF/A") != NULL);
  EXPECT(medcert_options_set_pdfa(options, MEDCERT_PDFA_1B) == MEDCERT_OK);
  medcert_options_free(&options);
  EXPECT(options == NULL);

  medcert_result* result = NULL;
  const char text[] = "medcert: 1";
  EXPECT(medcert_render(NULL, text, sizeof text - 1, NULL, NULL, &result) == MEDCERT_INVALID_ARGUMENT);
  EXPECT(result == NULL);
  EXPECT(medcert_render(engine, NULL, 0, NULL, NULL, &result) == MEDCERT_INVALID_ARGUMENT);
  EXPECT(medcert_check(engine, text, sizeof text - 1, NULL, NULL, NULL) == MEDCERT_INVALID_ARGUMENT);
  EXPECT(medcert_options_new(NULL) == MEDCERT_INVALID_ARGUMENT);
  EXPECT(medcert_options_set_time(NULL, kNow) == MEDCERT_INVALID_ARGUMENT);
  EXPECT(medcert_engine_new(NULL, NULL) == MEDCERT_INVALID_ARGUMENT);
  EXPECT(medcert_engine_last_error(NULL, &message) == MEDCERT_INVALID_ARGUMENT);
  EXPECT(medcert_result_status(NULL, NULL) == MEDCERT_INVALID_ARGUMENT);
  EXPECT(medcert_result_take_pdf(NULL, NULL) == MEDCERT_INVALID_ARGUMENT);
  EXPECT(medcert_version(NULL) == MEDCERT_INVALID_ARGUMENT);
  EXPECT(medcert_buffer_free(NULL) == MEDCERT_OK);
  EXPECT(medcert_engine_free(NULL) == MEDCERT_INVALID_ARGUMENT);
  medcert_engine* none = NULL;
  EXPECT(medcert_engine_free(&none) == MEDCERT_OK);
  puts("ok: invalid options and NULL arguments are refused with MEDCERT_INVALID_ARGUMENT");
}

static void reports_a_missing_data_dir(void) {
  medcert_engine* engine = NULL;
  EXPECT(medcert_engine_new("/nonexistent/medcert-data", &engine) == MEDCERT_CONFIG_ERROR);
  EXPECT(engine != NULL);
  const char* message = NULL;
  EXPECT(medcert_engine_last_error(engine, &message) == MEDCERT_OK && strstr(message, "templates") != NULL);
  medcert_result* result = NULL;
  const char text[] = "medcert: 1";
  EXPECT(medcert_check(engine, text, sizeof text - 1, NULL, NULL, &result) == MEDCERT_INVALID_ARGUMENT);
  EXPECT(medcert_result_last_error(result, &message) == MEDCERT_OK && strstr(message, "engine") != NULL);
  medcert_result_free(&result);
  medcert_engine_free(&engine);
  EXPECT(engine == NULL);
  puts("ok: an engine without its data says why, and refuses to work");
}

int main(int argc, char** argv) {
  EXPECT(argc == 2);
  const char* src = argv[1];
  const char* version = NULL;
  EXPECT(medcert_version(&version) == MEDCERT_OK && version[0] >= '0' && version[0] <= '9');

  medcert_engine* engine = NULL;
  EXPECT(medcert_engine_new(src, &engine) == MEDCERT_OK);
  medcert_options* options = NULL;
  EXPECT(medcert_options_new(&options) == MEDCERT_OK);
  EXPECT(medcert_options_set_time(options, kNow) == MEDCERT_OK);
  EXPECT(medcert_options_set_pdfa(options, MEDCERT_PDFA_2B) == MEDCERT_OK);
  medcert_options* english = NULL;
  EXPECT(medcert_options_new(&english) == MEDCERT_OK);
  EXPECT(medcert_options_set_time(english, kNow) == MEDCERT_OK);
  EXPECT(medcert_options_set_language(english, MEDCERT_LANGUAGE_EN) == MEDCERT_OK);

  renders_an_example(engine, options, src);
  renders_a_specimen(engine, src);
  reports_bad_findings(engine, english, src);
  reports_an_unknown_template(engine, src);
  refuses_invalid_options_and_null_arguments(engine);
  reports_a_missing_data_dir();

  medcert_options_free(&english);
  medcert_options_free(&options);
  medcert_engine_free(&engine);
  printf("%d checks passed\n", checks);
  return 0;
}
