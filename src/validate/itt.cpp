// SPDX-License-Identifier: Apache-2.0
// R-ITT-1, R-ITT-3, R-ITT-6: who may state an ITT, in what form, and a reminder above 8 days (§6) that the
// ITT is a medical assessment the certificate's findings justify — never a value chosen by its penal effect.
#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

constexpr int kMaxDays = 365;
constexpr int kReminderAboveDays = 8;

void check_fixed_days(const model::Itt& itt, Diagnostics& out) {
  const auto& days = itt.days;
  if (!days) {
    out.push_back(report(Severity::error, "R-ITT-3.days_missing", days));
    return;
  }
  if (days.value < 0 || days.value > kMaxDays) {
    out.push_back(report(Severity::error, "R-ITT-3.days_range", days, {param("found", std::to_string(days.value))}));
    return;
  }
  if (days.value > kReminderAboveDays) {
    out.push_back(report(Severity::warning, "R-ITT-6", days, {param("found", std::to_string(days.value))}));
  }
}

}  // namespace

void check_itt(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  if (!findings.itt) {
    // HAS 2011: the ITT appears unless it cannot be determined; a profession that may state one
    // must therefore say which (fixed days, or not_determined) rather than leave it out silently.
    // A réquisition that asks for it: R-RQ-3 says so, at the question.
    if (tmpl.capabilities.itt && !itt_question(tmpl, findings)) require(out, findings, "itt.mode", "R-ITT-3");
    return;
  }
  const auto& itt = *findings.itt;
  if (!tmpl.capabilities.itt) {
    out.push_back(
        report(Severity::error, "R-ITT-1", itt.path, itt.where,
                      {param("template", tmpl.id), param("profession", tmpl.profession.label)}));
    return;
  }
  if (itt.mode.value == "fixed") {
    check_fixed_days(itt, out);
  } else if (!itt.mode) {
    require(out, findings, "itt.mode", "R-ITT-3");
  } else if (itt.days && itt.mode.value == "not_determined") {
    out.push_back(report(Severity::warning, "R-ITT-3.days_not_determined", itt.days));
  }
}

}  // namespace medcert::validate
