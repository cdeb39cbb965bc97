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

}  // namespace medcert::model
