// SPDX-License-Identifier: Apache-2.0
// `when:` strings of templates → model::Condition: "var", "!var", "var == value", "var != value".
#pragma once

#include <optional>
#include <string_view>

#include "load/map_reader.hpp"
#include "model/template.hpp"

namespace medcert::load {

/// The condition a `when:` element writes; nullopt, with a T-SCHEMA diagnostic, when it is malformed.
/// Whether the variable exists is compose/'s business.
std::optional<model::Condition> parse_condition(const Slot& slot);

}  // namespace medcert::load
