// The morphological table of the templates (model::LexiconTable) indexed for the wording rules: each
// folded word form ("griffees") → its analyses (lemma "griffer", parts of speech and features), so that
// a rule naming a lemma catches every inflection and spelling variant of it (docs/lexicon.md).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
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

  /// Empty when `table` is null.
  explicit Morphology(const model::LexiconTable* table);

  /// The analyses of a word: those of its exact spelling when the table has it (« violente » is not
  /// « violenté »), else those of every spelling that folds like it (« violentee », typed without
  /// accents, is « violentée »). Empty when the table does not hold the word.
  std::vector<const Analysis*> analyses(const std::u16string& folded, const std::u16string& spelling) const;
  /// Whether some form has this folded lemma: a rule naming a lemma the table lacks is a template error.
  bool knows(const std::u16string& folded_lemma) const { return lemmas_.count(folded_lemma) > 0; }
  bool empty() const { return forms_.empty(); }

 private:
  std::unordered_map<std::u16string, std::vector<Analysis>> forms_;
  std::set<std::u16string> lemmas_;
};

/// A folded ICU string as a standard one (the tables' and tokens' key).
std::u16string to_u16(const icu::UnicodeString& text);

/// A word as written, in lower case with its accents (NFC), typographic apostrophes made plain.
std::u16string spelling_of(std::string_view utf8);

}  // namespace medcert::validate
