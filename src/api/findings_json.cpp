// SPDX-License-Identifier: Apache-2.0
#include "api/findings_json.hpp"

#include <string>

#include "model/field_table.hpp"

namespace medcert::api {
namespace {

// A scalar typed as the field table types its path: a number or a boolean where the findings expect one
// (what the form's number fields and checkboxes hold) and it is written as JSON writes it back ("2.50" and
// "1e3" stay text, for the loader to report); text everywhere else, "0123" and "yes" included.
nlohmann::ordered_json scalar_json(const std::string& text, const std::string& path) {
  const auto* field = model::find_field(path);
  const auto kind = field ? field->kind : model::ValueKind::text;
  if (kind == model::ValueKind::boolean && (text == "true" || text == "false")) return text == "true";
  const bool numeric = kind == model::ValueKind::number || kind == model::ValueKind::integer ||
                       kind == model::ValueKind::version;
  if (numeric) {
    const auto number = nlohmann::ordered_json::parse(text, nullptr, false);
    if (number.is_number() && number.dump() == text) return number;
  }
  return text;
}

nlohmann::ordered_json json_of(const load::Node& node, const std::string& path) {
  switch (node.kind) {
    case load::Node::Kind::null:
      return nullptr;
    case load::Node::Kind::scalar:
      return scalar_json(node.text, path);
    case load::Node::Kind::mapping: {
      auto object = nlohmann::ordered_json::object();
      for (const auto& entry : node.entries) object[entry.key] = json_of(entry.value, path + "." + entry.key);
      return object;
    }
    case load::Node::Kind::sequence: {
      auto array = nlohmann::ordered_json::array();
      for (std::size_t i = 0; i < node.items.size(); ++i)
        array.push_back(json_of(node.items[i], path + "[" + std::to_string(i) + "]"));
      return array;
    }
  }
  return nullptr;
}

}  // namespace

nlohmann::ordered_json to_json(const load::Node& node) { return json_of(node, "findings"); }

}  // namespace medcert::api
