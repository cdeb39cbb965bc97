// SPDX-License-Identifier: Apache-2.0
// R-MN-1, R-MN-2: a template is written for an adult or for a minor (its `person:`). Findings name their
// template by the profession, and the engine picks the one for the person's age; these say so when a template
// chosen by id, or a templates folder without the minor's documents, leaves the wrong one.
#include "validate/checks.hpp"
#include "validate/datetime_text.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {

void check_age(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  const auto age = model::age_at_examination(findings);
  if (!age || (*age < model::kAgeOfMajority) == tmpl.for_minor()) return;
  const auto& birth = findings.patient.birth_date;
  out.push_back(report(Severity::error, tmpl.for_minor() ? "R-MN-2" : "R-MN-1", birth,
                       {param("age", std::to_string(*age)),
                        param("date", to_text(findings.examination.datetime.value.date)),
                        param("profession", tmpl.profession.id)}));
}

}  // namespace medcert::validate
