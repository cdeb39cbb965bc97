// R-DL-2, R-DL-3: to whom the certificate is handed. The original goes to the examined person (or her legal
// representative); on a requisition, to the requiring authority — never to a third party, the spouse
// included (CNOM notice, HAS). The recipients are the template's `recipients` vocabulary.
#include <fmt/core.h>

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
  out.push_back(report(
      Severity::error, "R-DL-2", recipient,
      fmt::format("« {} » ne peut pas recevoir le certificat : l'original est remis à la personne examinée "
                  "elle-même, jamais à un tiers, fût-il son conjoint ou un proche. Écrivez « recipient: patient » "
                  "(ou legal_representative pour un représentant légal nommé, requisition_authority sur "
                  "réquisition){}",
                  recipient.value, suggestion.empty() ? "." : model::did_you_mean_fr(suggestion)),
      fmt::format("`{}` cannot receive the certificate: the original goes to the examined person herself, never "
                  "to a third party, her spouse or a relative included. Write `recipient: patient` (or "
                  "legal_representative for a named legal representative, requisition_authority on a "
                  "requisition){}",
                  recipient.value, suggestion.empty() ? "." : model::did_you_mean_en(suggestion))));
}

void check_requisition(const model::Findings& findings, Diagnostics& out) {
  const auto& exam = findings.examination;
  const auto& recipient = findings.issuance.recipient;
  if (exam.request_mode.value == "requisition") {
    require(out, findings, "examination.requisition.authority", "R-DL-3");
    require(out, findings, "examination.requisition.reference", "R-DL-3");
    if (recipient && recipient.value != "requisition_authority") {
      out.push_back(report(Severity::error, "R-DL-3", recipient,
                           "Sur réquisition, le certificat est remis à l'autorité requérante : écrivez « recipient: "
                           "requisition_authority » dans la section « issuance ».",
                           "On a requisition, the certificate goes to the requiring authority: write `recipient: "
                           "requisition_authority` under `issuance`."));
    }
  } else if (recipient.value == "requisition_authority") {
    out.push_back(report(Severity::error, "R-DL-3", recipient,
                         "Le certificat n'est remis à une autorité requérante que sur réquisition : écrivez "
                         "« request_mode: requisition » et la réquisition (authority, reference) dans la section "
                         "« examination », ou remettez le certificat à la personne (« recipient: patient »).",
                         "The certificate goes to a requiring authority only on a requisition: write `request_mode: "
                         "requisition` and the requisition (authority, reference) under `examination`, or hand the "
                         "certificate to the person (`recipient: patient`)."));
  }
}

void check_legal_representative(const model::Findings& findings, Diagnostics& out) {
  const auto& recipient = findings.issuance.recipient;
  if (recipient.value != "legal_representative" || findings.examination.legal_representative) return;
  out.push_back(report(Severity::error, "R-DL-2", recipient,
                       "Le certificat ne peut être remis à un représentant légal que s'il est nommé : ajoutez "
                       "« legal_representative: {given_name: …, family_name: …} » dans la section « examination », "
                       "ou remettez le certificat à la personne elle-même (« recipient: patient »).",
                       "The certificate can go to a legal representative only when one is named: add "
                       "`legal_representative: {given_name: …, family_name: …}` under `examination`, or hand the "
                       "certificate to the person herself (`recipient: patient`)."));
}

}  // namespace

void check_delivery(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  check_recipient(tmpl, findings.issuance.recipient, out);
  check_requisition(findings, out);
  check_legal_representative(findings, out);
}

}  // namespace medcert::validate
