// SPDX-License-Identifier: Apache-2.0
#include "compose/conditions.hpp"

#include <algorithm>

#include "compose/template_string.hpp"

namespace medcert::compose {
namespace {

bool holds(const model::Condition& condition, const Scope& scope) {
  const Value* value = scope.find(condition.variable);
  const bool present = value && !value->text.empty();
  const bool equal = value && (value->code.empty() ? value->text : value->code) == condition.value;
  switch (condition.op) {
    case model::Condition::Op::present:
      return present;
    case model::Condition::Op::absent:
      return !present;
    case model::Condition::Op::equals:
      return equal;
    case model::Condition::Op::not_equals:
      return !equal;
  }
  return false;
}

}  // namespace

bool holds(const std::vector<model::Condition>& conditions, const Scope& scope) {
  return std::all_of(conditions.begin(), conditions.end(), [&](const auto& c) { return holds(c, scope); });
}

void check_conditions(const std::vector<model::Condition>& conditions, const Scope& scope, const std::string& path,
                      const Location& where, Diagnostics& out) {
  for (const auto& condition : conditions) {
    if (scope.find(condition.variable)) continue;
    out.push_back(unknown_variable(condition.variable, scope.names(), path + ".when",
                                   condition.where.line > 0 ? condition.where : where));
  }
}

}  // namespace medcert::compose
