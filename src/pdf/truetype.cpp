// SPDX-License-Identifier: Apache-2.0
#include "pdf/truetype.hpp"

#include <cstdint>

namespace medcert::pdf {
namespace {

std::optional<std::uint32_t> u16(std::string_view data, std::size_t at) {
  if (at + 2 > data.size()) return std::nullopt;
  return static_cast<std::uint32_t>(static_cast<unsigned char>(data[at]) << 8 | static_cast<unsigned char>(data[at + 1]));
}

std::optional<std::uint32_t> u32(std::string_view data, std::size_t at) {
  const auto high = u16(data, at), low = u16(data, at + 2);
  if (!high || !low) return std::nullopt;
  return *high << 16 | *low;
}

/// The bytes of table `tag`, or an empty view when absent or out of bounds.
std::string_view table(std::string_view program, std::string_view tag) {
  const auto count = u16(program, 4);
  for (std::uint32_t i = 0; count && i < *count; ++i) {
    const std::size_t record = 12 + 16 * static_cast<std::size_t>(i);
    if (record + 16 > program.size()) break;
    if (program.substr(record, 4) != tag) continue;
    const auto offset = u32(program, record + 8), length = u32(program, record + 12);
    if (!offset || !length || *offset > program.size() || *length > program.size() - *offset) return {};
    return program.substr(*offset, *length);
  }
  return {};
}

}  // namespace

std::optional<TrueTypeFacts> read_truetype(std::string_view program) {
  const auto units = u16(table(program, "head"), 18);
  const auto glyphs = u16(table(program, "maxp"), 4);
  if (!units || !glyphs || *units == 0) return std::nullopt;
  TrueTypeFacts facts{static_cast<int>(*units), static_cast<int>(*glyphs), std::nullopt};
  const std::string_view os2 = table(program, "OS/2");
  if (const auto version = u16(os2, 0); version && *version >= 2)
    if (const auto cap = u16(os2, 88)) facts.cap_height = static_cast<std::int16_t>(*cap);
  return facts;
}

}  // namespace medcert::pdf
