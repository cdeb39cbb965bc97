// SPDX-License-Identifier: Apache-2.0
// YAML (or JSON) text → positioned tree: the only code that includes yaml-cpp.
#pragma once

#include <string>

#include "load/node_tree.hpp"
#include "model/limits.hpp"
#include "model/result.hpp"

namespace medcert::load {

/// The most bytes a kind of file may have, and the rule that says so.
struct SizeLimit {
  std::size_t bytes;
  const char* rule;
};
inline constexpr SizeLimit kFindingsSize{model::kMaxFindingsBytes, "F-SIZE"};
inline constexpr SizeLimit kConfigSize{model::kMaxTemplateBytes, "T-SIZE"};
inline constexpr SizeLimit kDiagramSize{model::kMaxDiagramBytes, "T-SIZE"};

/// The one document of `text`. No value, with the size rule, F-ENCODING, F-SYNTAX, F-NESTING, F-VALUES or
/// F-EMPTY, when the text cannot be read as a YAML document within the limits of model/limits.hpp; a value
/// with F-DUPLICATE-KEY (the first occurrence is kept) or F-TYPE (a key that is not a plain text) otherwise.
/// A UTF-8 byte order mark is skipped; CRLF line ends are fine.
model::Result<Node> parse_yaml(const std::string& text, const std::string& name, SizeLimit limit);

}  // namespace medcert::load
