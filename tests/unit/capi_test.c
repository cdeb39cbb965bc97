// SPDX-License-Identifier: Apache-2.0
/* The C API from C (compiled as C11, as an EHR written in C would): the happy path, then every error
 * path; signing both ways (a PKCS#12; prepare, a signature made by the openssl command as a card would,
 * complete), verification and extraction. Run by CTest with the source tree as argv[1]; under the asan preset, LeakSanitizer also checks
 * that every handle and buffer is released. Prints one line per check; exits 1 on the first failure. */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
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

static void reports_danger_prompts_as_notices(const medcert_engine* engine, const char* src) {
  size_t size = 0;
  char* findings = read_file(src, "examples/medecin/long.yaml", &size);
  medcert_options* options = NULL;
  EXPECT(medcert_options_new(&options) == MEDCERT_OK);
  EXPECT(medcert_options_set_time(options, kNow) == MEDCERT_OK);
  medcert_result* result = NULL;
  EXPECT(medcert_check(engine, findings, size, "long.yaml", options, &result) == MEDCERT_OK);
  const long index = find_rule(result, "R-DG-1");
  EXPECT(index >= 0);
  medcert_diagnostic d;
  EXPECT(medcert_result_diagnostic(result, (size_t)index, &d) == MEDCERT_OK);
  EXPECT(d.severity == MEDCERT_SEVERITY_NOTICE && d.line == 45 && d.column == 5);
  EXPECT(strstr(d.message_fr, "Ce rappel ne décide rien") != NULL);
  medcert_result_free(&result);
  medcert_options_free(&options);
  free(findings);
  puts("ok: a danger prompt is a MEDCERT_SEVERITY_NOTICE that leaves the check MEDCERT_OK");
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

/* A throw-away PKI (tests/e2e/make_test_pki.sh): no private key is ever committed. */
static char pki[256];

static void make_pki(const char* src) {
  snprintf(pki, sizeof pki, "%s", "/tmp/medcert-capi-XXXXXX");
  EXPECT(mkdtemp(pki) != NULL);
  char command[1024];
  snprintf(command, sizeof command, "bash '%s/tests/e2e/make_test_pki.sh' '%s' >/dev/null", src, pki);
  EXPECT(system(command) == 0);
}

static void remove_pki(void) {
  char command[512];
  snprintf(command, sizeof command, "rm -rf '%s'", pki);
  EXPECT(system(command) == 0);
}

static void write_file(const char* name, const unsigned char* data, size_t size) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", pki, name);
  FILE* file = fopen(path, "wb");
  EXPECT(file != NULL && fwrite(data, 1, size, file) == size);
  fclose(file);
}

/* An unsigned PDF/A-3b certificate (the findings embedded), owned by the caller. */
static medcert_buffer unsigned_pdf(const medcert_engine* engine, const medcert_options* options, const char* src) {
  size_t size = 0;
  char* findings = read_file(src, "examples/medecin/court.yaml", &size);
  medcert_result* result = NULL;
  EXPECT(medcert_render(engine, findings, size, "court.yaml", options, &result) == MEDCERT_OK);
  medcert_buffer pdf = {NULL, 0};
  EXPECT(medcert_result_take_pdf(result, &pdf) == MEDCERT_OK);
  medcert_result_free(&result);
  free(findings);
  return pdf;
}

static medcert_sign_category sign_category(const medcert_result* result) {
  medcert_sign_category category = MEDCERT_SIGN_OK;
  EXPECT(medcert_result_sign_category(result, &category) == MEDCERT_OK);
  return category;
}

static const char* result_text(const medcert_result* result) {
  const char* text = NULL;
  size_t size = 0;
  EXPECT(medcert_result_text(result, &text, &size) == MEDCERT_OK && strlen(text) == size);
  return text;
}

