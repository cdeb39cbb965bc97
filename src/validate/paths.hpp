// SPDX-License-Identifier: Apache-2.0
// Findings paths ("patient.birth_date", the language of a template's `required:` list) resolved to what the
// findings hold there, with a description that tells the author what to write.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <medcert/diagnostics.hpp>

#include "model/findings.hpp"

namespace medcert::validate {

struct Probe {
  bool present = false;  ///< lists count as present when not empty
  Location where;        ///< the value's position, or its parent mapping's when absent
  std::string path;      ///< "findings.patient.birth_date"
};

/// What a field is, in words, and a value to show in "add `key: example`".
struct FieldDescription {
  std::string_view fr;
  std::string_view en;
  std::string_view example;
};

struct Resolved {
  Probe probe;
  FieldDescription description;
};

/// Nullopt for a path that names no field of the findings format.
std::optional<Resolved> resolve(const model::Findings& findings, std::string_view path);

}  // namespace medcert::validate
