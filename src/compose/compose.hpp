// compose/: turns a template and findings into a Document of runs tagged with their provenance.
// Owns ICU for text: NFC, French dates ("1er"), numbers in letters, French typography.
#pragma once

#include "model/document.hpp"
#include "model/findings.hpp"
#include "model/result.hpp"
#include "model/template.hpp"

namespace medcert::compose {

/// Expects findings that passed validate() without errors; anything it still cannot compose
/// (an unknown placeholder in a template, say) is a diagnostic, not an exception.
model::Result<model::Document> compose(const model::Template& tmpl, const model::Findings& findings);

}  // namespace medcert::compose
