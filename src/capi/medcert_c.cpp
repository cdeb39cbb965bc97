// SPDX-License-Identifier: Apache-2.0
// The C API over medcert::Engine. Every entry point runs its body through trap_errors, the one place
// where C++ exceptions stop and become a status plus a message in the handle (qpdf's qpdf-c.cc).
#include <medcert/medcert.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <medcert/engine.hpp>
#include <medcert/form.hpp>
#include <medcert/pdf.hpp>
#include <medcert/signing.hpp>
#include <medcert/verification.hpp>
#include <medcert/version.hpp>

struct medcert_engine_s {
  std::optional<medcert::Engine> engine;  // empty when loading failed
  std::vector<medcert::TemplateInfo> templates;  // kept here: medcert_template_info points into it
  std::string error;
};

struct medcert_options_s {
  medcert::RenderOptions render;
  medcert::SignOptions sign;
  medcert_language language = MEDCERT_LANGUAGE_FR;
  std::string error;
};

struct medcert_result_s {
  medcert_status status = MEDCERT_OK;
  std::string error;
  medcert_language language = MEDCERT_LANGUAGE_FR;
  medcert::Diagnostics diagnostics;
  std::string pdf;
  bool has_pdf = false;
  std::string text;    // skeleton, JSON
  std::string digest;  // medcert_sign_prepare's
  medcert::SignCategory sign_category = medcert::SignCategory::ok;
  medcert::VerifyStatus verify_status = medcert::VerifyStatus::unreadable;
};

