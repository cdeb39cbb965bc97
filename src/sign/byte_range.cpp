// SPDX-License-Identifier: Apache-2.0
#include "sign/byte_range.hpp"

#include <algorithm>

#include "sign/openssl_ptr.hpp"

namespace medcert::sign {
namespace {

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

}  // namespace

std::optional<SignedRanges> check_byte_range(std::string_view file, const std::array<std::int64_t, 4>& numbers) {
  for (const auto n : numbers)
    if (n < 0 || static_cast<std::uint64_t>(n) > file.size()) return std::nullopt;
  const auto [start, first_length, second_start, second_length] = numbers;
  if (start != 0) return std::nullopt;
  // Both ranges lie inside the file (each number is at most its size, so the sum cannot overflow).
  if (second_start + second_length > static_cast<std::int64_t>(file.size())) return std::nullopt;
  // The hole holds at least "<>" plus one byte pair, and nothing but "<hex>".
  if (second_start - first_length < 4) return std::nullopt;
  const SignedRanges ranges{static_cast<std::size_t>(first_length), static_cast<std::size_t>(second_start),
                            static_cast<std::size_t>(second_start + second_length)};
  const auto hole = file.substr(ranges.hole_begin, ranges.hole_end - ranges.hole_begin);
  if (hole.front() != '<' || hole.back() != '>' || hole.size() % 2 != 0) return std::nullopt;
  if (!std::all_of(hole.begin() + 1, hole.end() - 1, is_hex)) return std::nullopt;
  return ranges;
}

std::string signed_content(std::string_view file, const SignedRanges& ranges) {
  std::string content;
  content.reserve(ranges.hole_begin + (ranges.signed_end - ranges.hole_end));
  content.append(file.substr(0, ranges.hole_begin));
  content.append(file.substr(ranges.hole_end, ranges.signed_end - ranges.hole_end));
  return content;
}

std::string hole_bytes(std::string_view file, const SignedRanges& ranges) {
  const auto hex = file.substr(ranges.hole_begin + 1, ranges.hole_end - ranges.hole_begin - 2);
  std::string bytes(hex.size() / 2, '\0');
  for (std::size_t i = 0; i < bytes.size(); ++i)
    bytes[i] = static_cast<char>(hex_value(hex[2 * i]) * 16 + hex_value(hex[2 * i + 1]));
  return bytes;
}

std::size_t hole_capacity(const SignedRanges& ranges) { return (ranges.hole_end - ranges.hole_begin - 2) / 2; }

std::optional<std::string> fill_hole(std::string_view file, const SignedRanges& ranges, std::string_view der) {
  if (der.size() > hole_capacity(ranges)) return std::nullopt;
  std::string filled(file);
  // Zeros, not PoDoFo's text placeholder: a reader sees a DER value followed by padding.
  std::string hex = to_hex(der);
  hex.resize(hole_capacity(ranges) * 2, '0');
  filled.replace(ranges.hole_begin + 1, hex.size(), hex);
  return filled;
}

}  // namespace medcert::sign
