// SPDX-License-Identifier: Apache-2.0
// R-SI-*: no section of the certificate is silent. Each prints its content or a statement the professional
// chose (« n'a pas souhaité relater les faits »); without either, a reader cannot tell "nothing to report"
// from "forgotten". The sections, their fields and severities are the template's `silence:` rules (data);
// R-SI-7 (a statement that contradicts the content) and R-AN-1 (the prior state and its source) are fixed.
#include <algorithm>

#include "model/field_table.hpp"
#include "validate/checks.hpp"
#include "validate/messages.hpp"
#include "validate/paths.hpp"

namespace medcert::validate {
namespace {

// The text or code at a findings path ("itt.mode"), or null when the path holds none.
struct TextAt : model::FieldVisitor {
  std::string_view target;
  const model::Text* found = nullptr;

  explicit TextAt(std::string_view path) : target(path) {}
  using FieldVisitor::value;
  void value(const model::FieldSpec& spec, const model::Text& text) {
    if (spec.path == target) found = &text;
  }
};

bool present(const model::Findings& findings, const std::string& path) {
  const auto resolved = resolve(findings, path);
  return resolved && resolved->probe.present;
}

bool holds(const model::Condition& condition, const model::Findings& findings) {
  TextAt at(condition.variable);
  model::visit_fields(at, findings);
  const bool given = present(findings, condition.variable);
  const bool equal = at.found && *at.found && at.found->value == condition.value;
  switch (condition.op) {
    case model::Condition::Op::present: return given;
    case model::Condition::Op::absent: return !given;
    case model::Condition::Op::equals: return equal;
    case model::Condition::Op::not_equals: return !equal;
  }
  return false;
}

// The fields' keys (the file's words) and labels (the form's), joined by « ou » / "or".
std::vector<MessageParam> field_names(const std::vector<std::string>& paths, const std::string& name) {
  std::string keys_fr, keys_en, fr, en;
  for (const auto& path : paths) {
    const auto* spec = model::find_field(path);
    const bool first = fr.empty();
    keys_fr += (first ? "« " : " ou « ") + path + " »";
    keys_en += (first ? "`" : " or `") + path + "`";
    fr += (first ? "« " : " ou « ") + std::string(spec->label_fr) + " »";
    en += (first ? "“" : " or “") + std::string(spec->label_en) + "”";
  }
  return {param(name + "_keys", keys_fr, keys_en), param(name + "_labels", fr, en)};
}

std::string section_name(const model::Template& tmpl, const std::string& id) {
  const auto section = std::find_if(tmpl.sections.begin(), tmpl.sections.end(),
                                    [&](const model::Section& s) { return s.id == id; });
  return section == tmpl.sections.end() || section->heading.empty() ? id : section->heading;
}

Diagnostic silent(const model::Template& tmpl, const model::SilenceRule& rule, const model::Findings& findings) {
  // Where a statement (or, without one, the content) would be written.
  const auto& anchor = rule.statements.empty() ? rule.fields.front() : rule.statements.front();
  const auto probe = resolve(findings, anchor)->probe;
  auto params = field_names(rule.fields, "fields");
  const auto statements = field_names(rule.statements, "statements");
  params.insert(params.end(), statements.begin(), statements.end());
  params.push_back(param("section", section_name(tmpl, rule.section)));
  auto d = report(rule.severity == "error" ? Severity::error : Severity::warning,
                  rule.statements.empty() ? "common.silent_section" : "common.silent_section_statement", probe.path,
                  probe.where, std::move(params));
  d.rule = rule.id;
  return d;
}

// A statement "nothing to report" beside content that reports something: the certificate would say both.
void check_contradiction(const model::Template& tmpl, const model::SilenceRule& rule,
                         const model::Findings& findings, Diagnostics& out) {
  const bool content = std::any_of(rule.fields.begin(), rule.fields.end(),
                                   [&](const std::string& path) { return present(findings, path); });
  if (!content) return;
  for (const auto& statement : rule.statements) {
    const auto resolved = resolve(findings, statement);
    if (!resolved->probe.present) continue;
    auto params = field_names(rule.fields, "fields");
    params.push_back(param("section", section_name(tmpl, rule.section)));
    out.push_back(report(Severity::error, "R-SI-7", resolved->probe.path, resolved->probe.where, std::move(params)));
  }
}

// An examination that was not possible found no lesion: lesions listed with it contradict it.
void check_impossible_examination(const model::Findings& findings, Diagnostics& out) {
  const auto& kind = findings.examination_limit.kind;
  if (!kind || kind.value != "impossible" || findings.lesions.empty()) return;
  out.push_back(report(Severity::error, "R-SI-7.impossible", kind));
}

}  // namespace

void check_silence(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  for (const auto& rule : tmpl.silence) {
    check_contradiction(tmpl, rule, findings, out);
    if (rule.severity == "off") continue;
    if (!std::all_of(rule.when.begin(), rule.when.end(),
                     [&](const model::Condition& c) { return holds(c, findings); }))
      continue;
    const auto said = [&](const std::vector<std::string>& paths) {
      return std::any_of(paths.begin(), paths.end(), [&](const std::string& path) { return present(findings, path); });
    };
    if (said(rule.fields) || said(rule.statements)) continue;
    // A field a more specific rule requires as an error (R-RQ-3: the reason of an ITT the réquisition asks).
    auto d = silent(tmpl, rule, findings);
    if (!already_reported(out, d.path)) out.push_back(std::move(d));
  }
  check_impossible_examination(findings, out);
  // The prior state says where it comes from, and a source comes with what it is the source of.
  if (present(findings, "prior_state.description"))
    require(out, findings, "prior_state.source", "R-AN-1", Severity::warning);
  if (present(findings, "prior_state.source"))
    require(out, findings, "prior_state.description", "R-AN-1", Severity::warning);
}

}  // namespace medcert::validate
