// SPDX-License-Identifier: Apache-2.0
// Who wrote which words of the findings: the professional's own text, where the wording rules apply, and
// the person's words, which are printed verbatim inside « » and exempt from them (DESIGN.md: provenance).
#pragma once

#include <vector>

#include "model/findings.hpp"

namespace medcert::validate {

/// The professional's own words (the field table's Authorship::own_words), in document order. Absent
/// values are left out.
std::vector<const model::Text*> own_texts(const model::Findings& findings);

/// The person's words (Authorship::quoted: the place of the facts, declarations, complaints). Absent values
/// are left out.
std::vector<const model::Text*> quoted_texts(const model::Findings& findings);

}  // namespace medcert::validate
