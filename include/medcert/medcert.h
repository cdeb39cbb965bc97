/* medcert C API: findings (YAML or JSON text) in, diagnostics and PDF bytes out.
 * For programs in C and for foreign-function interfaces (C#, Java JNI/JNA, Python ctypes).
 * The C++ API (medcert/engine.hpp) is the reference; docs/api.md is the guide.
 *
 * HANDLES. Every object is an opaque handle, created by a medcert_*_new function (or by medcert_check /
 * medcert_render for a result) and released by the matching medcert_*_free(&handle), which sets the
 * caller's pointer to NULL; freeing a NULL handle does nothing.
 *   medcert_engine   templates and fonts, loaded once; create one per process and share it.
 *   medcert_options  how one call behaves (clock, template, PDF/A level, language of messages).
 *   medcert_result   what one check or render produced: status, error message, diagnostics, PDF.
 *
 * OWNERSHIP. Strings returned by the library (const char*) belong to the handle they come from and stay
 * valid until that handle is freed. The PDF is handed over in a medcert_buffer that the caller owns and
 * releases with medcert_buffer_free. Strings passed in are copied when needed; the caller keeps them.
 * All text is UTF-8.
 *
 * ERRORS. Every function returns a medcert_status; MEDCERT_OK is 0. No function prints, exits or lets a
 * C++ exception through. Problems in the findings are MEDCERT_FINDINGS_INVALID (or _UNREADABLE): the
 * result's diagnostics say what and where. Any other failure leaves a message in the handle concerned:
 * medcert_engine_last_error for medcert_engine_new, medcert_result_last_error for check and render,
 * medcert_options_last_error for the options. A NULL or out-of-range argument where no handle can take
 * the message gives MEDCERT_INVALID_ARGUMENT alone.
 *
 * THREADS. One medcert_engine may be used by many threads at once for medcert_check and medcert_render.
 * A medcert_options may be read by many calls at once but must not be changed meanwhile. A
 * medcert_result belongs to the thread that received it. The library has no global state.
 *
 * STABILITY. The numeric values of the enums below never change; new values are only appended
 * (docs/api.md, "ABI promise"). Each enum ends with a *_MAX_ENUM that is not a value: it keeps the enum
 * int-sized and makes any int a valid value in C++, so that a wrong one is refused, not undefined.
 * Structures are never extended: a new field means a new function.
 */
#ifndef MEDCERT_MEDCERT_H
#define MEDCERT_MEDCERT_H

#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__) || defined(__clang__)
#define MEDCERT_C_API __attribute__((visibility("default")))
#else
#define MEDCERT_C_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef enum medcert_status {
  MEDCERT_OK = 0,
  MEDCERT_FINDINGS_INVALID = 1,    /* the findings have errors (diagnostics); nothing was rendered */
  MEDCERT_FINDINGS_UNREADABLE = 2, /* not YAML/JSON at all (syntax, encoding); see the diagnostics */
  MEDCERT_INVALID_ARGUMENT = 3,    /* a NULL pointer, an unknown enum value, an index out of range */
  MEDCERT_CONFIG_ERROR = 4,        /* the engine's templates or fonts cannot be loaded */
  MEDCERT_OUT_OF_MEMORY = 5,
  MEDCERT_INTERNAL_ERROR = 6,      /* a bug in medcert: please report it with the message */
  MEDCERT_NO_PDF = 7,              /* medcert_result_take_pdf on a result with no (or no more) PDF */
  MEDCERT_STATUS_MAX_ENUM = 0x7fffffff
} medcert_status;

typedef enum medcert_severity {
  MEDCERT_SEVERITY_ERROR = 0,
  MEDCERT_SEVERITY_WARNING = 1,
  MEDCERT_SEVERITY_MAX_ENUM = 0x7fffffff
} medcert_severity;

/* The language of diagnostic messages and error messages. Certificate text is always French. */
typedef enum medcert_language {
  MEDCERT_LANGUAGE_FR = 0,
  MEDCERT_LANGUAGE_EN = 1,
  MEDCERT_LANGUAGE_MAX_ENUM = 0x7fffffff
} medcert_language;

/* The PDF/A level of rendered certificates (docs/pdf.md); the value is the part number's level. */
typedef enum medcert_pdfa {
  MEDCERT_PDFA_1B = 1,
  MEDCERT_PDFA_2B = 2,
  MEDCERT_PDFA_3B = 3,
  MEDCERT_PDFA_MAX_ENUM = 0x7fffffff
} medcert_pdfa;

typedef struct medcert_engine_s medcert_engine;
typedef struct medcert_options_s medcert_options;
typedef struct medcert_result_s medcert_result;

/* Bytes owned by the caller once filled; release with medcert_buffer_free. */
typedef struct medcert_buffer {
  unsigned char* data;
  size_t size;
} medcert_buffer;

