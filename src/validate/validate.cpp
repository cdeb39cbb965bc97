// SPDX-License-Identifier: Apache-2.0
#include "validate/validate.hpp"

#include <algorithm>
#include <tuple>

#include "validate/checks.hpp"
#include "validate/wording.hpp"

namespace medcert::validate {

Diagnostics validate(const model::Template& tmpl, const model::Findings& findings, std::int64_t now,
                     const model::FontMetrics* fonts, std::string_view time_zone) {
  return validate(tmpl, findings, now, fonts, WordingChecker(tmpl), time_zone);
}

Diagnostics validate(const model::Template& tmpl, const model::Findings& findings, std::int64_t now,
                     const model::FontMetrics* fonts, const WordingChecker& wording,
                     std::string_view time_zone) {
  Diagnostics out;
  check_characters(findings, fonts, out);
  check_identity(findings, out);
  check_dates(findings, now, time_zone, out);
  check_age(tmpl, findings, out);
  check_vocabularies(tmpl, findings, out);
  check_itt(tmpl, findings, out);
  check_lesions(tmpl, findings, out);
  check_body_scope(tmpl, findings, out);
  check_profession_blocks(tmpl, findings, out);
  check_delivery(tmpl, findings, out);
  check_requisition(tmpl, findings, out);
  check_follow_up(tmpl, findings, time_zone, out);
  check_signalement(tmpl, findings, out);
  check_minor(tmpl, findings, out);
  check_annexes(tmpl, findings, out);
  check_quotes(findings, out);
  check_quote_balance(findings, out);
  check_wording(wording, findings, out);
  check_danger(wording, tmpl, findings, out);
  check_attendants(tmpl, findings, out);
  check_silence(tmpl, findings, out);
  check_required(tmpl, findings, out);
  // Reading order of the source; stable, so diagnostics at one place keep the order of the checks.
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.location.line, a.location.column) < std::tie(b.location.line, b.location.column);
  });
  return out;
}

}  // namespace medcert::validate
