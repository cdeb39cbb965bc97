// SPDX-License-Identifier: Apache-2.0
// R-DT-1 to R-DT-5: when and where the examination took place, when the certificate is written, the order of
// the facts, the examination and the writing (as instants in the practice's time zone), the zone itself, and
// local times that a change of the clocks skips or repeats. R-DT-6: a year of birth from 1900 on.
#include <fmt/core.h>

#include "model/limits.hpp"

#include "validate/checks.hpp"
#include "validate/datetime_text.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

// A repeated hour lasts at most an hour or so: two hours after its first occurrence, the clocks have changed.
constexpr std::int64_t kAfterTheChange = 2 * 3600;

void check_examination(const model::Findings& findings, Diagnostics& out) {
  const auto& exam = findings.examination;
  require(out, findings, "examination.datetime", "R-DT-1");
  if (exam.datetime && !exam.datetime.value.has_time) {
    out.push_back(report(Severity::error, "R-DT-1.time", exam.datetime,
                         {param("date", to_text(exam.datetime.value.date))}));
  }
  require(out, findings, "examination.place_type", "R-DT-1");
  if (exam.place_type.value == "autre" && exam.place.value.empty()) {
    out.push_back(report(Severity::error, "R-DT-1.place", exam.place.path, exam.place_type.where));
  }
}

void check_issuance(const model::Findings& findings, std::int64_t now, const zone::TimeZone& zone, Diagnostics& out) {
  require(out, findings, "issuance.datetime", "R-DT-2");
  require(out, findings, "issuance.place", "R-DT-2");
  const auto& issued = findings.issuance.datetime;
  if (!issued || zone.instant(issued.value) <= now) return;
  out.push_back(report(Severity::error, "R-DT-2", issued,
                       {param("found", to_text(issued.value)), param("now", to_text(zone.local(now)))}));
}

void check_order(const model::Findings& findings, const zone::TimeZone& zone, Diagnostics& out) {
  const auto& facts = findings.facts.datetime;
  const auto& exam = findings.examination.datetime;
  const auto& issued = findings.issuance.datetime;
  const auto& birth = findings.patient.birth_date;
  if (facts && exam && compare(facts.value, exam.value, zone) > 0) {
    out.push_back(report(Severity::error, "R-DT-3.facts", facts,
                         {param("found", to_text(facts.value)), param("examination", to_text(exam.value))}));
  }
  if (exam && issued && compare(exam.value, issued.value, zone) > 0) {
    out.push_back(report(Severity::error, "R-DT-3.issued", issued,
                         {param("found", to_text(issued.value)), param("examination", to_text(exam.value))}));
  }
  if (birth && birth.value.year < model::kMinBirthYear) {
    out.push_back(report(Severity::error, "R-DT-6", birth,
                         {param("found", to_text(birth.value)), param("min", std::to_string(model::kMinBirthYear))}));
  }
  // The examination answers the réquisition (documents-fr §C): a date alone is R-RQ-1's, not compared here.
  const auto& requisition = findings.examination.requisition.datetime;
  if (requisition && requisition.value.has_time && exam && compare(requisition.value, exam.value, zone) > 0) {
    out.push_back(report(Severity::error, "R-DT-3.requisition", requisition,
                         {param("found", to_text(requisition.value)), param("examination", to_text(exam.value))}));
  }
  // A photograph is taken once the person has agreed to it (R-PH-4).
  if (const auto& consent = findings.annex_consent; consent && consent->datetime)
    for (const auto& photo : findings.photos)
      if (photo.taken && compare(photo.taken.value, consent->datetime.value, zone) < 0)
        out.push_back(report(Severity::error, "R-PH-4.before", photo.taken,
                             {param("found", to_text(photo.taken.value)), param("consent", to_text(consent->datetime.value))}));
  if (birth && exam && zone.local(exam.value).date < birth.value) {
    out.push_back(report(Severity::error, "R-DT-3.birth", birth,
                         {param("found", to_text(birth.value)), param("examination", to_text(exam.value))}));
  }
}

// R-DT-5: a local time (written without offset) on the night the clocks change may not exist, or exist twice.
void check_wall_time(const model::Field<model::DateTime>& field, const zone::TimeZone& zone, Diagnostics& out) {
  const auto& written = field.value;
  if (!field || !written.has_time || written.anchor != model::Anchor::local) return;
  const auto kind = zone.wall_time(written);
  if (kind == zone::WallTime::regular) return;
  const std::int64_t instant = zone.instant(written);
  std::vector<MessageParam> params = {param("time", fmt::format("{:02}:{:02}", written.hour, written.minute)),
                                      param("date", to_text(written.date)), param("zone", zone.id()),
                                      param("read", to_text(zone.local(instant)))};
  if (kind == zone::WallTime::skipped) {
    out.push_back(report(Severity::warning, "R-DT-5.skipped", field, std::move(params)));
    return;
  }
  params.push_back(param("first", offset_text(zone.offset_minutes(instant))));
  params.push_back(param("second", offset_text(zone.offset_minutes(instant + kAfterTheChange))));
  out.push_back(report(Severity::warning, "R-DT-5.repeated", field, std::move(params)));
}

}  // namespace

void check_dates(const model::Findings& findings, std::int64_t now, std::string_view default_zone, Diagnostics& out) {
  const auto& written = findings.author.time_zone;
  if (written && !zone::TimeZone::find(written.value)) out.push_back(report(Severity::error, "R-DT-4", written));
  // With an unknown zone, the engine's serves the other checks.
  const auto zone = zone::TimeZone::first_known({written.value, default_zone});
  check_examination(findings, out);
  check_issuance(findings, now, zone, out);
  check_order(findings, zone, out);
  for (const auto* field : {&findings.facts.datetime, &findings.examination.datetime, &findings.issuance.datetime,
                            &findings.examination.requisition.datetime})
    check_wall_time(*field, zone, out);
}

}  // namespace medcert::validate