/* Verifies `pdf`, expects `status`, and checks that the JSON report says the same. */
static void expect_verified(const medcert_buffer* pdf, const medcert_bytes* trusted, size_t trusted_count,
                            medcert_verify_status status, const char* json_status) {
  medcert_result* result = NULL;
  EXPECT(medcert_verify((const char*)pdf->data, pdf->size, "certificat.pdf", trusted, trusted_count, NULL, &result) ==
         (status == MEDCERT_VERIFY_VALID ? MEDCERT_OK : MEDCERT_NOT_VALID));
  medcert_verify_status got = MEDCERT_VERIFY_UNREADABLE;
  EXPECT(medcert_result_verify_status(result, &got) == MEDCERT_OK && got == status);
  const char* json = result_text(result);
  EXPECT(strstr(json, "\"format_version\": 1") != NULL && strstr(json, "\"file\": \"certificat.pdf\"") != NULL);
  EXPECT(strstr(json, json_status) != NULL);
  medcert_result_free(&result);
}

/* The findings embedded in `pdf` are the example's (its RPPS number). */
static void expect_extracted(const medcert_buffer* pdf) {
  medcert_result* result = NULL;
  EXPECT(medcert_extract((const char*)pdf->data, pdf->size, NULL, &result) == MEDCERT_OK);
  const char* json = result_text(result);
  EXPECT(json[0] == '{' && strstr(json, "\"rpps\"") != NULL);
  medcert_result_free(&result);
}

static void signs_with_a_pkcs12(const medcert_engine* engine, const medcert_options* options, const char* src) {
  medcert_buffer pdf = unsigned_pdf(engine, options, src);
  size_t p12_size = 0, password_size = 0, ca_size = 0;
  char* p12 = read_file(pki, "signer.p12", &p12_size);
  char* password = read_file(pki, "password", &password_size);
  password[strcspn(password, "\r\n")] = '\0';
  medcert_result* result = NULL;

  EXPECT(medcert_sign_pkcs12((const char*)pdf.data, pdf.size, p12, p12_size, "not the password", options, &result) ==
         MEDCERT_SIGN_FAILED);
  EXPECT(sign_category(result) == MEDCERT_SIGN_WRONG_PASSWORD && find_rule(result, "S-P12-PASSWORD") >= 0);
  medcert_result_free(&result);

  EXPECT(medcert_sign_pkcs12((const char*)pdf.data, pdf.size, p12, p12_size, password, options, &result) == MEDCERT_OK);
  EXPECT(sign_category(result) == MEDCERT_SIGN_OK);
  medcert_buffer signed_pdf = {NULL, 0};
  EXPECT(medcert_result_take_pdf(result, &signed_pdf) == MEDCERT_OK && signed_pdf.size > pdf.size);
  medcert_result_free(&result);

  char* ca = read_file(pki, "ca.pem", &ca_size);
  const medcert_bytes trusted = {(const unsigned char*)ca, ca_size};
  expect_verified(&signed_pdf, NULL, 0, MEDCERT_VERIFY_VALID, "\"trust\": \"not_checked\"");
  expect_verified(&signed_pdf, &trusted, 1, MEDCERT_VERIFY_VALID, "\"trust\": \"trusted\"");
  expect_verified(&pdf, NULL, 0, MEDCERT_VERIFY_NOT_SIGNED, "\"status\": \"not_signed\"");
  expect_extracted(&signed_pdf);

  /* Signed once only: the document cannot take a second signature. */
  EXPECT(medcert_sign_pkcs12((const char*)signed_pdf.data, signed_pdf.size, p12, p12_size, password, options,
                             &result) == MEDCERT_SIGN_FAILED);
  EXPECT(sign_category(result) == MEDCERT_SIGN_NOT_SIGNABLE && find_rule(result, "S-SIGNED") >= 0);
  medcert_result_free(&result);

  /* One byte of the signed part changed: the signature no longer checks. */
  signed_pdf.data[pdf.size / 2] ^= 0x01;
  expect_verified(&signed_pdf, NULL, 0, MEDCERT_VERIFY_INVALID, "\"status\": \"invalid\"");

  EXPECT(medcert_sign_pkcs12(NULL, 0, p12, p12_size, password, options, &result) == MEDCERT_INVALID_ARGUMENT);
  EXPECT(result == NULL);
  free(ca);
  free(password);
  free(p12);
  medcert_buffer_free(&signed_pdf);
  medcert_buffer_free(&pdf);
  puts("ok: a PKCS#12 signs in one step; verify (JSON report) and extract read the signed PDF back");
}

