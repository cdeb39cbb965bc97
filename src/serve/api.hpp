// SPDX-License-Identifier: Apache-2.0
// The JSON endpoints of `medcert serve`, without HTTP: a body and a few query values in, a reply out.
// server.cpp maps routes onto these; tests may call them directly. `lang=en` gives English messages.
//   GET  /api/professions                  {"professions": [{id, id_en, label, label_en, template, title}]}
//   GET  /api/form?profession=ID           the form schema (Engine::form_schema), labels in the request's
//                                          language; 404 for an unknown profession
//   POST /api/check        findings JSON → medcert::diagnostics_json, as `medcert check --format json`, whose
//                                          `form_message` names the form's labels; 400 when not a JSON object
//   POST /api/render?pdfa=3b|2b|1b&specimen=1 → the PDF (attachment), or 422 with the /api/check reply;
//                                          the body may carry the photographs (serve/render_request.hpp)
//   POST /api/export?format=yaml|json      → a findings file `medcert render` accepts (attachment); 400
//                                          with {"error", "diagnostics"} when it cannot be written
//   POST /api/import       a findings file's text (YAML or JSON) → {"findings", "diagnostics", "ok"};
//                                          400 with {"error", "diagnostics"} when it cannot be read
// Built on the public API only (<medcert/engine.hpp>, <medcert/form.hpp>), as an EHR's server would be.
#pragma once

#include <map>
#include <string>

#include <medcert/diagnostics.hpp>
#include <nlohmann/json.hpp>

#include "serve/server.hpp"

namespace medcert::serve {

struct Reply {
  int status = 200;
  std::string content_type;
  std::string body;
  std::string filename;  ///< non-empty: sent as an attachment (Content-Disposition)
};

/// A request's query values that the endpoints read (profession, lang, format, pdfa, specimen).
using Query = std::map<std::string, std::string>;

class Api {
 public:
  /// `config` must outlive the Api.
  explicit Api(const ServerConfig& config) : config_(config) {}

  Reply professions() const;
  Reply form(const Query& query) const;
  Reply check(const std::string& body, const Query& query) const;
  Reply render(const std::string& body, const Query& query) const;
  Reply export_findings(const std::string& body, const Query& query) const;
  Reply import_findings(const std::string& body, const Query& query) const;

 private:
  const ServerConfig& config_;
};

/// The language a request asks for (`lang=en`; French otherwise).
Language language_of(const Query& query);

/// {"error": message} in the request's language, with `status`.
Reply error_reply(int status, const Query& query, const char* fr, const char* en);

}  // namespace medcert::serve
