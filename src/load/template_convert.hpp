// SPDX-License-Identifier: Apache-2.0
// A resolved template tree (extends already merged) → model::Template, checking its shape (T-SCHEMA,
// T-DUPLICATE-ID): unknown keys, missing keys, block kinds, list sources, `required:` paths, conditions,
// capabilities and body scopes, wording rules (template_rules.hpp), the skeleton's parts.
#pragma once

#include "load/map_reader.hpp"
#include "load/node_tree.hpp"
#include "model/template.hpp"

namespace medcert::load {

/// `root` is the document's top-level mapping.
model::Template convert_template(const Node& root, Sink& sink);

}  // namespace medcert::load