static void signs_in_two_steps(const medcert_engine* engine, const medcert_options* options, const char* src) {
  medcert_buffer pdf = unsigned_pdf(engine, options, src);
  size_t signer_size = 0, ca_size = 0, auth_size = 0;
  char* signer = read_file(pki, "signer.pem", &signer_size);
  char* ca = read_file(pki, "ca.pem", &ca_size);
  const medcert_bytes chain[2] = {{(const unsigned char*)signer, signer_size}, {(const unsigned char*)ca, ca_size}};
  medcert_result* result = NULL;
  EXPECT(medcert_sign_prepare((const char*)pdf.data, pdf.size, chain, 2, options, &result) == MEDCERT_OK);
  const unsigned char* digest = NULL;
  size_t digest_size = 0;
  EXPECT(medcert_result_digest(result, &digest, &digest_size) == MEDCERT_OK && digest_size == 32);
  write_file("digest.bin", digest, digest_size);
  medcert_buffer prepared = {NULL, 0};
  EXPECT(medcert_result_take_pdf(result, &prepared) == MEDCERT_OK);
  medcert_result_free(&result);

  /* The "card": OpenSSL signs the 32 bytes, PKCS#1 v1.5 over DigestInfo(SHA-256), outside medcert. */
  char command[1024];
  snprintf(command, sizeof command,
           "openssl pkeyutl -sign -inkey '%s/signer.key' -in '%s/digest.bin' -out '%s/signature.bin' "
           "-pkeyopt digest:sha256",
           pki, pki, pki);
  EXPECT(system(command) == 0);
  size_t signature_size = 0;
  char* signature = read_file(pki, "signature.bin", &signature_size);

  /* Another signature than the digest's is refused before anything is written. */
  signature[0] ^= 0x01;
  EXPECT(medcert_sign_complete((const char*)prepared.data, prepared.size, signature, signature_size, options,
                               &result) == MEDCERT_SIGN_FAILED);
  EXPECT(sign_category(result) == MEDCERT_SIGN_WRONG_SIGNATURE);
  medcert_result_free(&result);
  signature[0] ^= 0x01;

  EXPECT(medcert_sign_complete((const char*)prepared.data, prepared.size, signature, signature_size, options,
                               &result) == MEDCERT_OK);
  medcert_buffer signed_pdf = {NULL, 0};
  EXPECT(medcert_result_take_pdf(result, &signed_pdf) == MEDCERT_OK);
  medcert_result_free(&result);
  const medcert_bytes trusted = {(const unsigned char*)ca, ca_size};
  expect_verified(&signed_pdf, &trusted, 1, MEDCERT_VERIFY_VALID, "\"status\": \"valid\"");
  expect_extracted(&signed_pdf);

  /* A certificate whose key usage excludes signatures cannot prepare one. */
  char* auth = read_file(pki, "auth.pem", &auth_size);
  const medcert_bytes wrong[1] = {{(const unsigned char*)auth, auth_size}};
  EXPECT(medcert_sign_prepare((const char*)pdf.data, pdf.size, wrong, 1, options, &result) == MEDCERT_SIGN_FAILED);
  EXPECT(sign_category(result) == MEDCERT_SIGN_CERTIFICATE && find_rule(result, "S-CERTIFICATE") >= 0);
  medcert_result_free(&result);
  EXPECT(medcert_sign_prepare((const char*)pdf.data, pdf.size, NULL, 1, options, &result) == MEDCERT_INVALID_ARGUMENT);

  free(auth);
  free(signature);
  free(ca);
  free(signer);
  medcert_buffer_free(&signed_pdf);
  medcert_buffer_free(&prepared);
  medcert_buffer_free(&pdf);
  puts("ok: prepare, an external signature by OpenSSL, complete: a valid signature");
}

