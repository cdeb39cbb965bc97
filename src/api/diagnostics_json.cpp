// SPDX-License-Identifier: Apache-2.0
// The public JSON of diagnostics (include/medcert/diagnostics.hpp): what `medcert check --format json`
// prints, what the form's API answers, what an EHR reads.
#include <medcert/diagnostics.hpp>

#include <nlohmann/json.hpp>

MEDCERT_BEGIN_NAMESPACE
namespace {

nlohmann::ordered_json entry(const Diagnostic& d, Language lang, const FieldLabels& labels) {
  nlohmann::ordered_json j = {{"severity", severity_name(d.severity)},
                              {"rule", d.rule},
                              {"path", d.path},
                              {"file", d.location.file},
                              {"line", d.location.line},
                              {"column", d.location.column},
                              {"message", d.message(lang)},
                              {"form_message", d.form_message(lang, labels)},
                              {"message_id", d.message_id}};
  for (const char* name : {"found", "expected"})
    if (const auto value = d.param(name, lang); !value.empty()) j[name] = value;
  if (!d.choices.empty()) {
    auto& choices = j["choices"] = nlohmann::ordered_json::array();
    for (const auto& c : d.choices)
      choices.push_back({{"code", c.code}, {"label", lang == Language::en ? c.label_en : c.label_fr}});
  }
  return j;
}

}  // namespace

std::string diagnostics_json(const Diagnostics& diagnostics, Language lang, bool ok, const FieldLabels& labels) {
  auto list = nlohmann::ordered_json::array();
  for (const auto& d : diagnostics) list.push_back(entry(d, lang, labels));
  const nlohmann::ordered_json doc = {
      {"format_version", kDiagnosticsJsonVersion}, {"ok", ok}, {"diagnostics", std::move(list)}};
  // Invalid UTF-8 from a hostile file must not abort the report: replace it.
  return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

MEDCERT_END_NAMESPACE
