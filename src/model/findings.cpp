// SPDX-License-Identifier: Apache-2.0
#include "model/findings.hpp"

#include "model/field_table.hpp"

namespace medcert::model {
namespace {

struct TextWalk : FieldVisitor {
  const std::function<void(const Text&)>& fn;

  explicit TextWalk(const std::function<void(const Text&)>& f) : fn(f) {}
  using FieldVisitor::value;
  void value(const FieldSpec&, const Text& text) { fn(text); }
  void value(const FieldSpec&, const std::vector<Text>& texts) {
    for (const auto& text : texts) fn(text);
  }
};

}  // namespace

void for_each_text(const Findings& f, const std::function<void(const Text&)>& fn) {
  TextWalk walk(fn);
  visit_fields(walk, f);
}

std::optional<int> age_at_examination(const Findings& f) {
  const auto& birth = f.patient.birth_date;
  const auto& exam = f.examination.datetime;
  if (!birth || !exam || exam.value.date < birth.value) return std::nullopt;
  return age_on(birth.value, exam.value.date);
}

}  // namespace medcert::model
