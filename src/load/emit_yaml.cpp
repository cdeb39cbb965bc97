// SPDX-License-Identifier: Apache-2.0
#include "load/emit_yaml.hpp"

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

namespace medcert::load {
namespace {

void emit(YAML::Emitter& out, const Node& node) {
  switch (node.kind) {
    case Node::Kind::null:
      out << YAML::Null;
      break;
    case Node::Kind::scalar:
      out << node.text;
      break;
    case Node::Kind::mapping:
      out << YAML::BeginMap;
      for (const auto& entry : node.entries) {
        out << YAML::Key << entry.key << YAML::Value;
        emit(out, entry.value);
      }
      out << YAML::EndMap;
      break;
    case Node::Kind::sequence:
      out << YAML::BeginSeq;
      for (const auto& item : node.items) emit(out, item);
      out << YAML::EndSeq;
      break;
  }
}

}  // namespace

std::string emit_yaml(const Node& document, std::string_view comment) {
  std::string text;
  std::size_t start = 0;
  while (start < comment.size()) {
    auto end = comment.find('\n', start);
    if (end == std::string_view::npos) end = comment.size();
    text += "# ";
    text += comment.substr(start, end - start);
    text += '\n';
    start = end + 1;
  }
  YAML::Emitter out;
  out.SetIndent(2);
  emit(out, document);
  text += out.c_str();
  text += '\n';
  return text;
}

}  // namespace medcert::load
