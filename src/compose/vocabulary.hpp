// SPDX-License-Identifier: Apache-2.0
// Looking a findings code up in one of the template's vocabularies.
#pragma once

#include <string>
#include <string_view>

#include "model/template.hpp"

namespace medcert::compose {

/// The entry of `code` in the vocabulary `vocabulary`, or nullptr.
const model::VocabEntry* vocabulary_entry(const model::Template& tmpl, std::string_view vocabulary,
                                          std::string_view code);

/// The form `form` of an entry ("label", "article", "gender"...), or "" when the entry or form is absent.
std::string vocabulary_form(const model::VocabEntry* entry, const std::string& form);

/// The label of `code`; the code itself when the vocabulary does not know it (validate reports that).
std::string vocabulary_label(const model::Template& tmpl, std::string_view vocabulary, const std::string& code);

}  // namespace medcert::compose
