// SPDX-License-Identifier: Apache-2.0
#include "load/node_tree.hpp"

#include <algorithm>
#include <utility>

#include "model/diag.hpp"

namespace medcert::load {

const Node::Entry* Node::find(std::string_view key) const {
  const auto it = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.key == key; });
  return it == entries.end() ? nullptr : &*it;
}

Node::Entry* Node::find(std::string_view key) { return const_cast<Entry*>(std::as_const(*this).find(key)); }

std::string Node::text_of(std::string_view key) const {
  const Entry* entry = find(key);
  return entry && entry->value.is_scalar() ? entry->value.text : std::string{};
}

std::string_view kind_fr(Node::Kind kind) {
  switch (kind) {
    case Node::Kind::null:
      return "une valeur vide";
    case Node::Kind::scalar:
      return "un texte";
    case Node::Kind::mapping:
      return "un bloc de clés";
    case Node::Kind::sequence:
      return "une liste";
  }
  return {};
}

std::string_view kind_en(Node::Kind kind) {
  switch (kind) {
    case Node::Kind::null:
      return "an empty value";
    case Node::Kind::scalar:
      return "a text";
    case Node::Kind::mapping:
      return "a mapping";
    case Node::Kind::sequence:
      return "a list";
  }
  return {};
}

MessageParam kind_param(Node::Kind kind) {
  return model::param("kind", std::string(kind_fr(kind)), std::string(kind_en(kind)));
}

}  // namespace medcert::load
