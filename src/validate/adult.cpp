// SPDX-License-Identifier: Apache-2.0
// R-MN-1: these templates are for adults; a minor's certificate follows another model and the signalement path.
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
  out.push_back(report(Severity::error, "R-MN-1", birth,
                       {param("age", std::to_string(age)), param("date", to_text(exam.value.date))}));
}

}  // namespace medcert::validate