namespace {

// Records a message where the caller will look for it; a failure to do so must not throw either.
void record(std::string* slot, const char* message) noexcept {
  if (!slot) return;
  try {
    *slot = message;
  } catch (...) {
    slot->clear();
  }
}

template <class Body>
medcert_status trap_errors(std::string* error, Body&& body) noexcept {
  try {
    if (error) error->clear();
    return body();
  } catch (const std::bad_alloc&) {
    record(error, "out of memory");
    return MEDCERT_OUT_OF_MEMORY;
  } catch (const medcert::ConfigError& e) {
    record(error, e.what());
    return MEDCERT_CONFIG_ERROR;
  } catch (const std::exception& e) {
    record(error, e.what());
    return MEDCERT_INTERNAL_ERROR;
  } catch (...) {
    record(error, "unknown exception");
    return MEDCERT_INTERNAL_ERROR;
  }
}

medcert_status invalid(std::string* error, const char* message) {
  if (error) *error = message;
  return MEDCERT_INVALID_ARGUMENT;
}

template <class Handle>
medcert_status free_handle(Handle** handle) {
  if (!handle) return MEDCERT_INVALID_ARGUMENT;
  delete *handle;
  *handle = nullptr;
  return MEDCERT_OK;
}

medcert_status status_of(bool parsed, bool ok) {
  if (!parsed) return MEDCERT_FINDINGS_UNREADABLE;
  return ok ? MEDCERT_OK : MEDCERT_FINDINGS_INVALID;
}

const char* status_message(medcert_status status, medcert_language language) {
  const bool en = language == MEDCERT_LANGUAGE_EN;
  switch (status) {
    case MEDCERT_FINDINGS_INVALID:
      return en ? "the findings have errors (see the diagnostics)" : "les constatations comportent des erreurs (voir les diagnostics)";
    case MEDCERT_FINDINGS_UNREADABLE:
      return en ? "the findings cannot be read as YAML or JSON (see the diagnostics)"
                : "les constatations ne peuvent être lues en YAML ni en JSON (voir les diagnostics)";
    case MEDCERT_SIGN_FAILED:
      return en ? "the PDF was not signed (see the diagnostics)" : "le PDF n'a pas été signé (voir les diagnostics)";
    case MEDCERT_NOT_VALID:
      return en ? "the PDF is not validly signed, or was modified (see the report)"
                : "le PDF n'est pas valablement signé, ou a été modifié (voir le rapport)";
    case MEDCERT_NO_FINDINGS:
      return en ? "no findings could be read from this PDF (see the diagnostics)"
                : "aucune constatation n'a pu être lue dans ce PDF (voir les diagnostics)";
    case MEDCERT_UNKNOWN_PROFESSION:
      return en ? "no template for this profession" : "aucun modèle pour cette profession";
    default:
      return "";
  }
}

// Every call that gives a result: the handle is made first, so that whatever the body throws lands in it.
// With a NULL or wrong argument there is no handle (*result is NULL) and the status says so alone.
template <class Body>
medcert_status with_result(bool arguments_ok, const medcert_options* options, medcert_result** result, Body&& body) {
  return trap_errors(nullptr, [&] {
    if (!result) return MEDCERT_INVALID_ARGUMENT;
    *result = nullptr;
    if (!arguments_ok) return MEDCERT_INVALID_ARGUMENT;
    auto out = new medcert_result_s;
    *result = out;
    out->language = options ? options->language : MEDCERT_LANGUAGE_FR;
    out->status = trap_errors(&out->error, [&] {
      const medcert_status status = body(*out);
      if (status != MEDCERT_INVALID_ARGUMENT) out->error = status_message(status, out->language);
      return status;
    });
    return out->status;
  });
}

// The engine of a call, or null after saying why in the result.
const medcert::Engine* usable(const medcert_engine* engine, medcert_result_s& out) {
  if (!engine->engine) invalid(&out.error, "the engine could not be created (medcert_engine_last_error)");
  return engine->engine ? &*engine->engine : nullptr;
}

medcert::Language language_of(const medcert_result_s& out) {
  return out.language == MEDCERT_LANGUAGE_EN ? medcert::Language::en : medcert::Language::fr;
}

medcert::Source source_of(const char* findings, size_t size, const char* name) {
  return medcert::Source{std::string(findings, size), name ? name : "<findings>"};
}

// A conversion's text, or its diagnostics when the findings could not be read.
medcert_status keep_converted(medcert_result_s& out, medcert::ConvertedFindings converted) {
  out.diagnostics = std::move(converted.diagnostics);
  if (!converted.ok()) return MEDCERT_FINDINGS_UNREADABLE;
  out.text = std::move(converted.text);
  return MEDCERT_OK;
}

// check and render share everything but the call itself and what they keep of its result.
template <class Run>
medcert_status run(const medcert_engine* engine, const char* findings, size_t size, const char* name,
                   const medcert_options* options, medcert_result** result, Run&& call) {
  return with_result(engine && findings, options, result, [&](medcert_result_s& out) {
    const auto* e = usable(engine, out);
    if (!e) return MEDCERT_INVALID_ARGUMENT;
    return call(*e, source_of(findings, size, name), options ? options->render : medcert::RenderOptions{}, out);
  });
}

medcert::SignOptions sign_options(const medcert_options* options) {
  return options ? options->sign : medcert::SignOptions{};
}

std::vector<std::string> byte_strings(const medcert_bytes* items, size_t count) {
  std::vector<std::string> out;
  for (size_t i = 0; i < count; ++i)
    out.emplace_back(reinterpret_cast<const char*>(items[i].data), items[i].size);
  return out;
}

bool valid_bytes(const medcert_bytes* items, size_t count) {
  if (count > 0 && !items) return false;
  for (size_t i = 0; i < count; ++i)
    if (!items[i].data && items[i].size > 0) return false;
  return true;
}

// What a signing call keeps: the PDF when it worked, the category and the diagnostics always.
medcert_status keep_signed(medcert_result_s& out, medcert::SignResult signed_pdf) {
  out.sign_category = signed_pdf.category;
  out.diagnostics = std::move(signed_pdf.diagnostics);
  out.has_pdf = !signed_pdf.pdf.empty();
  out.pdf = std::move(signed_pdf.pdf);
  return out.has_pdf ? MEDCERT_OK : MEDCERT_SIGN_FAILED;
}

std::string vocabularies_json(const std::vector<medcert::Vocabulary>& vocabularies) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& v : vocabularies) {
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& e : v.entries)
      entries.push_back({{"code", e.code}, {"label", e.label}, {"label_en", e.label_en}});
    list.push_back({{"name", v.name}, {"entries", std::move(entries)}});
  }
  return nlohmann::json{{"format_version", 1}, {"vocabularies", std::move(list)}}.dump();
}

