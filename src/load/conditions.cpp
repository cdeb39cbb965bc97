// SPDX-License-Identifier: Apache-2.0
#include "load/conditions.hpp"

#include <algorithm>
#include <cctype>

#include "model/diag.hpp"

namespace medcert::load {
namespace {

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// A value may be quoted inside the condition ("itt.mode == 'fixed'"): the quotes are not part of it.
std::string_view unquote(std::string_view s) {
  if (s.size() >= 2 && (s.front() == '\'' || s.front() == '"') && s.back() == s.front())
    return s.substr(1, s.size() - 2);
  return s;
}

bool is_variable(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.';
  });
}

}  // namespace

std::optional<model::Condition> parse_condition(const Slot& slot) {
  if (!slot.value) return std::nullopt;
  if (!slot.value->is_scalar()) {
    slot.type_error("une condition", "a condition");
    return std::nullopt;
  }
  const std::string_view text = trim(slot.value->text);
  model::Condition condition;
  condition.where = slot.where;
  std::string_view variable = text;
  const auto op = std::min(text.find("=="), text.find("!="));
  if (op != std::string_view::npos) {
    condition.op = text[op] == '=' ? model::Condition::Op::equals : model::Condition::Op::not_equals;
    variable = trim(text.substr(0, op));
    condition.value = std::string(unquote(trim(text.substr(op + 2))));
  } else if (!text.empty() && text.front() == '!') {
    condition.op = model::Condition::Op::absent;
    variable = trim(text.substr(1));
  }
  condition.variable = std::string(variable);
  const bool comparison = op != std::string_view::npos;
  if (is_variable(variable) && (!comparison || !condition.value.empty())) return condition;
  slot.sink->error("T-SCHEMA.condition", slot.path, slot.where, {model::param("found", std::string(text))});
  return std::nullopt;
}

}  // namespace medcert::load
