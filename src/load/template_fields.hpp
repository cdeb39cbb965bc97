// SPDX-License-Identifier: Apache-2.0
// Shape checks shared by the readers of a template's parts: closed lists of values and unique ids.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "load/map_reader.hpp"

namespace medcert::load {

/// A text from a closed list; `fallback` when absent (or, with an empty fallback, a missing-key error).
/// Another value is T-SCHEMA, with "did you mean" or the allowed values.
std::string one_of(const Slot& slot, const std::vector<std::string>& allowed, const std::string& fallback = {});

/// T-DUPLICATE-ID for an id seen before in the same list.
void check_unique(std::set<std::string>& seen, const std::string& id, const Slot& slot);

}  // namespace medcert::load
