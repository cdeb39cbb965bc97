// SPDX-License-Identifier: Apache-2.0
// One wording rule of a template, compiled. Its terms are matched word by word on folded text (fold.hpp):
// "viol" is never found in "violacée" nor "ment" in "lentement", and a term's words may be separated by
// spaces or hyphens. Its token patterns are matched on the text's words and their lemmas
// (token_pattern.hpp). Its patterns are ICU regular expressions over the folded text, held to word
// boundaries the same way.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/regex.h>

#include <medcert/diagnostics.hpp>

#include "model/template.hpp"
#include "validate/fold.hpp"
#include "validate/morphology.hpp"
#include "validate/token_pattern.hpp"
#include "validate/tokens.hpp"

namespace medcert::validate {

/// Which part of a text to search: the professional's own words (outside quotes), the words she quotes
/// (inside « »), or all of it (a text that is the person's words as a whole).
enum class Region { outside_quotes, inside_quotes, whole };

class Lexicon {
 public:
  /// Nullopt when the rule has no term and no pattern that compiles; a pattern ICU refuses is reported in
  /// `problems` (T-SCHEMA, at the pattern in the template) and left out.
  static std::optional<Lexicon> compile(const model::WordingRule& rule, const model::Template& tmpl,
                                        const Morphology& morphology, TokenPattern::Context& context,
                                        Diagnostics& problems);

  /// Where the rule matches in `region`: half-open ranges of folded units, in reading order.
  std::vector<std::pair<std::int32_t, std::int32_t>> spans(const SearchText& text, const std::vector<Token>& tokens,
                                                           Region region) const;
  /// How far back a negation word reaches: « pas de trace évidente de morsure », not across a clause.
  static constexpr std::size_t kNegationReach = 6;
  /// Whether a word of the `negation` class precedes, within `reach` words of its clause, the match
  /// that starts at folded unit `at` (« pas de trace de morsure », « pas d'ITT »).
  bool negated(const std::vector<Token>& tokens, std::int32_t at, std::size_t reach = kNegationReach) const;
  /// The words of the text the rule finds in `region`, as written, each once, in reading order.
  std::vector<std::string> find(const SearchText& text, const std::vector<Token>& tokens, Region region) const;

 private:
  using Term = std::vector<icu::UnicodeString>;  ///< its folded words

  /// Half-open ranges of folded units where a term or a pattern matches.
  std::vector<std::pair<std::int32_t, std::int32_t>> matches(const SearchText& text,
                                                            const std::vector<Token>& tokens) const;
  /// Removes the matches an `unless` pattern overlaps and, for a rule exempting negations, those a
  /// negation word precedes in their clause.
  void keep_unexempted(const std::vector<Token>& tokens, std::vector<std::pair<std::int32_t, std::int32_t>>& found) const;

  std::map<icu::UnicodeString, std::vector<Term>> terms_;  ///< by first word, longest first
  std::shared_ptr<const icu::RegexPattern> patterns_;      ///< all the rule's patterns as one; may be null
  std::vector<TokenPattern> tokens_;
  std::vector<TokenPattern> unless_;
  std::optional<TokenPattern> negation_;  ///< the `negation` word class, when the rule reads negations
  bool exempt_negated_ = false;           ///< `negation: exempt`
};

}  // namespace medcert::validate
