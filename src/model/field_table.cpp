// SPDX-License-Identifier: Apache-2.0
#include "model/field_table.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace medcert::model {
namespace {

// Each row once, a list's element rows visited on an empty element.
struct Collector : FieldVisitor {
  std::vector<FieldSpec> rows;

  void value(const FieldSpec& spec, const auto&) { rows.push_back(spec); }
  void group(const FieldSpec& spec, auto&& descend) {
    rows.push_back(spec);
    descend();
  }
  void group(const FieldSpec& spec, auto&, auto&& descend) { group(spec, descend); }
  void section(const FieldSpec& spec, auto& optional, auto&& descend) {
    rows.push_back(spec);
    typename std::remove_cvref_t<decltype(optional)>::value_type empty;
    descend(empty);
  }
  void list(const FieldSpec& spec, auto& items, auto&& descend) {
    rows.push_back(spec);
    typename std::remove_cvref_t<decltype(items)>::value_type empty;
    descend(empty);
  }
};

// "findings.lesions[2].size" → "lesions[].size"; "declarations[0]" → "declarations".
std::string pattern_of(std::string_view path) {
  constexpr std::string_view root = "findings.";
  if (path.substr(0, root.size()) == root) path.remove_prefix(root.size());
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    out += path[i];
    if (path[i] != '[') continue;
    while (i + 1 < path.size() && std::isdigit(static_cast<unsigned char>(path[i + 1]))) ++i;
  }
  if (out.size() >= 2 && out.compare(out.size() - 2, 2, "[]") == 0) out.resize(out.size() - 2);
  return out;
}

}  // namespace

std::string_view FieldSpec::key() const {
  const auto dot = path.rfind('.');
  return dot == std::string_view::npos ? path : path.substr(dot + 1);
}

bool FieldSpec::requirable() const {
  const bool top_level_group = kind == ValueKind::group && path.find('.') == std::string_view::npos;
  return !top_level_group && path.find("[]") == std::string_view::npos;
}

const std::vector<FieldSpec>& field_table() {
  static const std::vector<FieldSpec> rows = [] {
    Collector collector;
    const Findings findings;
    visit_fields(collector, findings);
    return std::move(collector.rows);
  }();
  return rows;
}

const FieldSpec* find_field(std::string_view path) {
  const auto pattern = pattern_of(path);
  const auto& rows = field_table();
  const auto row = std::find_if(rows.begin(), rows.end(), [&](const FieldSpec& f) { return f.path == pattern; });
  return row == rows.end() ? nullptr : &*row;
}

const std::vector<std::string>& list_fields() {
  static const std::vector<std::string> lists = [] {
    std::vector<std::string> out;
    for (const auto& field : field_table()) {
      const bool top_level = field.path.find('.') == std::string_view::npos;
      if (top_level && (field.kind == ValueKind::text_list || field.kind == ValueKind::section_list))
        out.emplace_back(field.path);
    }
    return out;
  }();
  return lists;
}

Provenance provenance_of(Authorship authorship) {
  switch (authorship) {
    case Authorship::own_words:
      return Provenance::professional;
    case Authorship::quoted:
      return Provenance::patient_quote;
    case Authorship::identifier:
    case Authorship::computed:
    case Authorship::cited:  // the template prints it inside « », as the authority wrote it
      break;
  }
  return Provenance::computed;
}

TextKind text_kind(std::string_view path) {
  const auto* field = find_field(path);
  return field ? field->text_kind : TextKind::line;
}

}  // namespace medcert::model
