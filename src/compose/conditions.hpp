// SPDX-License-Identifier: Apache-2.0
// `when:` conditions of sections and blocks: "var", "!var", "var == value", "var != value".
#pragma once

#include <string>
#include <vector>

#include <medcert/diagnostics.hpp>

#include "compose/variables.hpp"
#include "model/template.hpp"

namespace medcert::compose {

/// True when every condition holds. A vocabulary value compares its code ("itt.mode == fixed");
/// any other value its text. An unknown variable counts as absent (check_conditions reports it).
bool holds(const std::vector<model::Condition>& conditions, const Scope& scope);

/// T-VARIABLE for each condition naming an unknown variable, at the condition's position
/// (or `where` when the condition has none).
void check_conditions(const std::vector<model::Condition>& conditions, const Scope& scope, const std::string& path,
                      const Location& where, Diagnostics& out);

}  // namespace medcert::compose
