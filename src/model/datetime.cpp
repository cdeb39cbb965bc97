// SPDX-License-Identifier: Apache-2.0
#include "model/datetime.hpp"

#include <cctype>

namespace medcert::model {
namespace {

// Reads exactly `n` digits at `pos`, advancing it.
std::optional<int> digits(std::string_view s, std::size_t& pos, std::size_t n) {
  if (pos + n > s.size()) return std::nullopt;
  int v = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = s[pos + i];
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  pos += n;
  return v;
}

bool expect(std::string_view s, std::size_t& pos, char c) {
  if (pos >= s.size() || s[pos] != c) return false;
  ++pos;
  return true;
}

std::optional<CivilDate> date_at(std::string_view s, std::size_t& pos) {
  auto y = digits(s, pos, 4);
  if (!y || !expect(s, pos, '-')) return std::nullopt;
  auto m = digits(s, pos, 2);
  if (!m || !expect(s, pos, '-')) return std::nullopt;
  auto d = digits(s, pos, 2);
  if (!d) return std::nullopt;
  CivilDate date{*y, *m, *d};
  if (!is_valid(date)) return std::nullopt;
  return date;
}

}  // namespace

int age_on(const CivilDate& birth, const CivilDate& day) {
  const bool birthday_passed = day.month > birth.month || (day.month == birth.month && day.day >= birth.day);
  return day.year - birth.year - (birthday_passed ? 0 : 1);
}

bool is_valid(const CivilDate& d) {
  if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  const int max = kDays[d.month - 1] + (d.month == 2 && leap ? 1 : 0);
  return d.day <= max;
}

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t days_from_civil(const CivilDate& d) {
  const std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = (d.month + 9) % 12;
  const std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return CivilDate{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

std::optional<CivilDate> parse_date(std::string_view text) {
  std::size_t pos = 0;
  auto d = date_at(text, pos);
  if (!d || pos != text.size()) return std::nullopt;
  return d;
}

std::optional<DateTime> parse_datetime(std::string_view text) {
  std::size_t pos = 0;
  auto d = date_at(text, pos);
  if (!d || !expect(text, pos, 'T')) return std::nullopt;
  DateTime dt{*d, true};
  auto h = digits(text, pos, 2);
  if (!h || !expect(text, pos, ':')) return std::nullopt;
  auto mi = digits(text, pos, 2);
  if (!mi) return std::nullopt;
  int sec = 0;
  if (pos < text.size() && text[pos] == ':') {
    ++pos;
    auto s = digits(text, pos, 2);
    if (!s) return std::nullopt;
    sec = *s;
  }
  if (*h > 23 || *mi > 59 || sec > 59) return std::nullopt;
  dt.hour = *h;
  dt.minute = *mi;
  dt.second = sec;
  if (pos == text.size()) {
    dt.anchor = Anchor::local;
    return dt;
  }
  const char sign = text[pos++];
  if (sign == 'Z') {
    dt.anchor = Anchor::utc;
  } else if (sign == '+' || sign == '-') {
    auto oh = digits(text, pos, 2);
    if (!oh || !expect(text, pos, ':')) return std::nullopt;
    auto om = digits(text, pos, 2);
    if (!om || *oh > 14 || *om > 59) return std::nullopt;
    dt.offset_minutes = (sign == '-' ? -1 : 1) * (*oh * 60 + *om);
  } else {
    return std::nullopt;
  }
  if (pos != text.size()) return std::nullopt;
  return dt;
}

std::int64_t to_unix(const DateTime& dt) {
  const std::int64_t local = days_from_civil(dt.date) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second;
  return dt.has_time && dt.anchor != Anchor::local ? local - dt.offset_minutes * 60 : local;
}

}  // namespace medcert::model
