// SPDX-License-Identifier: Apache-2.0
// R-FU-*: a follow-up document (« certificat médical complémentaire n° 1 », documents-fr §E) names the initial
// document as a reader will look for it: the date of its examination (R-FU-1), its rank (R-FU-2), after which
// this examination comes (R-FU-3), in a template that titles follow-ups (R-FU-8); the SHA-256 of its PDF in a
// form a reader can compare (R-FU-5); its ITT only where the template states one (R-FU-6); its author's RPPS
// only with the author's name (R-FU-7). Whether two documents carry the same number, or whether each lesion is
// carried over (R-FU-4), one file cannot tell.
#include <algorithm>

#include "model/field_table.hpp"

#include "validate/checks.hpp"
#include "validate/datetime_text.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

constexpr std::size_t kSha256Digits = 64;

bool hex_digit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

void check_number(const model::FollowUp& follow_up, const model::Findings& findings, Diagnostics& out) {
  const auto& number = follow_up.number;
  if (!number) {
    if (auto d = missing(findings, "follow_up.number", "R-FU-2", "R-FU-2.missing")) out.push_back(std::move(*d));
    return;
  }
  const auto* spec = model::find_field("follow_up.number");
  if (number.value < spec->min || number.value > spec->max)
    out.push_back(report(Severity::error, "R-FU-2.range", number,
                         {param("found", std::to_string(number.value)), param("max", std::to_string(spec->max))}));
}

void check_initial(const model::Template& tmpl, const model::FollowUp& follow_up, const model::Findings& findings,
                   const zone::TimeZone& zone, Diagnostics& out) {
  const auto& initial = follow_up.initial;
  if (auto d = missing(findings, "follow_up.initial.datetime", "R-FU-1", "R-FU-1")) out.push_back(std::move(*d));
  const auto& exam = findings.examination.datetime;
  // With its hour, the initial examination is strictly earlier; a date alone leaves the same day possible
  // (the results of the tests the initial document announced, read in the afternoon).
  const auto after_initial = [&] {
    const int order = compare(exam.value, initial.datetime.value, zone);
    return initial.datetime.value.has_time ? order > 0 : order >= 0;
  };
  if (initial.datetime && exam && !after_initial())
    out.push_back(report(Severity::error, "R-FU-3", initial.datetime,
                         {param("found", to_text(initial.datetime.value)), param("examination", to_text(exam.value))}));
  const auto& sha = initial.sha256.value;
  if (initial.sha256 && (sha.size() != kSha256Digits || !std::all_of(sha.begin(), sha.end(), hex_digit)))
    out.push_back(report(Severity::error, "R-FU-5", initial.sha256));
  if (initial.itt_days && !tmpl.capabilities.itt)
    out.push_back(report(Severity::error, "R-FU-6", initial.itt_days, {param("profession", tmpl.profession.label)}));
  if (initial.rpps) {
    check_rpps(initial.rpps, out);
    if (!initial.author || initial.author.value.empty()) out.push_back(report(Severity::error, "R-FU-7", initial.rpps));
  }
}

}  // namespace

void check_follow_up(const model::Template& tmpl, const model::Findings& findings, std::string_view default_zone,
                     Diagnostics& out) {
  if (!findings.follow_up) return;
  const auto& follow_up = *findings.follow_up;
  if (tmpl.follow_up_title.empty())
    out.push_back(report(Severity::error, "R-FU-8", follow_up.path, follow_up.where, {param("template", tmpl.id)}));
  const auto zone = zone::TimeZone::first_known({findings.author.time_zone.value, default_zone});
  check_number(follow_up, findings, out);
  check_initial(tmpl, follow_up, findings, zone, out);
}

}  // namespace medcert::validate
