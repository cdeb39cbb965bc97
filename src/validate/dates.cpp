// R-DT-1, R-DT-2, R-DT-3: when and where the examination took place, when the certificate is written, and
// the order of the facts, the examination and the writing.
#include <fmt/core.h>

#include "validate/checks.hpp"
#include "validate/datetime_text.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

void check_examination(const model::Findings& findings, Diagnostics& out) {
  const auto& exam = findings.examination;
  require(out, findings, "examination.datetime", "R-DT-1");
  if (exam.datetime && !exam.datetime.value.has_time) {
    out.push_back(report(Severity::error, "R-DT-1", exam.datetime,
                         fmt::format("L'heure de l'examen manque : écrivez la date, l'heure et le décalage "
                                     "horaire, par exemple {}T14:30:00+01:00.",
                                     to_text(exam.datetime.value.date)),
                         fmt::format("The time of the examination is missing: write the date, the time and the "
                                     "UTC offset, e.g. {}T14:30:00+01:00.",
                                     to_text(exam.datetime.value.date))));
  }
  require(out, findings, "examination.place_type", "R-DT-1");
  if (exam.place_type.value == "autre" && exam.place.value.empty()) {
    out.push_back(report(Severity::error, "R-DT-1", exam.place.path, exam.place_type.where,
                         "Le type de lieu « autre » demande de préciser le lieu : ajoutez « place: … » dans la "
                         "section « examination », ou choisissez cabinet, service_hospitalier ou domicile.",
                         "Place type `autre` needs the place itself: add `place: …` under `examination`, or "
                         "choose cabinet, service_hospitalier or domicile."));
  }
}

void check_issuance(const model::Findings& findings, std::int64_t now, Diagnostics& out) {
  require(out, findings, "issuance.datetime", "R-DT-2");
  require(out, findings, "issuance.place", "R-DT-2");
  const auto& issued = findings.issuance.datetime;
  if (!issued || model::to_unix(issued.value) <= now) return;
  const auto clock = to_text(local_datetime(now, issued.value.offset_minutes));
  out.push_back(
      report(Severity::error, "R-DT-2", issued,
             fmt::format("La date d'établissement ({}) est postérieure au moment présent ({}) : un certificat n'est "
                         "jamais postdaté. Écrivez la date et l'heure auxquelles vous le rédigez réellement.",
                         to_text(issued.value), clock),
             fmt::format("The issuance date ({}) is later than now ({}): a certificate is never postdated. Write the "
                         "date and time you actually write it.",
                         to_text(issued.value), clock)));
}

void check_order(const model::Findings& findings, Diagnostics& out) {
  const auto& facts = findings.facts.datetime;
  const auto& exam = findings.examination.datetime;
  const auto& issued = findings.issuance.datetime;
  const auto& birth = findings.patient.birth_date;
  if (facts && exam && compare(facts.value, exam.value) > 0) {
    out.push_back(
        report(Severity::error, "R-DT-3", facts,
               fmt::format("La date des faits ({}) est postérieure à l'examen ({}) : les faits déclarés précèdent "
                           "l'examen. Corrigez l'une des deux dates.",
                           to_text(facts.value), to_text(exam.value)),
               fmt::format("The date of the facts ({}) is later than the examination ({}): the declared facts precede "
                           "the examination. Correct one of the two dates.",
                           to_text(facts.value), to_text(exam.value))));
  }
  if (exam && issued && compare(exam.value, issued.value) > 0) {
    out.push_back(
        report(Severity::error, "R-DT-3", issued,
               fmt::format("Le certificat serait établi ({}) avant l'examen ({}) : il ne peut être rédigé qu'après "
                           "l'examen. Corrigez l'une des deux dates.",
                           to_text(issued.value), to_text(exam.value)),
               fmt::format("The certificate would be written ({}) before the examination ({}): it can only be written "
                           "after the examination. Correct one of the two dates.",
                           to_text(issued.value), to_text(exam.value))));
  }
  if (birth && exam && exam.value.date < birth.value) {
    out.push_back(
        report(Severity::error, "R-DT-3", birth,
               fmt::format("La date de naissance ({}) est postérieure à l'examen ({}) : vérifiez l'année de naissance.",
                           to_text(birth.value), to_text(exam.value)),
               fmt::format("The date of birth ({}) is later than the examination ({}): check the year of birth.",
                           to_text(birth.value), to_text(exam.value))));
  }
}

}  // namespace

void check_dates(const model::Findings& findings, std::int64_t now, Diagnostics& out) {
  check_examination(findings, out);
  check_issuance(findings, now, out);
  check_order(findings, out);
}

}  // namespace medcert::validate
