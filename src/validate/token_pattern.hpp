// SPDX-License-Identifier: Apache-2.0
// A token pattern of a wording rule (docs/templates.md, "Token patterns"): a sequence of elements over the
// tokens of one clause, each naming a literal word, a lemma (every inflection, `@griffer`), a word class of
// the template (`<relation>`), optionally narrowed to a part of speech (`@mordre:ppas`), alternatives
// (`a|@b`), an optional element (`de?`), a gap of up to N words (`~3`), any word (`*`), a number in digits
// (`#`), a word written with a capital (`^`), a word that must not be there (`!@attelle`), or, last, a
// quotation that opens right after (`«`).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <medcert/diagnostics.hpp>

#include "model/template.hpp"
#include "validate/morphology.hpp"
#include "validate/tokens.hpp"

namespace medcert::validate {

class TokenPattern {
 public:
  /// One way of matching a word: a literal, a lemma with the tags it must carry, any word, a number.
  struct Atom {
    enum class Kind { literal, lemma, any, number, name };
    Kind kind = Kind::literal;
    std::uint32_t word = WordIds::kNone;  ///< the number of the folded word (WordIds)
    Tags tags = 0;                        ///< all required
  };
  /// A word class entry or an alternative: one or more words in sequence ("beau-père" is two).
  using Sequence = std::vector<Atom>;

  /// What the patterns of one checker share while they compile: the words' numbers, which the tokens
  /// they are matched on must use, and each word class expanded once (a class serves many patterns).
  struct Context {
    WordIds ids;
    std::map<std::string, std::vector<Sequence>, std::less<>> classes;  ///< by "name:tag"
    std::map<std::string, std::vector<std::u16string>, std::less<>> folded;  ///< a written word → its folded words
  };

  /// Nullopt when the pattern is malformed or names an unknown class, lemma or tag: each problem is
  /// reported in `problems` (T-SCHEMA or T-LEXICON) at the pattern in the template.
  static std::optional<TokenPattern> compile(const model::TemplateText& written, const std::string& rule_id,
                                             const model::Template& tmpl, const Morphology& morphology,
                                             Context& context, Diagnostics& problems);

  /// Every match in `tokens`, as half-open token index ranges, in order. A match never leaves its clause
  /// nor mixes the professional's words with quoted ones.
  std::vector<std::pair<std::size_t, std::size_t>> find(const std::vector<Token>& tokens) const;
  /// Whether a match starts at token `at`.
  bool matches_at(const std::vector<Token>& tokens, std::size_t at) const;

 private:
  struct Element {
    std::vector<Sequence> choices;
    /// The choices by the word their first atom names (a literal or a lemma), so that a token is tried
    /// against the few that may match it, not against a whole word class; `unkeyed`: `*` and `#`.
    std::unordered_map<std::uint32_t, std::vector<std::size_t>> by_first;
    std::vector<std::size_t> unkeyed;
    bool optional = false;
    bool negated = false;  ///< one word that matches none of the choices
    int gap = 0;           ///< > 0: skip 0 to gap words, choices unused
    bool quote = false;    ///< the next word is inside quotes: matches no word itself
  };

  /// Calls `f` with each choice of `e` whose first atom may match `token`, until `f` returns true.
  template <class F>
  static bool any_candidate(const Element& e, const Token& token, F&& f);
  bool match_from(const std::vector<Token>& tokens, std::size_t element, std::size_t at, int clause, bool quoted,
                  std::size_t& end) const;
  std::vector<std::size_t> sequence_ends(const Sequence& sequence, const std::vector<Token>& tokens, std::size_t at,
                                         int clause, bool quoted) const;

  std::vector<Element> elements_;
};

}  // namespace medcert::validate
