// A text cut into tokens for the token patterns: its folded words, each with its analyses from the
// morphological table, the clause it belongs to, and whether it lies inside quotes (the person's words).
// Letters separated by dots are one token ("I.T.T." and "i.t.t" → "itt").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "validate/fold.hpp"
#include "validate/morphology.hpp"

namespace medcert::validate {

struct Token {
  std::u16string text;  ///< folded: no accents, lower case; an elided word keeps its apostrophe ("l'")
  std::int32_t begin = 0;  ///< UTF-16 units in the folded text, half-open
  std::int32_t end = 0;
  int clause = 0;        ///< tokens of one clause share it: patterns never run across . ; : ! ? or quotes
  bool quoted = false;   ///< inside « », “ ” or "…"
  bool digits = false;   ///< a number written in digits ("48", "3,5")
  std::vector<const Morphology::Analysis*> analyses;  ///< empty: a word the table does not hold
};

std::vector<Token> tokens_of(const SearchText& text, const Morphology& morphology);

}  // namespace medcert::validate
