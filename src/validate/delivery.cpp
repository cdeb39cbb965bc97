// SPDX-License-Identifier: Apache-2.0
// R-DL-2, R-DL-3, R-DL-5, R-DL-6, R-MIN-2: to whom the certificate is handed. The original goes to the examined person
// (or her legal representative); on a requisition, to the requiring authority — never to a third party, the
// spouse included (CNOM notice, HAS). The recipients are the template's `recipients` vocabulary.
#include "model/lesion_count.hpp"
#include "model/spelling.hpp"
#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

// A recipient the template does not know is a third party ("conjoint", "mari", "avocat"...), or a typo.
void check_recipient(const model::Template& tmpl, const model::Text& recipient, Diagnostics& out) {
  const auto known = tmpl.vocabularies.find("recipients");
  if (recipient.value.empty() || (known != tmpl.vocabularies.end() && known->second.find(recipient.value))) return;
  const auto codes = known == tmpl.vocabularies.end() ? std::vector<std::string>{} : known->second.codes();
  const auto suggestion = model::closest(recipient.value, codes);
  out.push_back(report(Severity::error, "R-DL-2.third_party", recipient,
                       {param("did_you_mean", suggestion.empty() ? "." : model::did_you_mean_fr(suggestion),
                              suggestion.empty() ? "." : model::did_you_mean_en(suggestion))},
                       known == tmpl.vocabularies.end() ? std::vector<Choice>{} : choices_of(known->second)));
}

void check_requisition(const model::Findings& findings, Diagnostics& out) {
  const auto& exam = findings.examination;
  const auto& recipient = findings.issuance.recipient;
  if (exam.request_mode.value == "requisition") {
    require(out, findings, "examination.requisition.authority", "R-DL-3");
    if (recipient && recipient.value != "requisition_authority") {
      out.push_back(report(Severity::error, "R-DL-3.requisition", recipient));
    }
  } else if (recipient.value == "requisition_authority") {
    out.push_back(report(Severity::error, "R-DL-3.no_requisition", recipient));
  }
}

// The representative receives the certificate only when named (R-DL-2), confirmed not implicated in the
// facts (R-DL-5: it would reach the person it may accuse), and when he represents the person: under an
// assistance measure (`assists: oui`: curatelle, habilitation d'assistance) she keeps her capacity and
// receives it herself (R-DL-6), the certificate being covered by medical secrecy.
void check_legal_representative(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  const auto& recipient = findings.issuance.recipient;
  if (recipient.value != "legal_representative") return;
  const auto& representative = findings.examination.legal_representative;
  if (!representative) {
    out.push_back(report(Severity::error, "R-DL-2.representative", recipient));
    return;
  }
  if (!representative->not_implicated || !representative->not_implicated.value) {
    // A child's representative who may be implicated: the certificate is kept and feeds a signalement.
    out.push_back(report(Severity::error, tmpl.for_minor() ? "R-MIN-2" : "R-DL-5", recipient));
  }
  const auto* role = model::find_entry(tmpl, "legal_representative_roles", representative->role.value);
  if (role && role->form("assists") == "oui") {
    out.push_back(report(Severity::error, "R-DL-6", recipient,
                         {param("role", role->label(Language::fr), role->label(Language::en))}));
  }
}

// A child handed the certificate takes it home, where a representative marked as implicated lives (R-MIN-2).
void check_child_recipient(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  const auto& recipient = findings.issuance.recipient;
  const auto& representative = findings.examination.legal_representative;
  if (!tmpl.for_minor() || recipient.value != "patient" || !representative) return;
  if (representative->not_implicated && !representative->not_implicated.value)
    out.push_back(report(Severity::warning, "R-MIN-2.child", recipient));
}

}  // namespace

void check_delivery(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  // A signalement goes to the prosecutor only, whatever else is written: signalement.cpp (R-SIG-4, R-SIG-8).
  if (tmpl.is_signalement()) return;
  check_recipient(tmpl, findings.issuance.recipient, out);
  check_requisition(findings, out);
  check_legal_representative(tmpl, findings, out);
  check_child_recipient(tmpl, findings, out);
}

}  // namespace medcert::validate
