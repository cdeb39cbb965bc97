// SPDX-License-Identifier: Apache-2.0
// The template string interpreter: "{var}", "{var|capitalize}", "{var|upper}", optional parts "[...]"
// dropped when a placeholder inside is absent or empty, escapes "\{ \} \[ \]", and {phrase.NAME}
// for the template's named phrases (themselves template strings).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <medcert/diagnostics.hpp>

#include "compose/variables.hpp"
#include "model/document.hpp"

namespace medcert::compose {

struct Context {
  const Scope& scope;
  const std::map<std::string, std::string>& phrases;
  Location where;    ///< the template position: source of template text runs, place of diagnostics
  std::string path;  ///< names the template string in diagnostics, e.g. "sections.identite.blocks.engagement.text"
  bool multiline = false;                   ///< header lines: a value's line breaks are kept (one header line each)
  std::vector<std::string> passed_through;  ///< names written back as "{name}" for a later stage ({page})
};

/// The runs of a template string: template text, and each value with its own provenance and source.
/// The person's words come as their own run between "«\u202F" and "\u202F»". Unknown names and
/// syntax errors render as nothing here; check() reports them.
std::vector<model::Run> render(std::string_view text, const Context& context);

/// Reports syntax errors, unknown filters and filters on the person's words (T-SCHEMA), and unknown
/// variables or phrases (T-VARIABLE, with "did you mean"), at the context's template position.
void check(std::string_view text, const Context& context, Diagnostics& out);

/// T-VARIABLE: `name` is not among `known`, the names a template can use here ("did you mean" from them).
Diagnostic unknown_variable(std::string_view name, const std::vector<std::string>& known, const std::string& path,
                            const Location& where);

}  // namespace medcert::compose
