// SPDX-License-Identifier: Apache-2.0
/* An EHR's view of medcert in C: one engine, findings as JSON in, a PDF out; every status checked.
 * Build against an installed medcert with pkg-config: see README.md here.
 * Usage: ehr_render_c OUT.pdf [DATA_DIR] */
#include <medcert/medcert.h>

#include <stdio.h>
#include <string.h>

#include "findings_example.h"

static int write_file(const char* path, const medcert_buffer* pdf) {
  FILE* out = fopen(path, "wb");
  if (!out) return 0;
  const int ok = fwrite(pdf->data, 1, pdf->size, out) == pdf->size;
  return fclose(out) == 0 && ok;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: ehr_render_c OUT.pdf [DATA_DIR]\n");
    return 2;
  }
  medcert_engine* engine = NULL;
  medcert_options* options = NULL;
  medcert_result* result = NULL;
  medcert_buffer pdf = {NULL, 0};
  const char* message = "";
  int exit_code = 1;

  /* NULL data directory: the templates and fonts installed with the library. */
  if (medcert_engine_new(argc > 2 ? argv[2] : NULL, &engine) != MEDCERT_OK) {
    medcert_engine_last_error(engine, &message);
    fprintf(stderr, "medcert: %s\n", message);
    exit_code = 2;
  } else if (medcert_options_new(&options) != MEDCERT_OK ||
             medcert_options_set_time(options, kProductionTime) != MEDCERT_OK ||
             medcert_options_set_language(options, MEDCERT_LANGUAGE_EN) != MEDCERT_OK) {
    fprintf(stderr, "medcert: cannot set the options\n");
  } else {
    const medcert_status status =
        medcert_render(engine, kFindingsJson, strlen(kFindingsJson), "ehr-request.json", options, &result);
    size_t count = 0;
    medcert_result_diagnostic_count(result, &count);
    for (size_t i = 0; i < count; ++i) {
      medcert_diagnostic d;
      if (medcert_result_diagnostic(result, i, &d) == MEDCERT_OK)
        fprintf(stderr, "%s:%d:%d: %s: %s\n", d.file, d.line, d.column, d.rule, d.message);
    }
    if (status != MEDCERT_OK) {
      medcert_result_last_error(result, &message);
      fprintf(stderr, "medcert: %s\n", message);
    } else if (medcert_result_take_pdf(result, &pdf) == MEDCERT_OK && write_file(argv[1], &pdf)) {
      printf("wrote %s (%zu bytes)\n", argv[1], pdf.size);
      exit_code = 0;
    }
  }
  medcert_buffer_free(&pdf);
  medcert_result_free(&result);
  medcert_options_free(&options);
  medcert_engine_free(&engine);
  return exit_code;
}
