// SPDX-License-Identifier: Apache-2.0
// R-MIN-*: a minor's documents (documents-fr §B). R-MIN-1: who came with the child is said, and that person's
// words are quoted apart from the child's (HAS model of signalement); a child who came alone brings nobody's
// words. R-MIN-3: a minor in serious or immediate danger is reported to the prosecutor, with a copy to the
// département's cell; a report without urgency goes to the cell as an information préoccupante. R-MIN-4: the
// holders of parental authority are told of an information préoccupante unless it is against the child's
// interest, and a person implicated in the facts never is. R-MIN-2 (delivery) is in delivery.cpp; R-MIN-5 (the
// birth date in letters) is printed by the minor's templates themselves; the adult's route, consent and criteria
// are a block the minor's reports do not offer (R-SC-2).
#include "model/lesion_count.hpp"
#include "model/template.hpp"
#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

void check_accompanying(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  if (!findings.accompanying) {
    if (auto d = missing(findings, "accompanying.status", "R-MIN-1", "R-MIN-1")) out.push_back(std::move(*d));
    return;
  }
  const auto& a = *findings.accompanying;
  require(out, findings, "accompanying.status", "R-MIN-1");
  if (a.status.value == "seul") {
    // Nobody came: a name, a link or words would describe a person the document says was not there.
    for (const auto* field : {&a.civility, &a.given_name, &a.family_name, &a.link, &a.contact})
      refuse_unprinted(*field, "R-MIN-1.alone", out);
    if (!findings.accompanying_words.empty())
      out.push_back(report(Severity::error, "R-MIN-1.alone", findings.accompanying_words.front()));
  } else if (a.status) {
    // The HAS model asks who, adult or minor, and « si possible » the link and how to reach them: the
    // document reads without them, so their absence is a warning.
    for (const auto* path : {"accompanying.link", "accompanying.given_name", "accompanying.family_name"})
      require(out, findings, path, "R-MIN-1", Severity::warning);
  }
  // A measure of protection of an adult (curatelle, habilitation, mandat) does not represent a child.
  if (const auto& r = findings.examination.legal_representative; r && r->role) {
    const auto* role = model::find_entry(tmpl, "legal_representative_roles", r->role.value);
    if (role && role->form("person") == "majeur")
      out.push_back(report(Severity::error, "R-MIN-1.role", r->role,
                           {param("role_label", role->label(Language::fr), role->label(Language::en))}));
  }
}

// A person not confirmed as uninvolved may be the one the report is about: the representative's flag.
bool representative_may_be_implicated(const model::Findings& findings) {
  const auto& r = findings.examination.legal_representative;
  return r && !(r->not_implicated && r->not_implicated.value);
}

void check_report(const model::Template& tmpl, const model::Signalement& s, const model::Findings& findings,
                  Diagnostics& out) {
  if (tmpl.is_information_preoccupante()) {
    if (s.urgent && s.urgent.value) out.push_back(report(Severity::warning, "R-MIN-3.urgent", s.urgent));
    refuse_unprinted(s.phoned_datetime, "R-MIN-3.phoned", out);
    refuse_unprinted(s.copy_crip, "R-MIN-3.copy_unprinted", out);
    if (!s.parents_informed) out.push_back(report(Severity::warning, "R-MIN-4.unsaid", s.path, s.where));
  } else if (!(s.copy_crip && s.copy_crip.value)) {
    out.push_back(report(Severity::warning, "R-MIN-3.copy", s.copy_crip.present ? s.copy_crip.path : s.path,
                         s.copy_crip.present ? s.copy_crip.where : s.where));
  } else {
    // The copy names the cell it goes to.
    require(out, findings, "signalement.crip", "R-MIN-3");
  }

  if (s.parents_informed.value == "non" && !s.parents_not_informed_reason && tmpl.is_information_preoccupante())
    out.push_back(report(Severity::warning, "R-MIN-4.reason", s.parents_informed));
  if (s.parents_informed.value == "oui") {
    refuse_unprinted(s.parents_not_informed_reason, "R-MIN-4.reason_unprinted", out);
    if (representative_may_be_implicated(findings))
      out.push_back(report(Severity::warning, "R-MIN-4.author", s.parents_informed));
  }
}

}  // namespace

void check_minor(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  if (!tmpl.for_minor()) return;
  check_accompanying(tmpl, findings, out);
  // Who asked for a minor's certificate is said, never presumed (the child, or the representative); a report
  // or a certificate on a réquisition does not print it.
  const auto& requested_by = findings.issuance.requested_by;
  if (tmpl.is_signalement() || findings.examination.request_mode.value == "requisition")
    refuse_unprinted(requested_by, "R-MIN-2.requested_unprinted", out);
  else if (auto d = missing(findings, "issuance.requested_by", "R-MIN-2", "R-MIN-2.requested_by"))
    out.push_back(std::move(*d));
  if (tmpl.is_signalement() && findings.signalement) check_report(tmpl, *findings.signalement, findings, out);
}

}  // namespace medcert::validate
