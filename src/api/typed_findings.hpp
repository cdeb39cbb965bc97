// SPDX-License-Identifier: Apache-2.0
// Typed findings (include/medcert/findings.hpp) become the loader's tree in memory, not text, so that they
// go through the same reading and checks as YAML/JSON and no rule is written twice.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <medcert/findings.hpp>

#include "model/findings.hpp"
#include "model/result.hpp"

namespace medcert::api {

/// The typed findings read into the model, with the diagnostics text would get; every value is located
/// at `name` without a line (the caller's object has none).
model::Result<model::Findings> load_typed(const Findings& findings, const std::string& name);

/// The field table's paths that a typed member holds: every row's (typed_findings_test checks it), so that a
/// new row without its member in include/medcert/findings.hpp fails.
std::vector<std::string_view> typed_paths();

}  // namespace medcert::api
