// SPDX-License-Identifier: Apache-2.0
/* medcert C API: findings (YAML or JSON text) in, diagnostics and PDF bytes out.
 * For programs in C and for foreign-function interfaces (C#, Java JNI/JNA, Python ctypes).
 * The C++ API (medcert/engine.hpp) is the reference; docs/api.md is the guide.
 *
 * HANDLES. Every object is an opaque handle, created by a medcert_*_new function (or by medcert_check /
 * medcert_render for a result) and released by the matching medcert_*_free(&handle), which sets the
 * caller's pointer to NULL; freeing a NULL handle does nothing.
 *   medcert_engine   templates and fonts, loaded once; create one per process and share it.
 *   medcert_options  how one call behaves (clock, template, PDF/A level, language of messages, signing's
 *                    reason and location).
 *   medcert_result   what one call produced: status, error message, diagnostics, PDF, text (JSON, skeleton),
 *                    the digest to sign, the signing category or the verification status.
 *
 * OWNERSHIP. Strings returned by the library (const char*) belong to the handle they come from and stay
 * valid until that handle is freed. The PDF is handed over in a medcert_buffer that the caller owns and
 * releases with medcert_buffer_free. Strings passed in are copied when needed; the caller keeps them.
 * All text is UTF-8.
 *
 * ERRORS. Every function returns a medcert_status; MEDCERT_OK is 0. No function prints, exits or lets a
 * C++ exception through. Problems in the findings are MEDCERT_FINDINGS_INVALID (or _UNREADABLE): the
 * result's diagnostics say what and where. Any other failure leaves a message in the handle concerned:
 * medcert_engine_last_error for medcert_engine_new, medcert_result_last_error for calls with a result,
 * medcert_options_last_error for the options. A NULL or out-of-range argument where no handle can take
 * the message gives MEDCERT_INVALID_ARGUMENT alone.
 *
 * THREADS. One medcert_engine may be used by many threads at once for medcert_check and medcert_render
 * (and the listings). Signing, verification and extraction need no engine.
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
  MEDCERT_SIGN_FAILED = 8,         /* signing refused or impossible: medcert_result_sign_category, diagnostics */
  MEDCERT_NOT_VALID = 9,           /* medcert_verify: not validly signed and unmodified: medcert_result_verify_status */
  MEDCERT_NO_FINDINGS = 10,        /* medcert_extract: not a readable PDF, or no findings embedded (diagnostics) */
  MEDCERT_UNKNOWN_PROFESSION = 11, /* no template for this profession (French or English id) */
  MEDCERT_STATUS_MAX_ENUM = 0x7fffffff
} medcert_status;

