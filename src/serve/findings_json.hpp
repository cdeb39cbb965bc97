// Findings between the form's JSON and the loader's positioned tree, for export and import.
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "load/node_tree.hpp"

namespace medcert::serve {

/// The most nested a findings value may be here, as in the loader (model::kMaxNesting).
inline constexpr int kMaxJsonDepth = 100;

/// A JSON value as a tree of texts (numbers and booleans as written), or nullopt when nested deeper than
/// kMaxJsonDepth.
std::optional<load::Node> to_node(const nlohmann::ordered_json& value);

/// A findings tree as JSON, each scalar typed by the field table (model/field_table.hpp): a boolean or a
/// number where the findings expect one (what the form's checkboxes and number fields hold), a string
/// elsewhere (`0123` in an identifier included). Findings themselves are written by pdf/findings_json.
nlohmann::ordered_json to_json(const load::Node& node);

}  // namespace medcert::serve
