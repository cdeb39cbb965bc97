// SPDX-License-Identifier: Apache-2.0
// The findings as the certificate embeds them: a canonical JSON document in the input format of
// docs/findings-format.md (so `medcert extract` output is itself valid findings), values only: no
// positions, no absent values, keys sorted, two-space indentation, UTF-8, one final newline. The same
// findings always give the same bytes, which is what the XMP findings hash is taken over.
// The one writer of findings as JSON: it writes every row of the field table (model/field_table.hpp);
// tests/e2e/pdfa.sh compares the extracted JSON with each example's YAML and fails on a value left out.
#pragma once

#include <string>

#include "model/findings.hpp"

namespace medcert::pdf {

std::string findings_json(const model::Findings& findings);

}  // namespace medcert::pdf