static void reads_what_is_not_a_certificate(void) {
  const char garbage[] = "%PDF-1.7 not really";
  medcert_result* result = NULL;
  EXPECT(medcert_extract(garbage, sizeof garbage - 1, NULL, &result) == MEDCERT_NO_FINDINGS);
  EXPECT(result_text(result)[0] == '\0');
  medcert_result_free(&result);
  EXPECT(medcert_verify(garbage, sizeof garbage - 1, NULL, NULL, 0, NULL, &result) == MEDCERT_NOT_VALID);
  medcert_verify_status status = MEDCERT_VERIFY_VALID;
  EXPECT(medcert_result_verify_status(result, &status) == MEDCERT_OK && status == MEDCERT_VERIFY_UNREADABLE);
  EXPECT(find_rule(result, "V-UNREADABLE") >= 0);
  medcert_result_free(&result);
  puts("ok: extract and verify say why a file is no certificate");
}

static void lists_templates_vocabularies_and_skeletons(const medcert_engine* engine) {
  size_t count = 0;
  EXPECT(medcert_engine_template_count(engine, &count) == MEDCERT_OK && count >= 6);
  int physician = 0, physician_signalement = 0, physician_minor = 0, physician_ip = 0;
  for (size_t i = 0; i < count; ++i) {
    medcert_template_info info;
    const char* kind = NULL;
    const char* person = NULL;
    EXPECT(medcert_engine_template(engine, i, &info) == MEDCERT_OK);
    EXPECT(medcert_engine_template_document(engine, i, &kind, &person) == MEDCERT_OK);
    EXPECT(info.id[0] != '\0' && info.title[0] != '\0' && info.version > 0 && kind[0] != '\0');
    EXPECT(strcmp(person, "majeur") == 0 || strcmp(person, "mineur") == 0);
    if (strcmp(info.profession, "medecin") != 0 || strcmp(info.profession_en, "physician") != 0) continue;
    if (strcmp(person, "mineur") == 0) {
      physician_minor += strcmp(info.id, "medecin.certificat-mineur") == 0;
      physician_ip += strcmp(kind, "information_preoccupante") == 0;
    } else if (strcmp(kind, "signalement") == 0) {
      physician_signalement += strcmp(info.id, "medecin.signalement-procureur-majeur") == 0;
    } else {
      physician += strcmp(kind, "certificat_medical") == 0;
    }
  }
  EXPECT(physician == 1 && physician_signalement == 1 && physician_minor == 1 && physician_ip == 1);
  medcert_template_info info;
  EXPECT(medcert_engine_template(engine, count, &info) == MEDCERT_INVALID_ARGUMENT);
  EXPECT(medcert_engine_template_document(engine, count, NULL, NULL) == MEDCERT_INVALID_ARGUMENT);

  medcert_result* result = NULL;
  EXPECT(medcert_skeleton(engine, "physician", NULL, &result) == MEDCERT_OK);
  EXPECT(strstr(result_text(result), "author:") != NULL && strstr(result_text(result), "signalement:") == NULL);
  medcert_result_free(&result);
  EXPECT(medcert_skeleton(engine, "medecin.signalement-procureur-majeur", NULL, &result) == MEDCERT_OK);
  EXPECT(strstr(result_text(result), "signalement:") != NULL && strstr(result_text(result), "recipient: procureur") != NULL);
  medcert_result_free(&result);
  EXPECT(medcert_skeleton(engine, "astronaute", NULL, &result) == MEDCERT_UNKNOWN_PROFESSION);
  medcert_result_free(&result);

  EXPECT(medcert_vocabularies(engine, "medecin", NULL, &result) == MEDCERT_OK);
  const char* json = result_text(result);
  EXPECT(strstr(json, "\"format_version\":1") != NULL && strstr(json, "\"name\":\"regions\"") != NULL);
  EXPECT(strstr(json, "{\"code\":\"avant_bras\",\"label\":\"avant-bras\",\"label_en\":\"forearm\"}") != NULL);
  medcert_result_free(&result);
  EXPECT(medcert_vocabularies(engine, "astronaute", NULL, &result) == MEDCERT_UNKNOWN_PROFESSION);
  medcert_result_free(&result);
  puts("ok: templates, skeletons and vocabularies with their labels");
}

