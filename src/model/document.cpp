// SPDX-License-Identifier: Apache-2.0
#include "model/document.hpp"

namespace medcert::model {

const char* style_name(FontStyle style) {
  switch (style) {
    case FontStyle::bold: return "bold";
    case FontStyle::italic: return "italic";
    case FontStyle::regular: break;
  }
  return "regular";
}

std::string plain_text(const Document& doc) {
  std::string out;
  for (const auto& block : doc.blocks) {
    for (const auto& run : block.runs) out += run.text;
    out += '\n';
  }
  return out;
}

}  // namespace medcert::model
