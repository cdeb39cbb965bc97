// SPDX-License-Identifier: Apache-2.0
// R-Q-1, on the person's words: they are stored verbatim and medcert itself prints them inside « » with an
// attribution ("Elle déclare :"). Guillemets typed around them would be printed twice.
#include "validate/authored_texts.hpp"
#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

bool starts_with_any(std::string_view text, std::initializer_list<std::string_view> marks) {
  for (const auto mark : marks)
    if (text.starts_with(mark)) return true;
  return false;
}

bool ends_with_any(std::string_view text, std::initializer_list<std::string_view> marks) {
  for (const auto mark : marks)
    if (text.ends_with(mark)) return true;
  return false;
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

}  // namespace

void check_quotes(const model::Findings& findings, Diagnostics& out) {
  for (const auto* text : quoted_texts(findings)) {
    const auto words = trimmed(text->value);
    if (!starts_with_any(words, {"«", "\"", "“"}) || !ends_with_any(words, {"»", "\"", "”"})) continue;
    out.push_back(report(Severity::warning, "R-Q-1", *text));
  }
}

}  // namespace medcert::validate
