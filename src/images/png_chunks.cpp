// SPDX-License-Identifier: Apache-2.0
#include "images/png_chunks.hpp"

#include <array>

namespace medcert::images {
namespace {

constexpr std::size_t kSignatureBytes = 8;
constexpr std::array<std::string_view, 6> kKept{"IHDR", "PLTE", "tRNS", "iCCP", "IDAT", "IEND"};

bool kept(std::string_view type) {
  for (const auto name : kKept)
    if (type == name) return true;
  return false;
}

}  // namespace

std::string decoding_chunks(std::string_view png) {
  std::string out(png.substr(0, kSignatureBytes));
  std::size_t at = out.size();
  // A chunk: 4 bytes of length (big-endian), 4 of type, the data, 4 of CRC.
  while (png.size() - at >= 12) {
    std::size_t length = 0;
    for (std::size_t i = 0; i < 4; ++i) length = length << 8 | static_cast<unsigned char>(png[at + i]);
    if (length > png.size() - at - 12) break;
    const std::size_t whole = length + 12;
    if (kept(png.substr(at + 4, 4))) out.append(png.substr(at, whole));
    at += whole;
  }
  out.append(png.substr(at));
  return out;
}

}  // namespace medcert::images
