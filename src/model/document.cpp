#include "model/document.hpp"

namespace medcert::model {

std::string plain_text(const Document& doc) {
  std::string out;
  for (const auto& block : doc.blocks) {
    for (const auto& run : block.runs) out += run.text;
    out += '\n';
  }
  return out;
}

}  // namespace medcert::model
