// SPDX-License-Identifier: Apache-2.0
// An interpreter or a legal representative present at the examination is named in the certificate (HAS form,
// items 4 and 5), so their names are required when they are listed.
#include "validate/checks.hpp"

namespace medcert::validate {

void check_attendants(const model::Findings& findings, Diagnostics& out) {
  const auto& exam = findings.examination;
  if (exam.interpreter) {
    require(out, findings, "examination.interpreter.family_name", "R-REQ");
    require(out, findings, "examination.interpreter.given_name", "R-REQ");
  }
  if (exam.legal_representative) {
    require(out, findings, "examination.legal_representative.family_name", "R-REQ");
    require(out, findings, "examination.legal_representative.given_name", "R-REQ");
  }
}

}  // namespace medcert::validate
