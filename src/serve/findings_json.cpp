#include "serve/findings_json.hpp"

#include <regex>

namespace medcert::serve {
namespace {

std::optional<load::Node> convert(const nlohmann::ordered_json& value, int depth) {
  if (depth > kMaxJsonDepth) return std::nullopt;
  load::Node node;
  if (value.is_object()) {
    node.kind = load::Node::Kind::mapping;
    for (const auto& [key, item] : value.items()) {
      auto child = convert(item, depth + 1);
      if (!child) return std::nullopt;
      node.entries.push_back({key, {}, std::move(*child)});
    }
  } else if (value.is_array()) {
    node.kind = load::Node::Kind::sequence;
    for (const auto& item : value) {
      auto child = convert(item, depth + 1);
      if (!child) return std::nullopt;
      node.items.push_back(std::move(*child));
    }
  } else if (!value.is_null()) {
    node.kind = load::Node::Kind::scalar;
    node.text = value.is_string() ? value.get<std::string>() : value.dump();
  }
  return node;
}

// Up to six digits before the point: an ITT, a size, a count; identifiers (RPPS, 11 digits) stay text.
const std::regex& plain_number() {
  static const std::regex pattern{R"(-?(0|[1-9][0-9]{0,5})(\.[0-9]+)?)"};
  return pattern;
}

nlohmann::ordered_json scalar_json(const std::string& text) {
  if (text == "true") return true;
  if (text == "false") return false;
  if (std::regex_match(text, plain_number())) {
    auto number = nlohmann::ordered_json::parse(text);
    if (number.dump() == text) return number;  // only when it writes back the same ("2.50" stays text)
  }
  return text;
}

}  // namespace

std::optional<load::Node> to_node(const nlohmann::ordered_json& value) { return convert(value, 0); }

nlohmann::ordered_json to_json(const load::Node& node) {
  switch (node.kind) {
    case load::Node::Kind::null:
      return nullptr;
    case load::Node::Kind::scalar:
      return scalar_json(node.text);
    case load::Node::Kind::mapping: {
      auto object = nlohmann::ordered_json::object();
      for (const auto& entry : node.entries) object[entry.key] = to_json(entry.value);
      return object;
    }
    case load::Node::Kind::sequence: {
      auto array = nlohmann::ordered_json::array();
      for (const auto& item : node.items) array.push_back(to_json(item));
      return array;
    }
  }
  return nullptr;
}

}  // namespace medcert::serve
