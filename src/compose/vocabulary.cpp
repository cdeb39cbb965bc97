// SPDX-License-Identifier: Apache-2.0
#include "compose/vocabulary.hpp"

#include "compose/french.hpp"
#include "model/lesion_count.hpp"

namespace medcert::compose {

const model::VocabEntry* vocabulary_entry(const model::Template& tmpl, std::string_view vocabulary,
                                          std::string_view code) {
  return model::find_entry(tmpl, vocabulary, code);
}

std::string vocabulary_form(const model::VocabEntry* entry, const std::string& form) {
  // Vocabulary words are the template's: typographic apostrophes, as in its sentences.
  return entry ? french::typographic_apostrophes(french::nfc(entry->form(form))) : std::string{};
}

std::string vocabulary_label(const model::Template& tmpl, std::string_view vocabulary, const std::string& code) {
  const auto* entry = vocabulary_entry(tmpl, vocabulary, code);
  return entry ? vocabulary_form(entry, "label") : french::nfc(code);
}

}  // namespace medcert::compose
