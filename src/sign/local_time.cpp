#include "sign/local_time.hpp"

#include <memory>

#include <unicode/timezone.h>

namespace medcert::sign {

model::DateTime at_offset(std::int64_t unix_seconds, std::int32_t offset_seconds) {
  const std::int64_t local = unix_seconds + offset_seconds;
  // Floor division: a time before 1970 still falls on the right day.
  const std::int64_t days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
  const std::int64_t second_of_day = local - days * 86400;
  model::DateTime out;
  out.date = model::civil_from_days(days);
  out.has_time = true;
  out.hour = static_cast<int>(second_of_day / 3600);
  out.minute = static_cast<int>(second_of_day / 60 % 60);
  out.second = static_cast<int>(second_of_day % 60);
  out.offset_minutes = offset_seconds / 60;
  return out;
}

std::optional<model::DateTime> local_time(std::int64_t unix_seconds, const std::string& zone_id) {
  const std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(zone_id)));
  if (!zone || *zone == icu::TimeZone::getUnknown()) return std::nullopt;
  std::int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  zone->getOffset(static_cast<UDate>(unix_seconds) * 1000.0, false, raw, dst, status);
  if (U_FAILURE(status)) return std::nullopt;
  return at_offset(unix_seconds, (raw + dst) / 1000);
}

}  // namespace medcert::sign
