// SPDX-License-Identifier: Apache-2.0
// A findings file's tree as the JSON a form holds (include/medcert/form.hpp, findings_form_json).
#pragma once

#include <nlohmann/json.hpp>

#include "load/node_tree.hpp"

namespace medcert::api {

/// A findings tree as JSON, each scalar typed by the field table (model/field_table.hpp): a boolean or a
/// number where the findings expect one (what the form's checkboxes and number fields hold), a string
/// elsewhere (`0123` in an identifier included). Findings themselves are written by pdf/findings_json.
nlohmann::ordered_json to_json(const load::Node& node);

}  // namespace medcert::api
