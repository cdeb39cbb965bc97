// R-MN-1: these templates are for adults; a minor's certificate follows another model and the signalement path.
#include <fmt/core.h>

#include "validate/checks.hpp"
#include "validate/datetime_text.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

constexpr int kAgeOfMajority = 18;

// Completed years on `day`; one born on 29 February is a year older on 1 March of a common year.
int age_on(const model::CivilDate& birth, const model::CivilDate& day) {
  const bool birthday_passed = day.month > birth.month || (day.month == birth.month && day.day >= birth.day);
  return day.year - birth.year - (birthday_passed ? 0 : 1);
}

}  // namespace

void check_adult(const model::Findings& findings, Diagnostics& out) {
  const auto& birth = findings.patient.birth_date;
  const auto& exam = findings.examination.datetime;
  if (!birth || !exam || exam.value.date < birth.value) return;
  const int age = age_on(birth.value, exam.value.date);
  if (age >= kAgeOfMajority) return;
  out.push_back(report(
      Severity::error, "R-MN-1", birth,
      fmt::format("La personne examinée a {} ans le jour de l'examen ({}) : ce modèle est réservé aux personnes "
                  "majeures. Pour une personne mineure, utilisez le modèle de certificat pour mineur et, si elle "
                  "est en danger, suivez la procédure de signalement au procureur de la République ou "
                  "d'information préoccupante à la CRIP (article 226-14 du Code pénal). Si la date de naissance "
                  "est erronée, corrigez-la.",
                  age, to_text(exam.value.date)),
      fmt::format("The examined person is {} on the day of the examination ({}): this template is for adults "
                  "only. For a minor, use the minors' certificate model and, if the child is in danger, follow "
                  "the signalement procedure to the procureur de la République or the information préoccupante "
                  "to the CRIP (article 226-14 of the Code pénal). If the date of birth is wrong, correct it.",
                  age, to_text(exam.value.date))));
}

}  // namespace medcert::validate
