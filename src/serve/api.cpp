// SPDX-License-Identifier: Apache-2.0
#include "serve/api.hpp"

#include <optional>

#include <medcert/form.hpp>
#include <nlohmann/json.hpp>

#include "serve/render_request.hpp"

namespace medcert::serve {
namespace {

constexpr const char* kJson = "application/json; charset=utf-8";
// What diagnostics call the findings the form sends (there is no file).
constexpr const char* kFormName = "formulaire";
constexpr const char* kExportComment =
    "Constatations medcert exportées du formulaire (medcert serve).\n"
    "« medcert check FICHIER » les vérifie, « medcert render FICHIER » en fait le document.";

// Invalid UTF-8 must not turn a reply into an exception: replace it.
template <typename J>
std::string dump(const J& value, int indent = -1) {
  return value.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

template <typename J>
Reply json_reply(int status, const J& value) {
  return {status, kJson, dump(value), {}};
}

std::string value_of(const Query& query, const char* key) {
  const auto found = query.find(key);
  return found == query.end() ? std::string{} : found->second;
}

// The body as a findings object, or nullopt when it is not one (400).
std::optional<nlohmann::ordered_json> findings_object(const std::string& body) {
  auto value = nlohmann::ordered_json::parse(body, nullptr, false);
  if (value.is_discarded() || !value.is_object()) return std::nullopt;
  return value;
}

Reply not_findings(const Query& query) {
  return error_reply(400, query, "le corps de la requête doit être un objet JSON de constatations",
                     "the request body must be a JSON object of findings");
}

std::optional<PdfaLevel> pdfa_level(const std::string& value) {
  if (value.empty() || value == "3b") return PdfaLevel::a3b;
  if (value == "2b") return PdfaLevel::a2b;
  if (value == "1b") return PdfaLevel::a1b;
  return std::nullopt;
}

// The diagnostics as the form shows them: its own labels of the fields, never a key.
nlohmann::ordered_json diagnostics_list(const Diagnostics& diagnostics, Language lang) {
  return nlohmann::ordered_json::parse(diagnostics_json(diagnostics, lang, !has_errors(diagnostics), field_label))
      .at("diagnostics");
}

// {"format_version", "ok", "diagnostics"} of medcert::diagnostics_json, with the form's labels.
Reply check_reply(int status, const Diagnostics& diagnostics, Language lang, bool ok) {
  return {status, kJson, diagnostics_json(diagnostics, lang, ok, field_label), {}};
}

// Why a findings text could not be converted: {"error", "diagnostics"}, 400.
Reply unconverted(const ConvertedFindings& converted, Language lang, const char* fr, const char* en) {
  return json_reply(400, nlohmann::ordered_json{{"error", lang == Language::en ? en : fr},
                                                {"diagnostics", diagnostics_list(converted.diagnostics, lang)}});
}

}  // namespace

Language language_of(const Query& query) { return value_of(query, "lang") == "en" ? Language::en : Language::fr; }

Reply error_reply(int status, const Query& query, const char* fr, const char* en) {
  return json_reply(status, nlohmann::json{{"error", language_of(query) == Language::en ? en : fr}});
}

Reply Api::professions() const {
  // One entry per profession, its adult certificate's; its other documents, when it has them, are further template
  // ids beside it, so that the form offers them under the same profession.
  const auto templates = config_.engine->templates();
  const auto is_document = [](const TemplateInfo& t, const std::string& person, const char* kind) {
    // Anything but "mineur" is an adult's document, as the engine reads a template without `person`.
    if ((t.person == "mineur") != (person == "mineur")) return false;
    const bool certificate = t.document_kind != "signalement" && t.document_kind != "information_preoccupante";
    return kind ? t.document_kind == kind : certificate;
  };
  // Key in the entry, person, document_kind (nullptr: the certificate, whatever its kind).
  struct Other {
    const char* key;
    const char* person;
    const char* kind;
  };
  constexpr Other others[] = {{"signalement", "majeur", "signalement"},
                              {"minor_certificate", "mineur", nullptr},
                              {"minor_signalement", "mineur", "signalement"},
                              {"information_preoccupante", "mineur", "information_preoccupante"}};
  auto list = nlohmann::ordered_json::array();
  for (const auto& t : templates) {
    if (!is_document(t, "majeur", nullptr)) continue;
    nlohmann::ordered_json entry{{"id", t.profession},         {"id_en", t.profession_en}, {"label", t.profession_label},
                                 {"label_en", t.profession_en}, {"template", t.id},         {"title", t.title}};
    for (const auto& other : others)
      for (const auto& candidate : templates)
        if (candidate.profession == t.profession && is_document(candidate, other.person, other.kind))
          entry[other.key] = {{"template", candidate.id}, {"title", candidate.title}};
    list.push_back(std::move(entry));
  }
  return json_reply(200, nlohmann::ordered_json{{"professions", std::move(list)}});
}

Reply Api::form(const Query& query) const {
  const auto wanted = value_of(query, "profession");
  if (auto schema = wanted.empty() ? std::nullopt : config_.engine->form_schema(wanted, language_of(query)))
    return {200, kJson, std::move(*schema), {}};
  return error_reply(404, query, "profession inconnue\u202F: choisissez-en une de /api/professions",
                     "unknown profession: choose one of /api/professions");
}

Reply Api::check(const std::string& body, const Query& query) const {
  if (!findings_object(body)) return not_findings(query);
  RenderOptions options;
  options.now = config_.now;
  const auto result = config_.engine->check(Source{body, kFormName}, options);
  return check_reply(200, result.diagnostics, language_of(query), result.ok());
}

Reply Api::render(const std::string& body, const Query& query) const {
  RequestError error;
  auto request = render_request(body, error);
  if (!request) return error_reply(400, query, error.fr, error.en);
  const auto level = pdfa_level(value_of(query, "pdfa"));
  if (!level) return error_reply(400, query, "pdfa vaut 3b, 2b ou 1b", "pdfa is 3b, 2b or 1b");
  RenderOptions options;
  options.now = config_.now;
  options.pdfa = *level;
  options.specimen = value_of(query, "specimen") == "1";
  options.photos = std::move(request->photos);
  auto result = config_.engine->render(Source{request->findings, kFormName}, options);
  if (!result.ok()) return check_reply(422, result.diagnostics, language_of(query), false);
  return {200, "application/pdf", std::move(result.pdf), "certificat.pdf"};
}

Reply Api::export_findings(const std::string& body, const Query& query) const {
  const auto findings = findings_object(body);
  if (!findings) return not_findings(query);
  const auto format = value_of(query, "format");
  if (format == "json") return {200, kJson, dump(*findings, 2) + "\n", "constatations.json"};
  if (!format.empty() && format != "yaml")
    return error_reply(400, query, "format vaut yaml ou json", "format is yaml or json");
  const auto yaml = findings_yaml(Source{body, kFormName}, kExportComment);
  if (!yaml.ok())
    return unconverted(yaml, language_of(query),
                       "ces constatations ne peuvent pas être écrites dans un fichier medcert",
                       "these findings cannot be written to a medcert file");
  return {200, "text/yaml; charset=utf-8", yaml.text, "constatations.yaml"};
}

Reply Api::import_findings(const std::string& body, const Query& query) const {
  const auto lang = language_of(query);
  const auto converted = findings_form_json(Source{body, kFormName});
  if (!converted.ok())
    return unconverted(converted, lang, "ce fichier ne peut pas être lu comme des constatations",
                       "this file cannot be read as findings");
  RenderOptions options;
  options.now = config_.now;
  const auto checked = config_.engine->check(Source{body, kFormName}, options);
  nlohmann::ordered_json reply = {{"findings", nlohmann::ordered_json::parse(converted.text)},
                                  {"diagnostics", diagnostics_list(checked.diagnostics, lang)},
                                  {"ok", checked.ok()}};
  return json_reply(200, reply);
}

}  // namespace medcert::serve
