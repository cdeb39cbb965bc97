// The JSON endpoints of `medcert serve`, without HTTP: a body and a few query values in, a reply out.
// server.cpp maps routes onto these; tests may call them directly. `lang=en` gives English messages.
//   GET  /api/professions                  {"professions": [{id, id_en, label, template, title}]}
//   GET  /api/form?profession=ID           the form schema (form_schema.hpp); 404 for an unknown profession
//   POST /api/check        findings JSON → medcert::diagnostics_json, as `medcert check --format json`, whose
//                                          `form_message` names the form's labels; 400 when not a JSON object
//   POST /api/render?pdfa=3b|2b|1b&specimen=1 → the PDF (attachment), or 422 with the /api/check reply
//   POST /api/export?format=yaml|json      → a findings file `medcert render` accepts (attachment)
//   POST /api/import       a findings file's text (YAML or JSON) → {"findings", "diagnostics", "ok"};
//                                          400 with diagnostics when it cannot be read
#pragma once

#include <map>
#include <string>

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
  explicit Api(const ServerConfig& config);

  Reply professions() const;
  Reply form(const Query& query) const;
  Reply check(const std::string& body, const Query& query) const;
  Reply render(const std::string& body, const Query& query) const;
  Reply export_findings(const std::string& body, const Query& query) const;
  Reply import_findings(const std::string& body, const Query& query) const;

 private:
  /// The form's labels of the fields, for the messages the form shows (never a key).
  FieldLabels labels() const;
  /// {"format_version", "ok", "diagnostics"} of medcert::diagnostics_json, with the form's labels.
  Reply check_reply(int status, const Diagnostics& diagnostics, Language lang, bool ok) const;
  nlohmann::ordered_json diagnostics_list(const Diagnostics& diagnostics, Language lang) const;

  const ServerConfig& config_;
  std::map<std::string, std::string> labels_;  ///< findings path without list indexes → label
};

/// The language a request asks for (`lang=en`; French otherwise).
Language language_of(const Query& query);

/// {"error": message} in the request's language, with `status`.
Reply error_reply(int status, const Query& query, const char* fr, const char* en);

}  // namespace medcert::serve
