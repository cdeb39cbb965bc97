// SPDX-License-Identifier: Apache-2.0
// R-SIG-*: a signalement to the public prosecutor (Code pénal art. 226-14; documents-fr §A). Its legal route
// has conditions the law states (R-SIG-1: danger and control for the 3°; R-SIG-3: consent for the 2°, unless
// the person cannot protect herself); without her consent she is told of it (R-SIG-2); it goes to the
// prosecutor only (R-SIG-4), never on a requisition (R-SIG-8). A field the document would not print is
// refused, never dropped. The children of the household call for their own report (R-SIG-7). R-SIG-5 (no third
// party in the professional's text) is a wording rule of the template. A minor's signalement and the information
// préoccupante share the transmission and the children; their own conditions are in minors.cpp.
#include <algorithm>

#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

// The criterion of that code among those the findings tick, or nullptr.
const model::DangerCriterion* ticked(const model::Findings& findings, std::string_view code) {
  const auto found = std::find_if(findings.danger_criteria.begin(), findings.danger_criteria.end(),
                                  [&](const auto& c) { return c.criterion.value == code; });
  return found == findings.danger_criteria.end() ? nullptr : &*found;
}

// A child under two in the household, or a pregnancy the findings describe, is the vade-mecum's criterion D7:
// a notice when the criteria do not name it, so that it is not left out by oversight.
void check_under_two(const model::Findings& findings, Diagnostics& out) {
  if (ticked(findings, "grossesse_jeune_enfant")) return;
  const auto young = std::find_if(findings.household_children.begin(), findings.household_children.end(),
                                  [](const auto& child) { return child.age_years && child.age_years.value < 2; });
  if (young != findings.household_children.end())
    out.push_back(report(Severity::notice, "R-SIG-1.under_two", young->age_years));
  else if (findings.pregnancy)
    out.push_back(report(Severity::notice, "R-SIG-1.under_two", findings.pregnancy->path, findings.pregnancy->where));
}

void check_route(const model::Signalement& s, const model::Findings& findings, Diagnostics& out) {
  require(out, findings, "signalement.route", "R-SIG-1");
  require(out, findings, "signalement.consent", "R-SIG-2");
  if (s.route.value == "danger_emprise") {
    if (findings.danger_criteria.empty())
      out.push_back(report(Severity::error, "R-SIG-1.danger", s.route));
    if (findings.emprise_elements.empty())
      out.push_back(report(Severity::error, "R-SIG-1.emprise", s.route));
    refuse_unprinted(s.unable_to_protect, "R-SIG-3.unprinted", out);
  } else if (s.route.value == "accord") {
    if (s.consent && s.consent.value != "obtenu" && !s.unable_to_protect)
      out.push_back(report(Severity::error, "R-SIG-3", s.consent));
  }
}

void check_consent(const model::Signalement& s, const model::Findings& findings, Diagnostics& out) {
  if (s.consent.value == "obtenu") {
    require(out, findings, "signalement.consent_datetime", "R-SIG-2");
    refuse_unprinted(s.informed_datetime, "R-SIG-2.unprinted", out);
    refuse_unprinted(s.informed_how, "R-SIG-2.unprinted", out);
    refuse_unprinted(s.not_informed_reason, "R-SIG-2.unprinted", out);
    return;
  }
  refuse_unprinted(s.consent_datetime, "R-SIG-2.consent_datetime", out);
  if (s.consent.value != "impossible") return;
  if (s.informed_datetime) {
    require(out, findings, "signalement.informed_how", "R-SIG-2");
    refuse_unprinted(s.not_informed_reason, "R-SIG-2.reason_unprinted", out);
  } else if (s.not_informed_reason) {
    // The law states no exception: a justified failure to tell her is left to the professional, and said.
    out.push_back(report(Severity::warning, "R-SIG-2.not_informed", s.not_informed_reason));
    refuse_unprinted(s.informed_how, "R-SIG-2.how_without_date", out);
  } else {
    if (auto d = missing(findings, "signalement.informed_datetime", "R-SIG-2", "R-SIG-2.informed"))
      out.push_back(std::move(*d));
  }
}

// Its one addressee: the prosecutor, or for an information préoccupante the département's cell, which takes
// reports on minors only.
void check_transmission(const model::Template& tmpl, const model::Signalement& s, const model::Findings& findings,
                        Diagnostics& out) {
  const bool to_cell = tmpl.is_information_preoccupante();
  const std::string_view message = to_cell ? "R-SIG-4.crip" : "R-SIG-4";
  const auto& recipient = findings.issuance.recipient;
  if (recipient && recipient.value != (to_cell ? "crip" : "procureur"))
    out.push_back(report(Severity::error, message, recipient));
  // Missing, it is said here rather than by R-REQ, whose example is the certificate's « patient ».
  if (!recipient)
    if (auto d = missing(findings, "issuance.recipient", "R-SIG-4", message)) out.push_back(std::move(*d));
  if (to_cell) refuse_unprinted(s.parquet, "R-SIG-4.parquet_unprinted", out);
  else require(out, findings, "signalement.parquet", "R-SIG-4");
  if (s.addressee.value == "crip" && !tmpl.for_minor())
    out.push_back(report(Severity::error, "R-SIG-4.crip_adult", s.addressee));
  const auto& mode = findings.examination.request_mode;
  if (mode.value == "requisition") out.push_back(report(Severity::error, "R-SIG-8", mode));
  // An information préoccupante refuses the call outright (R-MIN-3): said once.
  if (!to_cell && s.phoned_datetime && !(s.urgent && s.urgent.value))
    out.push_back(report(Severity::error, "R-SIG-8.phoned", s.phoned_datetime));
}

// A child of the household is exposed to the violence (HAS): this report to the prosecutor about an adult
// does not cover him. Reported violence against a child is a warning, a child alone a notice.
void check_children(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  // A minor's report: the other children are the siblings, whose situation is to be assessed too.
  const std::string_view violence = tmpl.for_minor() ? "R-SIG-7.violence.siblings" : "R-SIG-7.violence";
  const auto reported = std::find_if(findings.household_children.begin(), findings.household_children.end(),
                                     [](const auto& child) { return child.violence.value == "rapportees"; });
  if (reported != findings.household_children.end()) {
    out.push_back(report(Severity::warning, violence, reported->violence));
  } else if (const auto* against_children = ticked(findings, "violences_enfants")) {
    out.push_back(report(Severity::warning, "R-SIG-7.violence", against_children->criterion));
  } else if (!findings.household_children.empty()) {
    const auto& first = findings.household_children.front();
    out.push_back(report(Severity::notice, tmpl.for_minor() ? "R-SIG-7.siblings" : "R-SIG-7", first.path, first.where));
  }
}

}  // namespace

void check_signalement(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  if (!tmpl.is_signalement() || !findings.signalement) return;
  const auto& s = *findings.signalement;
  check_transmission(tmpl, s, findings, out);
  check_children(tmpl, findings, out);
  // A minor's report has its own conditions (minors.cpp): no consent is needed, none is printed.
  if (tmpl.for_minor()) return;
  check_under_two(findings, out);
  check_route(s, findings, out);
  check_consent(s, findings, out);
}

}  // namespace medcert::validate