/* One diagnostic. Strings belong to the result; line and column are 1-based, 0 when unknown.
 * `message` is in the options' language; both languages are always available. */
typedef struct medcert_diagnostic {
  medcert_severity severity;
  const char* rule;    /* stable id, e.g. "F-UNKNOWN-KEY" (docs/rules.md) */
  const char* path;    /* the value concerned, e.g. "findings.lesions[0].size" */
  const char* file;    /* the name given to the findings */
  int line;
  int column;
  const char* message; /* what to write instead */
  const char* message_fr;
  const char* message_en;
} medcert_diagnostic;

/* "major.minor.patch" of the library actually loaded (static string). */
MEDCERT_C_API medcert_status medcert_version(const char** version);

/* Releases a buffer's bytes and zeroes it. A NULL buffer or an empty one is fine. */
MEDCERT_C_API medcert_status medcert_buffer_free(medcert_buffer* buffer);

/* Loads templates and fonts from data_dir (NULL or "": the installed data, see docs/api.md).
 * *engine is set even on MEDCERT_CONFIG_ERROR, so that medcert_engine_last_error can tell why;
 * free it in every case. */
MEDCERT_C_API medcert_status medcert_engine_new(const char* data_dir, medcert_engine** engine);
MEDCERT_C_API medcert_status medcert_engine_free(medcert_engine** engine);
/* The message of the error that medcert_engine_new met, or "" (English). */
MEDCERT_C_API medcert_status medcert_engine_last_error(const medcert_engine* engine, const char** message);

MEDCERT_C_API medcert_status medcert_options_new(medcert_options** options);
MEDCERT_C_API medcert_status medcert_options_free(medcert_options** options);
MEDCERT_C_API medcert_status medcert_options_last_error(const medcert_options* options, const char** message);
/* The moment of production, Unix seconds: the PDF's date and the "not in the future" check.
 * Same findings and same time give byte-identical PDFs. Default: the system clock. */
MEDCERT_C_API medcert_status medcert_options_set_time(medcert_options* options, int64_t unix_seconds);
/* A template id replacing the findings' "template:" (NULL: back to the findings' choice). */
MEDCERT_C_API medcert_status medcert_options_set_template(medcert_options* options, const char* template_id);
/* PDF/A-3b (default: embeds the findings), 2b or 1b; an unknown value is MEDCERT_INVALID_ARGUMENT. */
MEDCERT_C_API medcert_status medcert_options_set_pdfa(medcert_options* options, medcert_pdfa level);
/* The language of messages (default French); an unknown value is MEDCERT_INVALID_ARGUMENT. */
MEDCERT_C_API medcert_status medcert_options_set_language(medcert_options* options, medcert_language language);
/* Non-zero: a training specimen, not a certificate. Every page carries « SPÉCIMEN — document fictif de
 * formation », the XMP says medcert:Specimen True, and medcert refuses to sign it. Default: 0. */
MEDCERT_C_API medcert_status medcert_options_set_specimen(medcert_options* options, int specimen);

/* Checks findings (size bytes of YAML or JSON; `name` names them in diagnostics, may be NULL).
 * options may be NULL (defaults). *result is set whenever the status is not MEDCERT_INVALID_ARGUMENT
 * or MEDCERT_OUT_OF_MEMORY; free it with medcert_result_free.
 * Status: MEDCERT_OK (warnings allowed), MEDCERT_FINDINGS_INVALID, MEDCERT_FINDINGS_UNREADABLE. */
MEDCERT_C_API medcert_status medcert_check(const medcert_engine* engine, const char* findings, size_t size,
                                           const char* name, const medcert_options* options,
                                           medcert_result** result);
/* Checks, then renders when there is no error: the PDF is then in the result (medcert_result_take_pdf). */
MEDCERT_C_API medcert_status medcert_render(const medcert_engine* engine, const char* findings, size_t size,
                                            const char* name, const medcert_options* options,
                                            medcert_result** result);

MEDCERT_C_API medcert_status medcert_result_free(medcert_result** result);
/* The status of the call that made the result, and its message ("" when none). */
MEDCERT_C_API medcert_status medcert_result_status(const medcert_result* result, medcert_status* status);
MEDCERT_C_API medcert_status medcert_result_last_error(const medcert_result* result, const char** message);
MEDCERT_C_API medcert_status medcert_result_diagnostic_count(const medcert_result* result, size_t* count);
MEDCERT_C_API medcert_status medcert_result_diagnostic(const medcert_result* result, size_t index,
                                                       medcert_diagnostic* diagnostic);
/* Moves the PDF into *pdf (the caller then owns it: medcert_buffer_free). MEDCERT_NO_PDF when the
 * render failed or the PDF was already taken. */
MEDCERT_C_API medcert_status medcert_result_take_pdf(medcert_result* result, medcert_buffer* pdf);

#ifdef __cplusplus
}
#endif

#endif /* MEDCERT_MEDCERT_H */
