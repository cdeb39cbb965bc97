// SPDX-License-Identifier: Apache-2.0
// The morphological table of the templates (model::LexiconTable) as the wording rules read it: each
// folded word form ("griffees") → its analyses (lemma "griffer", parts of speech and features), so that
// a rule naming a lemma catches every inflection and spelling variant of it (docs/lexicon.md). The table
// is sorted by its folded key: a word is found by a binary search in the text as read, so that a
// process that checks one document pays for the few words it looks up, not for the whole table.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/unistr.h>

#include "model/template.hpp"

namespace medcert::validate {

/// A coarse part of speech or feature of hunspell's analysis, as bits (docs/lexicon.md lists them).
using Tags = std::uint32_t;

/// The bit of a tag name ("ppas", "nom", "fem"…), or nullopt for a name the table never writes.
std::optional<Tags> tag_named(std::string_view name);

class Morphology {
 public:
  struct Analysis {
    std::u16string lemma;     ///< folded, as the words it is compared with
    Tags tags = 0;
    std::u16string spelling;  ///< the form as the dictionary spells it, in lower case (spelling_of)
  };

  /// Empty when `table` is null. The table must outlive this object; its lines must be in key order
  /// (the generator's; the lexicon_fresh test keeps the committed table so).
  explicit Morphology(const model::LexiconTable* table);

  /// The analyses of a word: those of its exact spelling when the table has it (« violente » is not
  /// « violenté »), else those of every spelling that folds like it (« violentee », typed without
  /// accents, is « violentée »). Empty when the table does not hold the word.
  /// `written`: the word as the text has it (its spelling is compared only when the table holds it).
  std::vector<Analysis> analyses(const std::u16string& folded, std::string_view written) const;
  /// Whether the table has this folded lemma: a rule naming a lemma it lacks is a template error.
  bool knows(const std::u16string& folded_lemma) const;

 private:
  /// The table's lines whose key is `folded`: "key<TAB>spelling<TAB>lemma<TAB>lemma key<TAB>tags".
  std::vector<std::string_view> lines_of(const std::u16string& folded) const;

  std::string_view data_;  ///< the table's lines after its comments, in key order
};

/// A word as written, in lower case with its accents (NFC), typographic apostrophes made plain.
std::u16string spelling_of(std::string_view utf8);

}  // namespace medcert::validate
