// SPDX-License-Identifier: Apache-2.0
#include "pdf/dates.hpp"

#include <fmt/format.h>

#include "model/datetime.hpp"

namespace medcert::pdf {
namespace {

struct Utc {
  model::CivilDate date;
  int hour, minute, second;
};

Utc utc(std::int64_t unix_seconds) {
  constexpr std::int64_t day = 86400;
  const std::int64_t days = unix_seconds >= 0 ? unix_seconds / day : (unix_seconds - day + 1) / day;
  const auto seconds = static_cast<int>(unix_seconds - days * day);
  return {model::civil_from_days(days), seconds / 3600, seconds / 60 % 60, seconds % 60};
}

}  // namespace

std::string pdf_date(std::int64_t unix_seconds) {
  const Utc t = utc(unix_seconds);
  return fmt::format("D:{:04}{:02}{:02}{:02}{:02}{:02}+00'00'", t.date.year, t.date.month, t.date.day, t.hour,
                     t.minute, t.second);
}

std::string xmp_date(std::int64_t unix_seconds) {
  const Utc t = utc(unix_seconds);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+00:00", t.date.year, t.date.month, t.date.day, t.hour,
                     t.minute, t.second);
}

}  // namespace medcert::pdf
