// R-REQ: the fields a template requires, and the wording of every "missing field" diagnostic of this stage.
#include <algorithm>

#include <fmt/core.h>

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

// A field is reported missing once, as an error, under its most specific rule.
bool already_reported(const Diagnostics& out, const std::string& path) {
  return std::any_of(out.begin(), out.end(),
                     [&](const Diagnostic& d) { return d.path == path && d.severity == Severity::error; });
}

}  // namespace

std::optional<Diagnostic> missing(const model::Findings& findings, std::string_view path, std::string_view rule,
                                  Severity severity) {
  const auto resolved = resolve(findings, path);
  if (!resolved || resolved->probe.present) return std::nullopt;
  const auto [section, key] = split_path(path);
  const auto& d = resolved->description;
  const std::string fr_place =
      section.empty() ? "au premier niveau du document" : fmt::format("dans la section « {} »", section);
  const std::string en_place = section.empty() ? "at the top level" : fmt::format("under `{}`", section);
  return report(severity, rule, resolved->probe.path, resolved->probe.where,
                fmt::format("Il manque {} : ajoutez « {}: {} » {}.", d.fr, key, d.example, fr_place),
                fmt::format("Missing {}: add `{}: {}` {}.", d.en, key, d.example, en_place));
}

void require(Diagnostics& out, const model::Findings& findings, std::string_view path, std::string_view rule,
             Severity severity) {
  if (auto d = missing(findings, path, rule, severity)) out.push_back(std::move(*d));
}

void check_required(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  for (const auto& path : tmpl.required) {
    if (!resolve(findings, path)) {
      out.push_back(report(
          Severity::error, "R-REQ", "template.required", tmpl.where,
          fmt::format("Le modèle « {} » exige « {} », qui n'est pas un champ des constatations : corrigez sa liste "
                      "required (par exemple « patient.birth_date »).",
                      tmpl.id, path),
          fmt::format("Template `{}` requires `{}`, which is not a findings field: fix its `required` list "
                      "(e.g. `patient.birth_date`).",
                      tmpl.id, path)));
      continue;
    }
    auto d = missing(findings, path, "R-REQ");
    if (!d || already_reported(out, d->path)) continue;
    d->message_fr += french_typography(fmt::format(" Le modèle « {} » l'exige.", tmpl.id));
    d->message_en += fmt::format(" Template `{}` requires it.", tmpl.id);
    out.push_back(std::move(*d));
  }
}

}  // namespace medcert::validate
