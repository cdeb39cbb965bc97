// SPDX-License-Identifier: Apache-2.0
// Positioned tree → YAML text: what `medcert serve` exports, so a case typed in the form can be saved,
// reused, or given to `medcert render`. Lives here because load/ is the only stage that includes yaml-cpp.
#pragma once

#include <string>
#include <string_view>

#include "load/node_tree.hpp"

namespace medcert::load {

/// `document` as block-style YAML, after one `# comment` line per line of `comment` (none when empty).
/// A scalar is quoted whenever YAML would otherwise misread it (": ", a leading "[", "#", "&"...), so that
/// parse_yaml() reads back the same texts; locations are ignored.
std::string emit_yaml(const Node& document, std::string_view comment);

}  // namespace medcert::load
