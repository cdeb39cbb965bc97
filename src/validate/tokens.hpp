// SPDX-License-Identifier: Apache-2.0
// A text cut into tokens for the token patterns: its folded words, each with its analyses from the
// morphological table, the clause it belongs to, and whether it lies inside quotes (the person's words).
// Letters separated by dots are one token ("I.T.T." and "i.t.t" → "itt").
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "validate/fold.hpp"
#include "validate/morphology.hpp"

namespace medcert::validate {

/// The words the rules name (literals and lemmas), numbered once when a checker is built: a token is then
/// compared with a pattern by number, and a word no rule names is known at once to match nothing.
class WordIds {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFF;

  std::uint32_t add(const std::u16string& word);
  /// kNone for a word no rule names.
  std::uint32_t find(const std::u16string& word) const;

 private:
  std::unordered_map<std::u16string, std::uint32_t> ids_;
};

struct Token {
  std::u16string text;  ///< folded: no accents, lower case; an elided word keeps its apostrophe ("l'")
  std::int32_t begin = 0;  ///< UTF-16 units in the folded text, half-open
  std::int32_t end = 0;
  int clause = 0;        ///< tokens of one clause share it: patterns never run across . ; : ! ? or quotes
  bool quoted = false;   ///< inside « », “ ” or "…"
  bool digits = false;   ///< a number written in digits ("48", "3,5")
  bool capital = false;  ///< written with a capital initial ("Ferreira"): a name, or a sentence's first word
  std::uint32_t id = WordIds::kNone;  ///< its text's number, when a rule names it
  /// Its analyses whose lemma a rule names: the lemma's number and the tags.
  struct Reading {
    std::uint32_t lemma = WordIds::kNone;
    Tags tags = 0;
  };
  std::vector<Reading> readings;
};

std::vector<Token> tokens_of(const SearchText& text, const Morphology& morphology, const WordIds& ids);

/// The token that holds or follows the folded unit `at` (where a match found on the text starts).
std::vector<Token>::const_iterator token_at(const std::vector<Token>& tokens, std::int32_t at);

}  // namespace medcert::validate
