// The findings paths a template's `required:` list may name (formats.md §1, without "findings.").
#pragma once

#include <string>
#include <vector>

namespace medcert::load {

/// Every value of the findings format, the optional sections (itt, examination.interpreter, ...) and the
/// lists (lesions, declarations, ...); not the members of list elements.
const std::vector<std::string>& findings_paths();

}  // namespace medcert::load
