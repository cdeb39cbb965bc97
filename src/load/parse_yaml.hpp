// YAML (or JSON) text → positioned tree: the only code that includes yaml-cpp.
#pragma once

#include <string>

#include "load/node_tree.hpp"
#include "model/result.hpp"

namespace medcert::load {

/// The one document of `text`. No value, with F-ENCODING, F-SYNTAX or F-EMPTY, when the text cannot be
/// read as a YAML document; a value with F-DUPLICATE-KEY (the first occurrence is kept) or F-TYPE (a key
/// that is not a plain text) otherwise. A UTF-8 byte order mark is skipped; CRLF line ends are fine.
model::Result<Node> parse_yaml(const std::string& text, const std::string& name);

/// The deepest nesting of mappings and lists a document may have (ours need six).
inline constexpr int kMaxNesting = 100;

}  // namespace medcert::load
