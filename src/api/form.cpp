// SPDX-License-Identifier: Apache-2.0
// Findings between a file and a form's JSON (include/medcert/form.hpp): read by load/'s YAML reader, so that
// the form's import and export meet the same limits and messages as `medcert check`.
#include <medcert/form.hpp>

#include <nlohmann/json.hpp>

#include "api/findings_json.hpp"
#include "load/emit_yaml.hpp"
#include "load/load.hpp"
#include "load/parse_yaml.hpp"
#include "model/field_table.hpp"

MEDCERT_BEGIN_NAMESPACE
namespace {

// The tree of a findings text written by `write`, or why there is none: no YAML document within the limits,
// or no mapping (said as the loader says it of a file).
template <class Write>
ConvertedFindings convert(const Source& findings, Write write) {
  auto tree = load::parse_yaml(findings.text, findings.name, load::kFindingsSize);
  if (tree.value && !tree.value->is_mapping()) {
    auto refused = load::load_findings(*tree.value, findings.name).diagnostics;
    tree.diagnostics.insert(tree.diagnostics.end(), refused.begin(), refused.end());
    tree.value.reset();
  }
  if (!tree.value) return {{}, std::move(tree.diagnostics)};
  return {write(*tree.value), std::move(tree.diagnostics)};
}

}  // namespace

ConvertedFindings findings_form_json(const Source& findings) {
  return convert(findings, [](const load::Node& tree) {
    return api::to_json(tree).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  });
}

ConvertedFindings findings_yaml(const Source& findings, std::string_view comment) {
  return convert(findings, [comment](const load::Node& tree) { return load::emit_yaml(tree, comment); });
}

std::string field_label(std::string_view path, Language lang) {
  const auto* field = model::find_field(path);
  if (!field) return {};
  return std::string(lang == Language::en && !field->label_en.empty() ? field->label_en : field->label_fr);
}

MEDCERT_END_NAMESPACE
