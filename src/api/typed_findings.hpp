// Typed findings (include/medcert/findings.hpp) become the loader's tree in memory, not text, so that they
// go through the same reading and checks as YAML/JSON and no rule is written twice.
#pragma once

#include <string>

#include <medcert/findings.hpp>

#include "model/findings.hpp"
#include "model/result.hpp"

namespace medcert::api {

/// The typed findings read into the model, with the diagnostics text would get; every value is located
/// at `name` without a line (the caller's object has none).
model::Result<model::Findings> load_typed(const Findings& findings, const std::string& name);

}  // namespace medcert::api
