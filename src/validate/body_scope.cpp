// SPDX-License-Identifier: Apache-2.0
// R-SC-1: a profession whose competence covers part of the body (the podiatrist: the foot and the ankle;
// the dentist: the mouth and the teeth) may describe what it sees elsewhere, but only as seen, without a
// diagnosis — a warning, never a refusal (reference §3.6, [I]). The scopes are the template's data.
#include <algorithm>

#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

// Teeth are in a scope that lists the region "dents".
constexpr std::string_view kTeeth = "dents";

bool in_scope(const model::BodyScope& scope, std::string_view region) {
  return std::find(scope.regions.begin(), scope.regions.end(), region) != scope.regions.end();
}

}  // namespace

void check_body_scope(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  const auto found = tmpl.body_scopes.find(tmpl.capabilities.body_scope);
  if (found == tmpl.body_scopes.end()) return;  // "full": the whole body
  const auto& scope = found->second;
  for (const auto& lesion : findings.lesions) {
    const model::Text& place = lesion.region.value.empty() ? lesion.tooth : lesion.region;
    const std::string_view region = lesion.region.value.empty() ? kTeeth : std::string_view(lesion.region.value);
    if (place.value.empty() || in_scope(scope, region)) continue;
    out.push_back(report(Severity::warning, "R-SC-1", place, {param("template", tmpl.id), param("scope", scope.label)}));
  }
}

}  // namespace medcert::validate