static void gives_the_form_schema(const medcert_engine* engine, const medcert_options* english) {
  medcert_result* result = NULL;
  EXPECT(medcert_form_schema(engine, "kiné", NULL, &result) == MEDCERT_OK);
  const char* json = result_text(result);
  EXPECT(strstr(json, "\"profession\":\"masseur-kinesitherapeute\"") != NULL);
  EXPECT(strstr(json, "\"language\":\"fr\"") != NULL);
  EXPECT(strstr(json, "\"label\":\"Date de naissance\"") != NULL);
  EXPECT(strstr(json, "\"sections\":[") != NULL && strstr(json, "\"vocabularies\":{") != NULL);
  medcert_result_free(&result);
  EXPECT(medcert_form_schema(engine, "physician", english, &result) == MEDCERT_OK);
  json = result_text(result);
  EXPECT(strstr(json, "\"label\":\"Date of birth\"") != NULL);
  EXPECT(strstr(json, "{\"id\":\"ecchymose\",\"label\":\"bruise\"}") != NULL);
  medcert_result_free(&result);
  EXPECT(medcert_form_schema(engine, "astronaute", NULL, &result) == MEDCERT_UNKNOWN_PROFESSION);
  medcert_result_free(&result);
  EXPECT(medcert_form_schema(engine, NULL, NULL, &result) == MEDCERT_INVALID_ARGUMENT && result == NULL);
  puts("ok: the form schema of a profession, in French and in English");
}

static void converts_findings_for_a_form(void) {
  const char yaml[] = "medcert: 1\nauthor: {rpps: \"0123\"}\nitt: {days: 5}\n";
  medcert_result* result = NULL;
  EXPECT(medcert_findings_form_json(yaml, sizeof yaml - 1, "cas.yaml", NULL, &result) == MEDCERT_OK);
  EXPECT(strcmp(result_text(result), "{\"medcert\":1,\"author\":{\"rpps\":\"0123\"},\"itt\":{\"days\":5}}") == 0);
  medcert_result_free(&result);
  const char json[] = "{\"medcert\": 1, \"itt\": {\"days\": 5}}";
  EXPECT(medcert_findings_yaml(json, sizeof json - 1, NULL, "exported", NULL, &result) == MEDCERT_OK);
  EXPECT(strncmp(result_text(result), "# exported\n", 11) == 0 && strstr(result_text(result), "days: 5") != NULL);
  medcert_result_free(&result);
  const char list[] = "- a\n- b\n";
  EXPECT(medcert_findings_form_json(list, sizeof list - 1, "liste.yaml", NULL, &result) == MEDCERT_FINDINGS_UNREADABLE);
  EXPECT(find_rule(result, "F-TYPE") >= 0 && result_text(result)[0] == '\0');
  medcert_result_free(&result);
  const char broken[] = "{\"medcert\": ";
  EXPECT(medcert_findings_yaml(broken, sizeof broken - 1, NULL, NULL, NULL, &result) == MEDCERT_FINDINGS_UNREADABLE);
  EXPECT(find_rule(result, "F-SYNTAX") >= 0);
  medcert_result_free(&result);
  puts("ok: findings between a file and a form's JSON, with the reader's diagnostics when they cannot be read");
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
  reports_danger_prompts_as_notices(engine, src);
  refuses_invalid_options_and_null_arguments(engine);
  reports_a_missing_data_dir();
  lists_templates_vocabularies_and_skeletons(engine);
  gives_the_form_schema(engine, english);
  converts_findings_for_a_form();

  make_pki(src);
  medcert_options* signing = NULL;
  EXPECT(medcert_options_new(&signing) == MEDCERT_OK);
  EXPECT(medcert_options_set_time(signing, kNow) == MEDCERT_OK);
  signs_with_a_pkcs12(engine, signing, src);
  signs_in_two_steps(engine, signing, src);
  reads_what_is_not_a_certificate();
  medcert_options_free(&signing);
  remove_pki();

  medcert_options_free(&english);
  medcert_options_free(&options);
  medcert_engine_free(&engine);
  printf("%d checks passed\n", checks);
  return 0;
}