medcert_status options_call(medcert_options* options, auto&& body) {
  if (!options) return MEDCERT_INVALID_ARGUMENT;
  return trap_errors(&options->error, body);
}

}  // namespace

extern "C" {

medcert_status medcert_version(const char** version) {
  if (!version) return MEDCERT_INVALID_ARGUMENT;
  *version = MEDCERT_VERSION_STRING;
  return MEDCERT_OK;
}

medcert_status medcert_buffer_free(medcert_buffer* buffer) {
  if (!buffer) return MEDCERT_OK;
  std::free(buffer->data);
  buffer->data = nullptr;
  buffer->size = 0;
  return MEDCERT_OK;
}

medcert_status medcert_engine_new(const char* data_dir, medcert_engine** engine) {
  return trap_errors(nullptr, [&] {
    if (!engine) return MEDCERT_INVALID_ARGUMENT;
    *engine = new medcert_engine_s;
    return trap_errors(&(*engine)->error, [&] {
      (*engine)->engine.emplace(medcert::EngineConfig{data_dir ? data_dir : "", {}, {}, medcert::system_environment()});
      (*engine)->templates = (*engine)->engine->templates();
      return MEDCERT_OK;
    });
  });
}

medcert_status medcert_engine_free(medcert_engine** engine) { return free_handle(engine); }

medcert_status medcert_engine_last_error(const medcert_engine* engine, const char** message) {
  if (!engine || !message) return MEDCERT_INVALID_ARGUMENT;
  *message = engine->error.c_str();
  return MEDCERT_OK;
}

medcert_status medcert_options_new(medcert_options** options) {
  return trap_errors(nullptr, [&] {
    if (!options) return MEDCERT_INVALID_ARGUMENT;
    *options = new medcert_options_s;
    return MEDCERT_OK;
  });
}

medcert_status medcert_options_free(medcert_options** options) { return free_handle(options); }

medcert_status medcert_options_last_error(const medcert_options* options, const char** message) {
  if (!options || !message) return MEDCERT_INVALID_ARGUMENT;
  *message = options->error.c_str();
  return MEDCERT_OK;
}

medcert_status medcert_options_set_time(medcert_options* options, int64_t unix_seconds) {
  return options_call(options, [&] {
    options->render.now = unix_seconds;
    options->sign.time = unix_seconds;
    return MEDCERT_OK;
  });
}

medcert_status medcert_options_set_reason(medcert_options* options, const char* reason) {
  return options_call(options, [&] {
    options->sign.reason = reason ? reason : "";
    return MEDCERT_OK;
  });
}

medcert_status medcert_options_set_location(medcert_options* options, const char* location) {
  return options_call(options, [&] {
    options->sign.location = location ? location : "";
    return MEDCERT_OK;
  });
}

medcert_status medcert_options_set_extra_reserve(medcert_options* options, size_t bytes) {
  return options_call(options, [&] {
    options->sign.extra_reserve = bytes;
    return MEDCERT_OK;
  });
}

medcert_status medcert_options_set_template(medcert_options* options, const char* template_id) {
  return options_call(options, [&] {
    options->render.template_id = template_id ? std::optional<std::string>(template_id) : std::nullopt;
    return MEDCERT_OK;
  });
}

medcert_status medcert_options_set_pdfa(medcert_options* options, medcert_pdfa level) {
  return options_call(options, [&] {
    switch (level) {
      case MEDCERT_PDFA_1B: options->render.pdfa = medcert::PdfaLevel::a1b; return MEDCERT_OK;
      case MEDCERT_PDFA_2B: options->render.pdfa = medcert::PdfaLevel::a2b; return MEDCERT_OK;
      case MEDCERT_PDFA_3B: options->render.pdfa = medcert::PdfaLevel::a3b; return MEDCERT_OK;
      case MEDCERT_PDFA_MAX_ENUM: break;
    }
    return invalid(&options->error, "unknown PDF/A level: use MEDCERT_PDFA_1B, _2B or _3B");
  });
}

medcert_status medcert_options_set_language(medcert_options* options, medcert_language language) {
  return options_call(options, [&] {
    if (language != MEDCERT_LANGUAGE_FR && language != MEDCERT_LANGUAGE_EN)
      return invalid(&options->error, "unknown language: use MEDCERT_LANGUAGE_FR or MEDCERT_LANGUAGE_EN");
    options->language = language;
    return MEDCERT_OK;
  });
}

medcert_status medcert_options_set_specimen(medcert_options* options, int specimen) {
  return options_call(options, [&] {
    options->render.specimen = specimen != 0;
    return MEDCERT_OK;
  });
}

medcert_status medcert_check(const medcert_engine* engine, const char* findings, size_t size, const char* name,
                             const medcert_options* options, medcert_result** result) {
  return run(engine, findings, size, name, options, result,
             [](const medcert::Engine& e, const medcert::Source& source, const medcert::RenderOptions& render,
                medcert_result_s& out) {
               auto checked = e.check(source, render);
               const medcert_status status = status_of(checked.parsed, checked.ok());
               out.diagnostics = std::move(checked.diagnostics);
               return status;
             });
}

medcert_status medcert_render(const medcert_engine* engine, const char* findings, size_t size, const char* name,
                              const medcert_options* options, medcert_result** result) {
  return run(engine, findings, size, name, options, result,
             [](const medcert::Engine& e, const medcert::Source& source, const medcert::RenderOptions& render,
                medcert_result_s& out) {
               auto rendered = e.render(source, render);
               const medcert_status status = status_of(rendered.parsed, rendered.ok());
               out.has_pdf = rendered.ok();
               out.diagnostics = std::move(rendered.diagnostics);
               out.pdf = std::move(rendered.pdf);
               return status;
             });
}

medcert_status medcert_engine_template_count(const medcert_engine* engine, size_t* count) {
  if (!engine || !count) return MEDCERT_INVALID_ARGUMENT;
  *count = engine->templates.size();
  return MEDCERT_OK;
}

medcert_status medcert_engine_template(const medcert_engine* engine, size_t index, medcert_template_info* info) {
  if (!engine || !info || index >= engine->templates.size()) return MEDCERT_INVALID_ARGUMENT;
  const auto& t = engine->templates[index];
  *info = medcert_template_info{t.id.c_str(), t.profession.c_str(), t.profession_en.c_str(), t.version,
                                t.title.c_str()};
  return MEDCERT_OK;
}

medcert_status medcert_engine_template_document(const medcert_engine* engine, size_t index, const char** document_kind,
                                                const char** person) {
  if (!engine || index >= engine->templates.size()) return MEDCERT_INVALID_ARGUMENT;
  const auto& t = engine->templates[index];
  if (document_kind) *document_kind = t.document_kind.c_str();
  if (person) *person = t.person.c_str();
  return MEDCERT_OK;
}

medcert_status medcert_skeleton(const medcert_engine* engine, const char* profession, const medcert_options* options,
                                medcert_result** result) {
  return with_result(engine && profession, options, result, [&](medcert_result_s& out) {
    const auto* e = usable(engine, out);
    if (!e) return MEDCERT_INVALID_ARGUMENT;
    auto skeleton = e->skeleton(profession);
    if (!skeleton) return MEDCERT_UNKNOWN_PROFESSION;
    out.text = std::move(*skeleton);
    return MEDCERT_OK;
  });
}

medcert_status medcert_vocabularies(const medcert_engine* engine, const char* profession,
                                    const medcert_options* options, medcert_result** result) {
  return with_result(engine && profession, options, result, [&](medcert_result_s& out) {
    const auto* e = usable(engine, out);
    if (!e) return MEDCERT_INVALID_ARGUMENT;
    const auto vocabularies = e->vocabularies(profession);
    if (!vocabularies) return MEDCERT_UNKNOWN_PROFESSION;
    out.text = vocabularies_json(*vocabularies);
    return MEDCERT_OK;
  });
}

medcert_status medcert_form_schema(const medcert_engine* engine, const char* profession,
                                   const medcert_options* options, medcert_result** result) {
  return with_result(engine && profession, options, result, [&](medcert_result_s& out) {
    const auto* e = usable(engine, out);
    if (!e) return MEDCERT_INVALID_ARGUMENT;
    auto schema = e->form_schema(profession, language_of(out));
    if (!schema) return MEDCERT_UNKNOWN_PROFESSION;
    out.text = std::move(*schema);
    return MEDCERT_OK;
  });
}

medcert_status medcert_findings_form_json(const char* findings, size_t size, const char* name,
                                          const medcert_options* options, medcert_result** result) {
  return with_result(findings != nullptr, options, result, [&](medcert_result_s& out) {
    return keep_converted(out, medcert::findings_form_json(source_of(findings, size, name)));
  });
}

medcert_status medcert_findings_yaml(const char* findings, size_t size, const char* name, const char* comment,
                                     const medcert_options* options, medcert_result** result) {
  return with_result(findings != nullptr, options, result, [&](medcert_result_s& out) {
    return keep_converted(out, medcert::findings_yaml(source_of(findings, size, name), comment ? comment : ""));
  });
}

medcert_status medcert_sign_pkcs12(const char* pdf, size_t pdf_size, const char* pkcs12, size_t pkcs12_size,
                                   const char* password, const medcert_options* options, medcert_result** result) {
  return with_result(pdf && pkcs12 && password, options, result, [&](medcert_result_s& out) {
    auto opened = medcert::open_pkcs12(std::string_view(pkcs12, pkcs12_size), password);
    if (!opened.signer) {
      out.sign_category = opened.category;
      out.diagnostics = std::move(opened.diagnostics);
      return MEDCERT_SIGN_FAILED;
    }
    return keep_signed(out, medcert::sign_pdf(std::string_view(pdf, pdf_size), *opened.signer, sign_options(options)));
  });
}

medcert_status medcert_sign_prepare(const char* pdf, size_t pdf_size, const medcert_bytes* chain, size_t chain_count,
                                    const medcert_options* options, medcert_result** result) {
  return with_result(pdf && valid_bytes(chain, chain_count), options, result, [&](medcert_result_s& out) {
    auto prepared = medcert::prepare_signature(std::string_view(pdf, pdf_size), byte_strings(chain, chain_count),
                                               sign_options(options));
    out.digest = std::move(prepared.digest);
    return keep_signed(out, medcert::SignResult{std::move(prepared.diagnostics), std::move(prepared.pdf), prepared.category});
  });
}

medcert_status medcert_sign_complete(const char* prepared_pdf, size_t prepared_size, const char* signature,
                                     size_t signature_size, const medcert_options* options, medcert_result** result) {
  return with_result(prepared_pdf && signature, options, result, [&](medcert_result_s& out) {
    return keep_signed(out, medcert::complete_signature(std::string_view(prepared_pdf, prepared_size),
                                                        std::string_view(signature, signature_size)));
  });
}

medcert_status medcert_verify(const char* pdf, size_t pdf_size, const char* name, const medcert_bytes* trusted,
                              size_t trusted_count, const medcert_options* options, medcert_result** result) {
  return with_result(pdf && valid_bytes(trusted, trusted_count), options, result, [&](medcert_result_s& out) {
    medcert::VerifyOptions verify_options;
    verify_options.trusted_certificates = byte_strings(trusted, trusted_count);
    auto report = medcert::verify_pdf(std::string_view(pdf, pdf_size), verify_options);
    const auto lang = language_of(out);
    out.text = medcert::verify_report_json(report, lang, name ? name : "<pdf>");
    out.verify_status = report.status;
    out.diagnostics = std::move(report.diagnostics);
    return report.status == medcert::VerifyStatus::valid ? MEDCERT_OK : MEDCERT_NOT_VALID;
  });
}

medcert_status medcert_extract(const char* pdf, size_t pdf_size, const medcert_options* options,
                               medcert_result** result) {
  return with_result(pdf != nullptr, options, result, [&](medcert_result_s& out) {
    auto extracted = medcert::extract_findings(std::string_view(pdf, pdf_size));
    out.diagnostics = std::move(extracted.diagnostics);
    if (extracted.json.empty()) return MEDCERT_NO_FINDINGS;
    out.text = std::move(extracted.json);
    return MEDCERT_OK;
  });
}

medcert_status medcert_result_free(medcert_result** result) { return free_handle(result); }

medcert_status medcert_result_status(const medcert_result* result, medcert_status* status) {
  if (!result || !status) return MEDCERT_INVALID_ARGUMENT;
  *status = result->status;
  return MEDCERT_OK;
}

medcert_status medcert_result_last_error(const medcert_result* result, const char** message) {
  if (!result || !message) return MEDCERT_INVALID_ARGUMENT;
  *message = result->error.c_str();
  return MEDCERT_OK;
}

medcert_status medcert_result_diagnostic_count(const medcert_result* result, size_t* count) {
  if (!result || !count) return MEDCERT_INVALID_ARGUMENT;
  *count = result->diagnostics.size();
  return MEDCERT_OK;
}

medcert_status medcert_result_diagnostic(const medcert_result* result, size_t index, medcert_diagnostic* diagnostic) {
  if (!result || !diagnostic || index >= result->diagnostics.size()) return MEDCERT_INVALID_ARGUMENT;
  const auto& d = result->diagnostics[index];
  const bool en = result->language == MEDCERT_LANGUAGE_EN;
  *diagnostic = medcert_diagnostic{
      static_cast<medcert_severity>(d.severity),
      d.rule.c_str(),
      d.path.c_str(),
      d.location.file.c_str(),
      d.location.line,
      d.location.column,
      (en ? d.message_en : d.message_fr).c_str(),
      d.message_fr.c_str(),
      d.message_en.c_str()};
  return MEDCERT_OK;
}

medcert_status medcert_result_text(const medcert_result* result, const char** text, size_t* size) {
  if (!result || !text || !size) return MEDCERT_INVALID_ARGUMENT;
  *text = result->text.c_str();
  *size = result->text.size();
  return MEDCERT_OK;
}

medcert_status medcert_result_digest(const medcert_result* result, const unsigned char** digest, size_t* size) {
  if (!result || !digest || !size) return MEDCERT_INVALID_ARGUMENT;
  *digest = reinterpret_cast<const unsigned char*>(result->digest.data());
  *size = result->digest.size();
  return MEDCERT_OK;
}

// The C enums mirror the C++ ones value for value (both only ever append).
static_assert(static_cast<int>(medcert::SignCategory::internal) == MEDCERT_SIGN_INTERNAL);
static_assert(static_cast<int>(medcert::VerifyStatus::unreadable) == MEDCERT_VERIFY_UNREADABLE);
static_assert(static_cast<int>(medcert::Severity::notice) == MEDCERT_SEVERITY_NOTICE);
medcert_status medcert_result_sign_category(const medcert_result* result, medcert_sign_category* category) {
  if (!result || !category) return MEDCERT_INVALID_ARGUMENT;
  *category = static_cast<medcert_sign_category>(result->sign_category);
  return MEDCERT_OK;
}

medcert_status medcert_result_verify_status(const medcert_result* result, medcert_verify_status* status) {
  if (!result || !status) return MEDCERT_INVALID_ARGUMENT;
  *status = static_cast<medcert_verify_status>(result->verify_status);
  return MEDCERT_OK;
}

medcert_status medcert_result_take_pdf(medcert_result* result, medcert_buffer* pdf) {
  if (!result || !pdf) return MEDCERT_INVALID_ARGUMENT;
  return trap_errors(&result->error, [&] {
    if (!result->has_pdf) {
      result->error = "no PDF: the render failed, or the PDF was taken already";
      return MEDCERT_NO_PDF;
    }
    // malloc, not new[]: the bytes may outlive any C++ object and are freed by medcert_buffer_free.
    auto* bytes = static_cast<unsigned char*>(std::malloc(result->pdf.size()));
    if (!bytes) throw std::bad_alloc();
    std::memcpy(bytes, result->pdf.data(), result->pdf.size());
    *pdf = medcert_buffer{bytes, result->pdf.size()};
    result->has_pdf = false;
    result->pdf = std::string();
    return MEDCERT_OK;
  });
}

}  // extern "C"
