// SPDX-License-Identifier: Apache-2.0
#include "validate/paths.hpp"

#include "model/field_table.hpp"

namespace medcert::validate {
namespace {

// Walks the findings to the row `target` names and probes what they hold there. An absent value, list or
// section is reported at the mapping that should hold it (`parents`' last), as the loader placed it.
struct Prober : model::FieldVisitor {
  std::string_view target;
  std::vector<Location> parents;
  bool in_absent_section = false;
  int gathering = 0;      ///< inside the mapping `target` names, which is there when one of its values is
  bool gathered = false;
  std::optional<Probe> found;

  Prober(std::string_view path, Location root) : target(path), parents{std::move(root)} {}

  bool is_target(const model::FieldSpec& spec) const { return !found && spec.path == target; }
  void note(const model::FieldSpec& spec, bool present, const Location& where) {
    present = present && !in_absent_section;
    if (gathering > 0) gathered = gathered || present;
    if (is_target(spec)) found = Probe{present, in_absent_section ? parents.back() : where, {}};
  }

  template <class T>
  void value(const model::FieldSpec& spec, const model::Field<T>& field) {
    note(spec, field.present, field.where);
  }
  // An empty text says nothing: a required text must have words.
  void value(const model::FieldSpec& spec, const model::Text& field) {
    note(spec, field.present && !field.value.empty(), field.where);
  }
  void value(const model::FieldSpec& spec, const std::vector<model::Text>& list) { probe_list(spec, list); }
  void list(const model::FieldSpec& spec, const auto& items, auto&&) { probe_list(spec, items); }

  void group(const model::FieldSpec& spec, auto&& descend) {
    if (!is_target(spec)) return descend();
    ++gathering;
    descend();
    --gathering;
    found = Probe{gathered, parents.back(), {}};
  }
  void group(const model::FieldSpec&, const auto& section, auto&& descend) {
    parents.push_back(section.where);
    descend();
    parents.pop_back();
  }
  void section(const model::FieldSpec& spec, const auto& optional, auto&& descend) {
    if (is_target(spec)) found = Probe{static_cast<bool>(optional), optional ? optional->where : parents.back(), {}};
    if (optional) {
      parents.push_back(optional->where);
      descend(*optional);
      parents.pop_back();
      return;
    }
    const typename std::remove_cvref_t<decltype(optional)>::value_type absent;
    in_absent_section = true;
    descend(absent);
    in_absent_section = false;
  }

  template <class Items>
  void probe_list(const model::FieldSpec& spec, const Items& items) {
    note(spec, !items.empty(), items.empty() ? parents.back() : items.front().where);
  }
};

}  // namespace

std::optional<Resolved> resolve(const model::Findings& findings, std::string_view path) {
  const auto* spec = model::find_field(path);
  if (!spec || !spec->requirable() || spec->path != path) return std::nullopt;
  Prober prober(spec->path, findings.where);
  model::visit_fields(prober, findings);
  Resolved resolved{*prober.found, {spec->description_fr, spec->description_en, spec->example}};
  resolved.probe.path = "findings." + std::string(path);
  return resolved;
}

}  // namespace medcert::validate
