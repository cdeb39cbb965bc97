// SPDX-License-Identifier: Apache-2.0
// Text as the wording rules see it: without accents and in lower case ("Dû à" → "du a", "Œdème" → "oedeme"),
// typographic apostrophes made plain, every run of spaces (no-break, narrow, thin, tab…) one plain space,
// and a letter of another script that looks like a Latin one (Cyrillic « е », Greek « ο », a full-width
// « ｓ ») its Latin look-alike; each unit remembers where it came from in the original text, so that a
// match can be shown as the professional wrote it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/unistr.h>

namespace medcert::validate {

struct FoldedText {
  icu::UnicodeString text;
  std::vector<std::int32_t> begin;  ///< for each UTF-16 unit of `text`: byte offset of its source character
  std::vector<std::int32_t> end;    ///< and the byte offset just after that character

  /// The original bytes behind the folded units [from, to).
  std::string_view source_of(std::string_view source, std::int32_t from, std::int32_t to) const;
};

enum class Fold {
  accents_and_case,  ///< for the text and for literal terms
  accents,           ///< for regular expressions: lower-casing would turn \S into \s
};

FoldedText fold(std::string_view utf8, Fold how = Fold::accents_and_case);

std::string to_utf8(const icu::UnicodeString& text);

/// A folded ICU string as a standard one (the morphological table's and the tokens' key).
std::u16string to_u16(const icu::UnicodeString& text);

/// A word of a folded text: a run of letters and digits, with the apostrophe that may end it ("l'", "qu'").
struct Word {
  icu::UnicodeString text;
  std::int32_t begin = 0;  ///< UTF-16 units in the folded text, half-open
  std::int32_t end = 0;
  bool joined_to_next = false;  ///< only spaces or hyphens (or nothing) before the next word
};

std::vector<Word> words_of(const icu::UnicodeString& folded);

/// The quotation marks of a folded text. A quote is « … », “ … ”, „ … “ (or ”) or "…", quotes may nest;
/// the apostrophe (' ’ ‘) is never a quotation mark in French. Positions are UTF-16 units.
struct QuoteMarks {
  /// The outermost quotes whose marks balance: the person's words that a professional quotes inside her
  /// own text, half-open. A mark that does not balance exempts nothing: one stray « must not switch the
  /// wording rules off to the end of the text.
  std::vector<std::pair<std::int32_t, std::int32_t>> spans;
  std::vector<std::int32_t> unclosed;  ///< opening marks never closed
  std::vector<std::int32_t> unopened;  ///< closing marks with no opening one (» or ” alone, or of another pair)
};

QuoteMarks quote_marks(const icu::UnicodeString& folded);

/// quote_marks(folded).spans.
std::vector<std::pair<std::int32_t, std::int32_t>> quoted_spans(const icu::UnicodeString& folded);

/// A text ready for the wording rules: folded once, cut into words once, its quotes found once.
struct SearchText {
  explicit SearchText(std::string_view source);

  std::string_view source;
  FoldedText folded;
  std::vector<Word> words;
  std::vector<std::pair<std::int32_t, std::int32_t>> quotes;

  /// Whether the folded unit `at` lies inside one of the quotes.
  bool quoted_at(std::int32_t at) const;
};

}  // namespace medcert::validate