typedef enum medcert_severity {
  MEDCERT_SEVERITY_ERROR = 0,
  MEDCERT_SEVERITY_WARNING = 1,
  MEDCERT_SEVERITY_NOTICE = 2, /* a reminder that decides nothing: the danger prompts (R-DG-*) */
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

/* Why a signing call failed (the C++ medcert::SignCategory; docs/signing.md gives the rule ids). */
typedef enum medcert_sign_category {
  MEDCERT_SIGN_OK = 0,
  MEDCERT_SIGN_UNREADABLE_PDF = 1,    /* not a PDF that can be read */
  MEDCERT_SIGN_NOT_SIGNABLE = 2,      /* no empty medcert signature field, or already signed */
  MEDCERT_SIGN_SPECIMEN = 3,          /* a training specimen: never signed */
  MEDCERT_SIGN_BAD_KEY = 4,           /* the PKCS#12 cannot be used (unreadable, no key) */
  MEDCERT_SIGN_WRONG_PASSWORD = 5,    /* the PKCS#12's password is wrong */
  MEDCERT_SIGN_CERTIFICATE = 6,       /* the certificate cannot sign (expired, key usage, key type) */
  MEDCERT_SIGN_SIGNER_REFUSED = 7,    /* the key gave no signature */
  MEDCERT_SIGN_WRONG_SIGNATURE = 8,   /* the signature is not the certificate's key's over the prepared digest */
  MEDCERT_SIGN_NOT_PREPARED = 9,      /* not a prepared PDF, or changed since it was prepared */
  MEDCERT_SIGN_RESERVE_TOO_SMALL = 10, /* the CMS does not fit the space reserved (medcert_options_set_extra_reserve) */
  MEDCERT_SIGN_INTERNAL = 11,         /* the CMS could not be built */
  MEDCERT_SIGN_CATEGORY_MAX_ENUM = 0x7fffffff
} medcert_sign_category;

/* What medcert_verify concluded (the C++ medcert::VerifyStatus). */
typedef enum medcert_verify_status {
  MEDCERT_VERIFY_VALID = 0,       /* signed, every signature checks, nothing changed after signing */
  MEDCERT_VERIFY_NOT_SIGNED = 1,
  MEDCERT_VERIFY_INVALID = 2,     /* a signature, digest, byte range or the embedded findings do not check */
  MEDCERT_VERIFY_MODIFIED = 3,    /* bytes were added or changed after the signature */
  MEDCERT_VERIFY_UNREADABLE = 4,  /* not a PDF that can be read */
  MEDCERT_VERIFY_STATUS_MAX_ENUM = 0x7fffffff
} medcert_verify_status;

typedef struct medcert_engine_s medcert_engine;
typedef struct medcert_options_s medcert_options;
typedef struct medcert_result_s medcert_result;

/* Bytes owned by the caller once filled; release with medcert_buffer_free. */
typedef struct medcert_buffer {
  unsigned char* data;
  size_t size;
} medcert_buffer;

/* Bytes lent to the library for one call (a certificate, a trust anchor); it keeps no pointer to them. */
typedef struct medcert_bytes {
  const unsigned char* data;
  size_t size;
} medcert_bytes;

/* One template of the engine. Strings belong to the engine. */
typedef struct medcert_template_info {
  const char* id;
  const char* profession;    /* French id, e.g. "medecin" */
  const char* profession_en; /* English id, e.g. "physician" */
  int version;
  const char* title;
} medcert_template_info;

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

/* Signing (medcert_sign_*): /Reason (NULL or "": « Je suis l'auteur de ce certificat »), /Location (NULL or
 * "": the place of issuance of the embedded findings), and the bytes reserved beyond what the chain needs
 * for a bigger external CMS (medcert_sign_prepare only). The signing time is medcert_options_set_time's
 * (default: the system clock). */
MEDCERT_C_API medcert_status medcert_options_set_reason(medcert_options* options, const char* reason);
MEDCERT_C_API medcert_status medcert_options_set_location(medcert_options* options, const char* location);
MEDCERT_C_API medcert_status medcert_options_set_extra_reserve(medcert_options* options, size_t bytes);

/* The engine's templates, in a stable order; index from 0 to count - 1. */
MEDCERT_C_API medcert_status medcert_engine_template_count(const medcert_engine* engine, size_t* count);
MEDCERT_C_API medcert_status medcert_engine_template(const medcert_engine* engine, size_t index,
                                                     medcert_template_info* info);
/* The document template `index` writes, strings owned by the engine (since 0.2: medcert_template_info keeps its
 * 0.1 layout). `document_kind`: "certificat_medical", "certificat_constatation", "attestation_clinique",
 * "signalement" (to the public prosecutor: findings with a `signalement:` section) or "information_preoccupante"
 * (a minor, to the département's cell: `signalement: {addressee: crip}`); `person`: "majeur" or "mineur" (the
 * engine picks the minor's documents for a person under 18). Either pointer may be NULL. */
MEDCERT_C_API medcert_status medcert_engine_template_document(const medcert_engine* engine, size_t index,
                                                              const char** document_kind, const char** person);

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

/* The commented findings skeleton of a profession (French or English id: its certificate) or of a template
 * id ("medecin.signalement-procureur-majeur": its signalement), in medcert_result_text.
 * MEDCERT_UNKNOWN_PROFESSION when no template has it. options may be NULL. */
MEDCERT_C_API medcert_status medcert_skeleton(const medcert_engine* engine, const char* profession,
                                              const medcert_options* options, medcert_result** result);
/* The controlled vocabularies of a profession's template with their French and English labels, in
 * medcert_result_text as JSON: {"format_version": 1, "vocabularies": [{"name", "entries": [{"code", "label",
 * "label_en"}]}]}. */
MEDCERT_C_API medcert_status medcert_vocabularies(const medcert_engine* engine, const char* profession,
                                                  const medcert_options* options, medcert_result** result);
/* The schema of a form for a profession (French or English id, label or alias), in medcert_result_text as
 * JSON (docs/api.md, "The form schema"): sections, fields, vocabularies and capabilities, the labels, help
 * and choices in the options' language. MEDCERT_UNKNOWN_PROFESSION when no template has it. */
MEDCERT_C_API medcert_status medcert_form_schema(const medcert_engine* engine, const char* profession,
                                                 const medcert_options* options, medcert_result** result);

/* FINDINGS FOR A FORM (include/medcert/form.hpp). `name` names the text in the diagnostics (may be NULL).
 * MEDCERT_FINDINGS_UNREADABLE, with the diagnostics, when the text is no findings mapping (syntax, encoding,
 * size, nesting, a list or a scalar); nothing else is checked: medcert_check does. */
/* A findings file (YAML or JSON) as the JSON object a form holds, in medcert_result_text: each value typed as
 * the findings format types its key (a number, a boolean, otherwise a text). */
MEDCERT_C_API medcert_status medcert_findings_form_json(const char* findings, size_t size, const char* name,
                                                        const medcert_options* options, medcert_result** result);
/* Findings (a form's JSON, or any findings text) as a YAML findings file, in medcert_result_text, after
 * `comment` (may be NULL) as "# " lines. */
MEDCERT_C_API medcert_status medcert_findings_yaml(const char* findings, size_t size, const char* name,
                                                   const char* comment, const medcert_options* options,
                                                   medcert_result** result);

/* SIGNING (docs/signing.md): PAdES B-B into the empty signature field of an unsigned medcert PDF. Each call
 * sets *result as medcert_check does; the status is MEDCERT_OK or MEDCERT_SIGN_FAILED (then
 * medcert_result_sign_category and the diagnostics say why). The signed (or prepared) PDF is taken with
 * medcert_result_take_pdf. */
/* In one step with a software key: the bytes of a PKCS#12 file and its password (NUL-terminated); the
 * library keeps no copy of either: wipe yours. */
MEDCERT_C_API medcert_status medcert_sign_pkcs12(const char* pdf, size_t pdf_size, const char* pkcs12,
                                                 size_t pkcs12_size, const char* password,
                                                 const medcert_options* options, medcert_result** result);
/* Step one of a signature by a card or an HSM: the signer's certificate first, then its chain (DER or PEM).
 * The result holds the prepared PDF (keep it) and the 32 bytes to sign (medcert_result_digest). */
MEDCERT_C_API medcert_status medcert_sign_prepare(const char* pdf, size_t pdf_size, const medcert_bytes* chain,
                                                  size_t chain_count, const medcert_options* options,
                                                  medcert_result** result);
/* Step two: the prepared PDF and the signature of its digest (RSA PKCS#1 v1.5 over DigestInfo(SHA-256), or
 * ECDSA in DER), or a whole DER CMS SignedData over the prepared PDF's signed bytes. */
MEDCERT_C_API medcert_status medcert_sign_complete(const char* prepared_pdf, size_t prepared_size,
                                                   const char* signature, size_t signature_size,
                                                   const medcert_options* options, medcert_result** result);

/* Verifies a signed certificate; `trusted` (may be NULL when trusted_count is 0) are the certificates the
 * signer's chain must lead to (DER or PEM); `name` names the PDF in the report (may be NULL). The report is
 * in medcert_result_text as JSON, the shape of `medcert verify --format json` (docs/signing.md), and its
 * problems in the diagnostics. Status MEDCERT_OK when validly signed and unmodified, else MEDCERT_NOT_VALID
 * (medcert_result_verify_status tells which). */
MEDCERT_C_API medcert_status medcert_verify(const char* pdf, size_t pdf_size, const char* name,
                                            const medcert_bytes* trusted, size_t trusted_count,
                                            const medcert_options* options, medcert_result** result);

/* The findings a PDF/A-3b certificate embeds, as canonical JSON in medcert_result_text
 * (docs/findings-format.md). MEDCERT_NO_FINDINGS: not a readable PDF, or none embedded (diagnostics). */
MEDCERT_C_API medcert_status medcert_extract(const char* pdf, size_t pdf_size, const medcert_options* options,
                                             medcert_result** result);

MEDCERT_C_API medcert_status medcert_result_free(medcert_result** result);
/* The status of the call that made the result, and its message ("" when none). */
MEDCERT_C_API medcert_status medcert_result_status(const medcert_result* result, medcert_status* status);
MEDCERT_C_API medcert_status medcert_result_last_error(const medcert_result* result, const char** message);
MEDCERT_C_API medcert_status medcert_result_diagnostic_count(const medcert_result* result, size_t* count);
MEDCERT_C_API medcert_status medcert_result_diagnostic(const medcert_result* result, size_t index,
                                                       medcert_diagnostic* diagnostic);
/* The text a call produced (skeleton, JSON), UTF-8 and NUL-terminated; "" (size 0) when none. */
MEDCERT_C_API medcert_status medcert_result_text(const medcert_result* result, const char** text, size_t* size);
/* The 32 bytes medcert_sign_prepare asks the card to sign; size 0 for any other call. */
MEDCERT_C_API medcert_status medcert_result_digest(const medcert_result* result, const unsigned char** digest,
                                                   size_t* size);
/* Why a medcert_sign_* call failed (MEDCERT_SIGN_OK otherwise, and for calls that do not sign). */
MEDCERT_C_API medcert_status medcert_result_sign_category(const medcert_result* result,
                                                          medcert_sign_category* category);
/* medcert_verify's conclusion (MEDCERT_VERIFY_UNREADABLE for calls that do not verify). */
MEDCERT_C_API medcert_status medcert_result_verify_status(const medcert_result* result,
                                                          medcert_verify_status* status);
/* Moves the PDF into *pdf (the caller then owns it: medcert_buffer_free). MEDCERT_NO_PDF when the
 * render failed or the PDF was already taken. */
MEDCERT_C_API medcert_status medcert_result_take_pdf(medcert_result* result, medcert_buffer* pdf);

#ifdef __cplusplus
}
#endif

#endif /* MEDCERT_MEDCERT_H */
