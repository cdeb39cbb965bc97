// SPDX-License-Identifier: Apache-2.0
#include "validate/datetime_text.hpp"

#include <cstdlib>

#include <fmt/core.h>

namespace medcert::validate {

std::string to_text(const model::CivilDate& date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

std::string offset_text(int minutes) {
  const int offset = std::abs(minutes);
  return fmt::format("{}{:02}:{:02}", minutes < 0 ? '-' : '+', offset / 60, offset % 60);
}

std::string to_text(const model::DateTime& datetime) {
  if (!datetime.has_time) return to_text(datetime.date);
  const auto clock = fmt::format("{} {:02}:{:02}", to_text(datetime.date), datetime.hour, datetime.minute);
  if (datetime.anchor == model::Anchor::local) return clock;
  return fmt::format("{} UTC{}", clock, offset_text(datetime.offset_minutes));
}

int compare(const model::DateTime& a, const model::DateTime& b, const zone::TimeZone& zone) {
  if (a.has_time && b.has_time) {
    const auto ua = zone.instant(a);
    const auto ub = zone.instant(b);
    return ua < ub ? -1 : ua > ub ? 1 : 0;
  }
  const auto da = zone.local(a).date;
  const auto db = zone.local(b).date;
  return da < db ? -1 : db < da ? 1 : 0;
}

}  // namespace medcert::validate
