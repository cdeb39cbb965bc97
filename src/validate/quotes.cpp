// SPDX-License-Identifier: Apache-2.0
// R-Q-1, on the person's words: they are stored verbatim and medcert itself prints them inside « » with an
// attribution ("Elle déclare :"). Guillemets typed around them would be printed twice.
// R-Q-3, on the professional's own text: its quotation marks balance. What she quotes is exempt from the
// rules on her own words; a mark left open would make the reader (and a careless checker) take the rest of
// the text for the person's words, so the checker exempts only balanced quotes (fold.hpp) and this rule
// says where the mark that does not balance is.
#include <algorithm>

#include "validate/authored_texts.hpp"
#include "validate/checks.hpp"
#include "validate/fold.hpp"
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

// Where the mark at folded unit `at` of `text` is: its character number in the value, and the words that
// follow it, the mark first.
std::vector<MessageParam> mark_params(const model::Text& text, const FoldedText& folded, std::int32_t at) {
  const auto begin = static_cast<std::size_t>(folded.begin[static_cast<std::size_t>(at)]);
  return {param("at", std::to_string(character_number(text.value, begin))), param("context", excerpt_at(text.value, begin))};
}

}  // namespace

void check_quote_balance(const model::Findings& findings, Diagnostics& out) {
  for (const auto* text : own_texts(findings)) {
    const auto folded = fold(text->value);
    const auto marks = quote_marks(folded.text);
    // In reading order, marks never closed and marks closing nothing alike.
    std::vector<std::pair<std::int32_t, const char*>> unbalanced;
    for (const auto at : marks.unclosed) unbalanced.emplace_back(at, "R-Q-3.unclosed");
    for (const auto at : marks.unopened) unbalanced.emplace_back(at, "R-Q-3.unopened");
    std::sort(unbalanced.begin(), unbalanced.end());
    for (const auto& [at, message_id] : unbalanced)
      out.push_back(report(Severity::error, message_id, *text, mark_params(*text, folded, at)));
  }
}

void check_quotes(const model::Findings& findings, Diagnostics& out) {
  for (const auto* text : quoted_texts(findings)) {
    const auto words = trimmed(text->value);
    if (!starts_with_any(words, {"«", "\"", "“"}) || !ends_with_any(words, {"»", "\"", "”"})) continue;
    out.push_back(report(Severity::warning, "R-Q-1", *text));
  }
}

}  // namespace medcert::validate
