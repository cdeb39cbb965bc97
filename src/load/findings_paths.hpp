// SPDX-License-Identifier: Apache-2.0
// The findings paths a template's `required:` list may name (formats.md §1, without "findings.").
#pragma once

#include <string>
#include <vector>

namespace medcert::load {

/// The field table's requirable rows (model::FieldSpec::requirable): every value, optional section
/// (itt, examination.interpreter, ...) and list (lesions, declarations, ...), not the members of list
/// elements nor the top-level sections (author, patient, ...).
const std::vector<std::string>& findings_paths();

}  // namespace medcert::load
