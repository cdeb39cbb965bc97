// validate/: checks findings against their template and the rules of docs/rules.md (required fields,
// vocabularies, identifiers, dates and their order, age, ITT, lesions, delivery). Never throws, never stops
// at the first error.
#pragma once

#include <cstdint>

#include "model/findings.hpp"
#include "model/template.hpp"

namespace medcert::validate {

/// `now` is Unix seconds: issuance may not be later (no postdating).
Diagnostics validate(const model::Template& tmpl, const model::Findings& findings, std::int64_t now);

}  // namespace medcert::validate
