// R-DT-1, R-DT-2, R-DT-3: when and where the examination took place, when the certificate is written, and
// the order of the facts, the examination and the writing.
#include "validate/checks.hpp"
#include "validate/datetime_text.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

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

void check_issuance(const model::Findings& findings, std::int64_t now, Diagnostics& out) {
  require(out, findings, "issuance.datetime", "R-DT-2");
  require(out, findings, "issuance.place", "R-DT-2");
  const auto& issued = findings.issuance.datetime;
  if (!issued || model::to_unix(issued.value) <= now) return;
  const auto clock = to_text(local_datetime(now, issued.value.offset_minutes));
  out.push_back(
      report(Severity::error, "R-DT-2", issued, {param("found", to_text(issued.value)), param("now", clock)}));
}

void check_order(const model::Findings& findings, Diagnostics& out) {
  const auto& facts = findings.facts.datetime;
  const auto& exam = findings.examination.datetime;
  const auto& issued = findings.issuance.datetime;
  const auto& birth = findings.patient.birth_date;
  if (facts && exam && compare(facts.value, exam.value) > 0) {
    out.push_back(
        report(Severity::error, "R-DT-3.facts", facts,
                    {param("found", to_text(facts.value)), param("examination", to_text(exam.value))}));
  }
  if (exam && issued && compare(exam.value, issued.value) > 0) {
    out.push_back(
        report(Severity::error, "R-DT-3.issued", issued,
                    {param("found", to_text(issued.value)), param("examination", to_text(exam.value))}));
  }
  if (birth && exam && exam.value.date < birth.value) {
    out.push_back(
        report(Severity::error, "R-DT-3.birth", birth,
                    {param("found", to_text(birth.value)), param("examination", to_text(exam.value))}));
  }
}

}  // namespace

void check_dates(const model::Findings& findings, std::int64_t now, Diagnostics& out) {
  check_examination(findings, out);
  check_issuance(findings, now, out);
  check_order(findings, out);
}

}  // namespace medcert::validate
