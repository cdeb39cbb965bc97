// SPDX-License-Identifier: Apache-2.0
// R-REQ: the fields a template requires, and the wording of every "missing field" diagnostic of this stage.
#include <algorithm>

#include "validate/checks.hpp"
#include "validate/messages.hpp"
#include "validate/paths.hpp"

namespace medcert::validate {
namespace {

// "examination.requisition.authority" → section "examination.requisition", key "authority".
std::pair<std::string_view, std::string_view> split_path(std::string_view path) {
  const auto dot = path.rfind('.');
  if (dot == std::string_view::npos) return {{}, path};
  return {path.substr(0, dot), path.substr(dot + 1)};
}

}  // namespace

bool already_reported(const Diagnostics& out, const std::string& path) {
  return std::any_of(out.begin(), out.end(),
                     [&](const Diagnostic& d) { return d.path == path && d.severity == Severity::error; });
}

namespace {

// The diagnostic of an absent field under `rule`, from the `top` or the `in_section` message.
std::optional<Diagnostic> missing_as(const model::Findings& findings, std::string_view path, std::string_view rule,
                                     Severity severity, std::string_view top, std::string_view in_section,
                                     std::vector<MessageParam> params) {
  const auto resolved = resolve(findings, path);
  if (!resolved || resolved->probe.present) return std::nullopt;
  const auto section = split_path(path).first;
  const auto& d = resolved->description;
  params.push_back(param("what", std::string(d.fr), std::string(d.en)));
  params.push_back(param("example", std::string(d.example)));
  params.push_back(param("section", std::string(section)));
  auto diagnostic = report(severity, section.empty() ? top : in_section, resolved->probe.path, resolved->probe.where,
                           std::move(params));
  diagnostic.rule = rule;
  return diagnostic;
}

}  // namespace

std::optional<Diagnostic> missing(const model::Findings& findings, std::string_view path, std::string_view rule,
                                  Severity severity) {
  return missing_as(findings, path, rule, severity, "common.missing_top", "common.missing", {});
}

std::optional<Diagnostic> missing(const model::Findings& findings, std::string_view path, std::string_view rule,
                                  std::string_view message_id) {
  return missing_as(findings, path, rule, Severity::error, message_id, message_id, {});
}

void require(Diagnostics& out, const model::Findings& findings, std::string_view path, std::string_view rule,
             Severity severity) {
  if (auto d = missing(findings, path, rule, severity)) out.push_back(std::move(*d));
}

void check_required(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  for (const auto& path : tmpl.required) {
    if (!resolve(findings, path)) {
      out.push_back(report(Severity::error, "R-REQ.not_a_field", "template.required", tmpl.where,
                           {param("template", tmpl.id), param("found", path)}));
      continue;
    }
    auto d = missing_as(findings, path, "R-REQ", Severity::error, "R-REQ.missing_top", "R-REQ.missing",
                        {param("template", tmpl.id)});
    if (d && !already_reported(out, d->path)) out.push_back(std::move(*d));
  }
}

}  // namespace medcert::validate
