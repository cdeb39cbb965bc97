// SPDX-License-Identifier: Apache-2.0
#include "verify/pdf_date.hpp"

#include "model/datetime.hpp"

namespace medcert::verify {
namespace {

// Reads `width` digits at `pos` into `value`; false (and `pos` unchanged) when they are not there.
bool digits(std::string_view text, std::size_t& pos, std::size_t width, int& value) {
  if (pos + width > text.size()) return false;
  int read = 0;
  for (std::size_t i = 0; i < width; ++i) {
    const char c = text[pos + i];
    if (c < '0' || c > '9') return false;
    read = read * 10 + (c - '0');
  }
  value = read;
  pos += width;
  return true;
}

// "Z", "+HH'mm'", "+HH'mm", "+HH" or nothing, as minutes east of UTC; nullopt for anything else.
std::optional<int> offset_minutes(std::string_view rest) {
  if (rest.empty() || rest == "Z" || rest == "Z00'00'" || rest == "Z00'00") return 0;
  const char sign = rest.front();
  if (sign != '+' && sign != '-') return std::nullopt;
  std::size_t pos = 1;
  int hours = 0, minutes = 0;
  if (!digits(rest, pos, 2, hours)) return std::nullopt;
  if (pos < rest.size() && rest[pos] == '\'') ++pos;
  if (pos < rest.size() && !digits(rest, pos, 2, minutes)) return std::nullopt;
  if (pos < rest.size() && rest[pos] == '\'') ++pos;
  if (pos != rest.size() || hours > 23 || minutes > 59) return std::nullopt;
  return (sign == '-' ? -1 : 1) * (hours * 60 + minutes);
}

}  // namespace

std::optional<std::int64_t> parse_pdf_date(std::string_view text) {
  std::size_t pos = text.substr(0, 2) == "D:" ? 2 : 0;
  model::CivilDate date{0, 1, 1};
  int hour = 0, minute = 0, second = 0;
  if (!digits(text, pos, 4, date.year)) return std::nullopt;
  // Month, day, hour, minute, second: each optional, but only in this order.
  for (int* field : {&date.month, &date.day, &hour, &minute, &second})
    if (!digits(text, pos, 2, *field)) break;
  const auto offset = offset_minutes(text.substr(pos));
  if (!offset || !model::is_valid(date) || hour > 23 || minute > 59 || second > 59) return std::nullopt;
  return model::days_from_civil(date) * 86400 + hour * 3600 + minute * 60 + second -
         static_cast<std::int64_t>(*offset) * 60;
}

}  // namespace medcert::verify
