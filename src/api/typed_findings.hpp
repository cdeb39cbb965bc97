// Typed findings (include/medcert/findings.hpp) become the text format, so that they go through the
// same loader and checks as YAML/JSON and no rule is written twice.
#pragma once

#include <string>

#include <medcert/diagnostics.hpp>
#include <medcert/findings.hpp>

namespace medcert::api {

/// The findings as a JSON document in the format of docs/findings-format.md.
std::string findings_json(const Findings& findings);

/// Diagnostics about generated text point at lines the caller never saw: keep the path, drop the line.
void forget_lines(Diagnostics& diagnostics, const std::string& name);

}  // namespace medcert::api
