// SPDX-License-Identifier: Apache-2.0
// Reading a document mapping by mapping, against the keys the format allows there: unknown keys and
// values of the wrong shape become diagnostics, absent values keep a position and a path.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <medcert/diagnostics.hpp>

#include "load/node_tree.hpp"

namespace medcert::load {

/// The rule ids a document's shape errors get: findings use F-*, templates and the font manifest T-SCHEMA.
/// Only findings have limits on a text's length and a list's entries (model/limits.hpp); null: no limit
/// (the author of a template is trusted, and its file's size is bounded). Only findings texts lose the line
/// break a YAML block scalar ("|", ">") ends with: it is no part of the words, and would be printed.
struct Rules {
  const char* unknown_key;
  const char* type;
  const char* too_long = nullptr;
  const char* too_many = nullptr;
  bool drop_final_line_breaks = false;
};
inline constexpr Rules kFindingsRules{"F-UNKNOWN-KEY", "F-TYPE", "F-LENGTH", "F-COUNT", true};
inline constexpr Rules kConfigRules{"T-SCHEMA", "T-SCHEMA"};

/// A path as the author wrote it: without the "findings" root every findings path starts with.
std::string_view shown_path(std::string_view path);

/// Where the diagnostics of one document go.
struct Sink {
  Diagnostics& diagnostics;
  Rules rules;

  /// Catalogue entry `message_id`, under its own rule.
  void error(std::string_view message_id, std::string path, Location where, std::vector<MessageParam> params = {});
  /// Catalogue entry `message_id` reported under `rule` (F-TYPE for findings, T-SCHEMA for templates...).
  void report(const char* rule, std::string_view message_id, std::string path, Location where,
              std::vector<MessageParam> params = {});
};

/// A value about to be converted: its node (null when absent or empty), where to report it (its own
/// position; its key's when empty; its parent mapping's when absent) and its path.
struct Slot {
  Sink* sink = nullptr;
  const Node* value = nullptr;
  Location where;
  std::string path;

  /// "<name> expects <expected>, not <what it is>" (rule: the sink's type rule); an F-TYPE.kind_* variant
  /// adds what to write (one value on the key's line, keys below, one element per line...).
  void type_error(std::string_view expected_fr, std::string_view expected_en,
                  std::string_view message_id = "F-TYPE.kind") const;
};

class MapReader {
 public:
  /// `node` null: the mapping is absent and every key reads as absent at `fallback`.
  MapReader(Sink& sink, const Node* node, Location fallback, std::string path);

  Sink& sink() const { return *sink_; }
  const std::string& path() const { return path_; }
  const Location& where() const { return where_; }
  bool present() const { return node_ != nullptr; }

  /// The value of `key`, which becomes a key this mapping allows.
  Slot slot(std::string_view key);
  /// The mapping under `key`; a value of another shape is a type error and reads as an absent mapping.
  MapReader child(std::string_view key);
  /// Every entry, all allowed: for mappings whose keys the author names (vocabularies, phrases).
  const std::vector<Node::Entry>& entries();
  /// Reports the keys that neither slot() nor child() asked for, with "did you mean".
  void finish();

 private:
  std::string path_of(std::string_view key) const;

  Sink* sink_;
  const Node* node_;
  Location where_;
  std::string path_;
  std::vector<std::string> allowed_;
  bool any_key_ = false;
};

/// The mapping a slot holds (a type error when it holds something else).
MapReader as_mapping(const Slot& slot);

/// The elements of a list, each a slot with the path "path[i]". An absent or empty value is an empty list; a
/// text is a type error, or the only element when `text_allowed`; a mapping is a type error. Empty elements
/// ("- " alone) are errors and skipped; elements beyond the sink's list limit are reported once and not read.
std::vector<Slot> list_items(const Slot& slot, std::string_view element_fr, std::string_view element_en,
                             bool text_allowed = false);

/// The elements of a list of mappings; elements of another shape are type errors and skipped.
std::vector<MapReader> mapping_items(const Slot& slot, std::string_view element_fr, std::string_view element_en);

}  // namespace medcert::load
