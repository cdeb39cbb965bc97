// The C API over medcert::Engine. Every entry point runs its body through trap_errors, the one place
// where C++ exceptions stop and become a status plus a message in the handle (qpdf's qpdf-c.cc).
#include <medcert/medcert.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <optional>
#include <string>

#include <medcert/engine.hpp>
#include <medcert/version.hpp>

struct medcert_engine_s {
  std::optional<medcert::Engine> engine;  // empty when loading failed
  std::string error;
};

struct medcert_options_s {
  medcert::RenderOptions render;
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

const char* findings_message(medcert_status status, medcert_language language) {
  const bool en = language == MEDCERT_LANGUAGE_EN;
  switch (status) {
    case MEDCERT_FINDINGS_INVALID:
      return en ? "the findings have errors (see the diagnostics)" : "les constatations comportent des erreurs (voir les diagnostics)";
    case MEDCERT_FINDINGS_UNREADABLE:
      return en ? "the findings cannot be read as YAML or JSON (see the diagnostics)"
                : "les constatations ne peuvent être lues en YAML ni en JSON (voir les diagnostics)";
    default:
      return "";
  }
}

// check and render share everything but the call itself and what they keep of its result.
template <class Run>
medcert_status run(const medcert_engine* engine, const char* findings, size_t size, const char* name,
                   const medcert_options* options, medcert_result** result, Run&& call) {
  return trap_errors(nullptr, [&] {
    if (!result) return MEDCERT_INVALID_ARGUMENT;
    *result = nullptr;
    if (!engine || !findings) return MEDCERT_INVALID_ARGUMENT;
    auto out = new medcert_result_s;
    *result = out;
    out->language = options ? options->language : MEDCERT_LANGUAGE_FR;
    out->status = trap_errors(&out->error, [&] {
      if (!engine->engine) return invalid(&out->error, "the engine could not be created (medcert_engine_last_error)");
      const medcert::Source source{std::string(findings, size), name ? name : "<findings>"};
      const medcert_status status = call(*engine->engine, source, options ? options->render : medcert::RenderOptions{}, *out);
      out->error = findings_message(status, out->language);
      return status;
    });
    return out->status;
  });
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
      d.severity == medcert::Severity::error ? MEDCERT_SEVERITY_ERROR : MEDCERT_SEVERITY_WARNING,
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
