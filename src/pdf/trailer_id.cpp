// SPDX-License-Identifier: Apache-2.0
#include "pdf/trailer_id.hpp"

#include <stdexcept>

#include "pdf/sha256.hpp"

namespace medcert::pdf {

void set_content_id(std::string& pdf) {
  constexpr std::size_t kHexLength = 32;  // 16 bytes, as PoDoFo writes them
  const std::string id = sha256_hex(pdf).substr(0, kHexLength);
  const auto trailer = pdf.rfind("trailer");
  const auto key = trailer == std::string::npos ? std::string::npos : pdf.find("/ID", trailer);
  std::size_t at = key;
  for (int i = 0; i < 2; ++i) {
    const auto open = at == std::string::npos ? at : pdf.find('<', at);
    if (open == std::string::npos || open + 1 + kHexLength >= pdf.size() || pdf[open + 1 + kHexLength] != '>')
      throw std::runtime_error("the trailer has no /ID of two 16-byte strings");
    pdf.replace(open + 1, kHexLength, id);
    at = open + 2 + kHexLength;
  }
}

}  // namespace medcert::pdf
