// SPDX-License-Identifier: Apache-2.0
// The wording checker: a template's `wording:` rules (lexicons and patterns, as data) applied to the
// professional's own text and, for the rules on quoted words, to the person's words; and the words of its
// `danger:` prompts, which read both. Exposed for the tests that run the same rules over the templates' own
// sentences.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <medcert/diagnostics.hpp>

#include "model/findings.hpp"
#include "model/template.hpp"
#include "validate/lexicon.hpp"
#include "validate/morphology.hpp"

namespace medcert::validate {

/// A rule's severity for a profession, or nullopt when it is off: its own `severity`, unless it names a
/// capability (itt, diagnosis: off when the profession has it; compatibility: forbidden → error, warn →
/// warning, allowed → off).
std::optional<Severity> severity_for(const model::WordingRule& rule, const model::Capabilities& capabilities);

struct WordingFinding {
  const model::WordingRule* rule = nullptr;
  Severity severity = Severity::error;
  std::vector<std::string> words;  ///< as written, each once
};

/// What the `compare:` rules compare the text with (comparison_of).
struct Comparison {
  std::optional<int> itt_days;              ///< the ITT section's days, when it fixes them
  std::vector<std::u16string> person_names;  ///< the person's names, folded word by word
};

Comparison comparison_of(const model::Findings& findings);

class WordingChecker {
 public:
  /// Compiles the template's rules that are on; a pattern that does not compile is reported in `problems`.
  WordingChecker(const model::Template& tmpl, Diagnostics& problems);
  /// The same, keeping the problems (problems()). Immutable once built: one checker serves every thread
  /// (each search makes its own ICU matcher from the shared, thread-safe RegexPattern).
  explicit WordingChecker(const model::Template& tmpl);

  /// What compiling the rules reported (patterns that do not compile).
  const Diagnostics& problems() const { return problems_; }

  /// A text the professional wrote: the own-text rules outside its quotes, the quoted-words rules inside;
  /// with `facts`, also the rules with `compare:`, whose matches are findings only against the rest of
  /// the findings: an ITT duration that differs from the ITT section (itt_days, each with the days it
  /// states); a name after a civility that is not one of the person's own (other_person).
  std::vector<WordingFinding> own_text(std::string_view text, const Comparison* facts = nullptr) const;
  /// A text that is the person's words as a whole: the quoted-words rules.
  std::vector<WordingFinding> quoted(std::string_view text) const;

  /// The danger prompts that are on (severity notice), in the template's order.
  const std::vector<const model::DangerPrompt*>& danger_prompts() const { return danger_prompts_; }
  /// The danger prompts' words in a text, one finding per prompt that finds some. `person_words`: the text
  /// is the person's words as a whole; otherwise the professional's, where a prompt on `quoted` words reads
  /// only what she quotes.
  std::vector<WordingFinding> danger(std::string_view text, bool person_words) const;

 private:
  Morphology morphology_;
  TokenPattern::Context patterns_;  ///< the words the rules name, numbered while they compile
  struct Compiled {
    const model::WordingRule* rule;
    Severity severity;
    Lexicon lexicon;
  };
  std::vector<WordingFinding> find(const SearchText& text, const std::vector<Token>& tokens, bool own) const;
  void compare(const SearchText& text, const std::vector<Token>& tokens, const Comparison& facts,
               std::vector<WordingFinding>& out) const;

  std::vector<Compiled> rules_;
  std::vector<const model::DangerPrompt*> danger_prompts_;
  std::vector<Compiled> danger_words_;  ///< the prompts that have words (some have only findings)
  Diagnostics problems_;
};

}  // namespace medcert::validate
