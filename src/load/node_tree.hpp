// SPDX-License-Identifier: Apache-2.0
// The YAML document as load/ works on it: yaml-cpp's events turned into a small tree whose every node
// knows where it was written (file, 1-based line:column), so a diagnostic can point at it, even after
// templates were merged across files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <medcert/diagnostics.hpp>

namespace medcert::load {

struct Node {
  enum class Kind { null, scalar, mapping, sequence };
  struct Entry;

  Kind kind = Kind::null;
  Location where;
  std::string text;            ///< scalar: the text as written (no type guessing: `0123` stays "0123")
  std::vector<Entry> entries;  ///< mapping: in document order, keys unique
  std::vector<Node> items;     ///< sequence

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_mapping() const { return kind == Kind::mapping; }
  bool is_sequence() const { return kind == Kind::sequence; }

  const Entry* find(std::string_view key) const;
  Entry* find(std::string_view key);
  /// The scalar text of `key`, or "" when absent or not a scalar.
  std::string text_of(std::string_view key) const;
};

struct Node::Entry {
  std::string key;
  Location key_where;
  Node value;
};

/// What a node is, in words, for "expected text, found <a list>" messages.
std::string_view kind_fr(Node::Kind kind);
std::string_view kind_en(Node::Kind kind);
/// The {kind} parameter of a catalogue message: what a node is, in both languages.
MessageParam kind_param(Node::Kind kind);

}  // namespace medcert::load
