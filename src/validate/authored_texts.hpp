// Who wrote which words of the findings: the professional's own text, where the wording rules apply, and
// the person's words, which are printed verbatim inside « » and exempt from them (DESIGN.md: provenance).
#pragma once

#include <vector>

#include "model/findings.hpp"

namespace medcert::validate {

/// The professional's free text: examination place, lesion details (location_detail, aspect, note),
/// negative findings, psychological state, functional impact, complementary exams and their results,
/// place of issuance. Absent values are left out.
std::vector<const model::Text*> own_texts(const model::Findings& findings);

/// The person's words: the place of the facts, declarations, complaints. Absent values are left out.
std::vector<const model::Text*> quoted_texts(const model::Findings& findings);

}  // namespace medcert::validate
