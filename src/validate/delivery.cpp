// R-DL-2, R-DL-3: to whom the certificate is handed. The original goes to the examined person (or her legal
// representative); on a requisition, to the requiring authority — never to a third party (CNOM notice, HAS).
#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

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

void check_delivery(const model::Findings& findings, Diagnostics& out) {
  check_requisition(findings, out);
  check_legal_representative(findings, out);
}

}  // namespace medcert::validate
