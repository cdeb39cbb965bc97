// SPDX-License-Identifier: Apache-2.0
// An interpreter or a legal representative present at the examination is named in the certificate (HAS form,
// items 4 and 5), so their names are required when they are listed; the representative with the civility and
// the protection measure the certificate prints (« sa curatrice »), the interpreter with what he is.
// R-IN-1: an interpreter close to the person (partner, family) may filter her words; the magistrate must know.
#include "model/lesion_count.hpp"
#include "model/spelling.hpp"
#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

constexpr std::string_view kYes = "oui";

// Whether the interpreter bears the person's family or birth name, folded (« Benexemple », « BENEXEMPLE »).
bool shares_a_name(const model::Attendant& interpreter, const model::Patient& patient) {
  if (!interpreter.family_name) return false;
  const auto name = model::fold_name(interpreter.family_name.value);
  const auto same = [&](const model::Text& other) { return other && model::fold_name(other.value) == name; };
  return same(patient.family_name) || same(patient.birth_name);
}

// R-IN-1: the link given is a partner's or a relative's (`relative: oui` in `interpreter_links`); or none is,
// but the name is the person's; or a non-professional (`link_expected: oui`) says no link.
void check_interpreter_link(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  const auto& interpreter = *findings.examination.interpreter;
  const auto* link = model::find_entry(tmpl, "interpreter_links", interpreter.link.value);
  if (link && link->form("relative") == kYes) {
    out.push_back(report(Severity::warning, "R-IN-1.relative", interpreter.link,
                         {param("link", link->label(Language::fr), link->label(Language::en))}));
    return;
  }
  if (shares_a_name(interpreter, findings.patient)) {
    out.push_back(report(Severity::warning, "R-IN-1.same_name", interpreter.family_name));
    return;
  }
  const auto* kind = model::find_entry(tmpl, "interpreter_kinds", interpreter.kind.value);
  if (!interpreter.link && kind && kind->form("link_expected") == kYes) {
    out.push_back(report(Severity::warning, "R-IN-1.link_missing", interpreter.kind));
  }
}

}  // namespace

void check_attendants(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  const auto& exam = findings.examination;
  if (exam.interpreter) {
    require(out, findings, "examination.interpreter.kind", "R-REQ");
    require(out, findings, "examination.interpreter.family_name", "R-REQ");
    require(out, findings, "examination.interpreter.given_name", "R-REQ");
    check_interpreter_link(tmpl, findings, out);
  }
  if (exam.legal_representative) {
    require(out, findings, "examination.legal_representative.civility", "R-REQ");
    require(out, findings, "examination.legal_representative.family_name", "R-REQ");
    require(out, findings, "examination.legal_representative.given_name", "R-REQ");
    require(out, findings, "examination.legal_representative.role", "R-REQ");
  }
}

}  // namespace medcert::validate
