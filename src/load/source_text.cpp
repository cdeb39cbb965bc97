// SPDX-License-Identifier: Apache-2.0
#include "load/source_text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/diag.hpp"

namespace medcert::load {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The length of the UTF-8 sequence at `pos`, or 0 when it is malformed (overlong forms, surrogates and
// code points above U+10FFFF included, as RFC 3629 says).
std::size_t sequence_length(std::string_view s, std::size_t pos) {
  const auto at = [&](std::size_t i) { return static_cast<unsigned char>(s[pos + i]); };
  const unsigned char lead = at(0);
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (pos + length > s.size()) return 0;
  if (at(1) < low || at(1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i)
    if (!is_continuation(at(i))) return 0;
  return length;
}

// C0 controls other than tab, LF and CR; DEL; C1 controls (U+0080..U+009F, encoded C2 80..C2 9F).
bool is_control(std::string_view s, std::size_t pos, std::size_t length) {
  const auto lead = static_cast<unsigned char>(s[pos]);
  if (length == 1) return (lead < 0x20 && lead != '\t' && lead != '\n' && lead != '\r') || lead == 0x7F;
  return length == 2 && lead == 0xC2 && static_cast<unsigned char>(s[pos + 1]) <= 0x9F;
}

std::string code_point_name(std::string_view s, std::size_t pos, std::size_t length) {
  const auto lead = static_cast<unsigned char>(s[pos]);
  const unsigned value = length == 1 ? lead : ((lead & 0x1Fu) << 6) | (static_cast<unsigned char>(s[pos + 1]) & 0x3Fu);
  return fmt::format("U+{:04X}", value);
}

Diagnostic encoding_error(std::string_view text, std::size_t pos, std::size_t length, const std::string& name) {
  const Location where = location_at(text, pos, name);
  if (length > 0) {
    const auto code = code_point_name(text, pos, length);
    return model::error("F-ENCODING.control", {}, where, {model::param("code", code)});
  }
  const auto byte = static_cast<unsigned char>(text[pos]);
  // UTF-16 starts with a byte order mark FF FE or FE FF: the usual "Unicode" of Windows editors.
  if (pos == 0 && text.size() >= 2 && (byte == 0xFF || byte == 0xFE))
    return model::error("F-ENCODING.utf16", {}, where);
  return model::error("F-ENCODING.byte", {}, where, {model::param("byte", fmt::format("0x{:02X}", byte))});
}

}  // namespace

int count_characters(std::string_view text) {
  int count = 0;
  for (const char c : text)
    if (!is_continuation(static_cast<unsigned char>(c))) ++count;
  return count;
}

std::size_t prefix_bytes(std::string_view text, std::size_t characters) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_continuation(static_cast<unsigned char>(text[i]))) continue;
    if (seen++ == characters) return i;
  }
  return text.size();
}

std::string excerpt(std::string_view text) {
  constexpr std::size_t kShown = 40;
  const auto bytes = prefix_bytes(text, kShown);
  return bytes == text.size() ? std::string(text) : std::string(text.substr(0, bytes)) + "…";
}

std::string_view without_bom(std::string_view text) {
  return text.substr(0, kBom.size()) == kBom ? text.substr(kBom.size()) : text;
}

std::optional<std::size_t> find_bad_character(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t length = sequence_length(text, pos);
    if (length == 0 || is_control(text, pos, length)) return pos;
    pos += length;
  }
  return std::nullopt;
}

std::optional<Diagnostic> check_encoding(std::string_view text, const std::string& name) {
  const auto bad = find_bad_character(text);
  if (!bad) return std::nullopt;
  const std::size_t length = sequence_length(text, *bad);
  return encoding_error(text, *bad, length, name);
}

Location location_at(std::string_view text, std::size_t offset, const std::string& name) {
  const auto line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  const std::size_t start = (line_start == std::string_view::npos || offset == 0) ? 0 : line_start + 1;
  const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(start), '\n');
  return Location{name, static_cast<int>(line), count_characters(text.substr(start, offset - start)) + 1};
}

Location mark_location(std::string_view text, int pos, int line, int column, const std::string& name) {
  if (pos < 0 || line < 0 || column < 0 || static_cast<std::size_t>(pos) > text.size() || column > pos)
    return Location{name, 0, 0};
  return Location{
      name, line + 1,
      count_characters(text.substr(static_cast<std::size_t>(pos - column), static_cast<std::size_t>(column))) + 1};
}

}  // namespace medcert::load
