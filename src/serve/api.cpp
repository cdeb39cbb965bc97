#include "serve/api.hpp"

#include <algorithm>
#include <optional>

#include <nlohmann/json.hpp>

#include "load/emit_yaml.hpp"
#include "load/parse_yaml.hpp"
#include "serve/findings_json.hpp"
#include "serve/form_schema.hpp"

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

// Every label the form shows beside a field, by findings path without list indexes.
void collect_labels(const nlohmann::ordered_json& node, const std::string& base, std::map<std::string, std::string>& out) {
  if (node.is_array())
    for (const auto& item : node) collect_labels(item, base, out);
  if (!node.is_object()) return;
  std::string here = base;
  if (const auto path = node.find("path"); path != node.end() && path->is_string()) here = path->get<std::string>();
  else if (const auto key = node.find("key"); key != node.end() && key->is_string()) here = base + "." + key->get<std::string>();
  if (const auto label = node.find("label"); label != node.end() && label->is_string() && !here.empty())
    out.emplace(here, label->get<std::string>());
  for (const auto& [key, value] : node.items())
    if (value.is_structured()) collect_labels(value, here, out);
}

// "findings.lesions[0].size.length_cm" → "findings.lesions.size.length_cm".
std::string without_indexes(std::string_view path) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] != '[') {
      out += path[i];
      continue;
    }
    i = std::min(path.find(']', i), path.size());
  }
  return out;
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

}  // namespace

Language language_of(const Query& query) { return value_of(query, "lang") == "en" ? Language::en : Language::fr; }

Reply error_reply(int status, const Query& query, const char* fr, const char* en) {
  return json_reply(status, nlohmann::json{{"error", language_of(query) == Language::en ? en : fr}});
}

Api::Api(const ServerConfig& config) : config_(config) {
  for (const auto& t : config_.templates) collect_labels(form_schema(t), {}, labels_);
}

FieldLabels Api::labels() const {
  return [this](std::string_view path, Language) {
    const auto found = labels_.find(without_indexes(path));
    return found == labels_.end() ? std::string{} : found->second;
  };
}

Reply Api::check_reply(int status, const Diagnostics& diagnostics, Language lang, bool ok) const {
  return {status, kJson, diagnostics_json(diagnostics, lang, ok, labels()), {}};
}

nlohmann::ordered_json Api::diagnostics_list(const Diagnostics& diagnostics, Language lang) const {
  return nlohmann::ordered_json::parse(diagnostics_json(diagnostics, lang, !has_errors(diagnostics), labels()))
      .at("diagnostics");
}

Reply Api::professions() const { return json_reply(200, professions_json(config_.templates)); }

Reply Api::form(const Query& query) const {
  const auto wanted = value_of(query, "profession");
  for (const auto& t : config_.templates)
    if (!wanted.empty() && (t.profession.id == wanted || t.profession.id_en == wanted))
      return json_reply(200, form_schema(t));
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
  if (!findings_object(body)) return not_findings(query);
  const auto level = pdfa_level(value_of(query, "pdfa"));
  if (!level) return error_reply(400, query, "pdfa vaut 3b, 2b ou 1b", "pdfa is 3b, 2b or 1b");
  RenderOptions options;
  options.now = config_.now;
  options.pdfa = *level;
  options.specimen = value_of(query, "specimen") == "1";
  auto result = config_.engine->render(Source{body, kFormName}, options);
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
  const auto tree = to_node(*findings);
  if (!tree)
    return error_reply(400, query, "constatations trop imbriquées pour un fichier medcert",
                       "findings nested too deeply for a medcert file");
  return {200, "text/yaml; charset=utf-8", load::emit_yaml(*tree, kExportComment), "constatations.yaml"};
}

Reply Api::import_findings(const std::string& body, const Query& query) const {
  const auto lang = language_of(query);
  const auto tree = load::parse_yaml(body, kFormName, load::kFindingsSize);
  if (!tree.value || !tree.value->is_mapping()) {
    nlohmann::json reply = {{"error", lang == Language::en ? "this file cannot be read as findings"
                                                           : "ce fichier ne peut pas être lu comme des constatations"},
                            {"diagnostics", diagnostics_list(tree.diagnostics, lang)}};
    return json_reply(400, reply);
  }
  RenderOptions options;
  options.now = config_.now;
  const auto checked = config_.engine->check(Source{body, kFormName}, options);
  nlohmann::ordered_json reply = {{"findings", to_json(*tree.value)},
                                  {"diagnostics", diagnostics_list(checked.diagnostics, lang)},
                                  {"ok", checked.ok()}};
  return json_reply(200, reply);
}

}  // namespace medcert::serve
