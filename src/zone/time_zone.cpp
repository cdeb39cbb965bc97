// SPDX-License-Identifier: Apache-2.0
#include "zone/time_zone.hpp"

#include <unicode/gregocal.h>
#include <unicode/timezone.h>

namespace medcert::zone {

struct TimeZone::Rules {
  std::unique_ptr<const icu::TimeZone> zone;
};

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;
constexpr double kMillisecondsPerSecond = 1000.0;

// Floor division: instants before 1970 still fall on the right day.
std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

// The instant of a wall time in `zone`; `repeated` chooses the occurrence of an hour the clocks repeat.
// A skipped wall time is read with the offset in force before the change (ICU's UCAL_WALLTIME_LAST).
std::int64_t wall_instant(const icu::TimeZone& zone, const model::DateTime& local, UCalendarWallTimeOption repeated) {
  UErrorCode status = U_ZERO_ERROR;
  icu::GregorianCalendar calendar(zone, status);
  calendar.setRepeatedWallTimeOption(repeated);
  calendar.setSkippedWallTimeOption(UCAL_WALLTIME_LAST);
  calendar.clear();
  calendar.set(local.date.year, local.date.month - 1, local.date.day, local.hour, local.minute, local.second);
  const UDate when = calendar.getTime(status);
  if (U_FAILURE(status)) return model::to_unix(local);
  return static_cast<std::int64_t>(when / kMillisecondsPerSecond);
}

}  // namespace

std::optional<TimeZone> TimeZone::find(std::string_view id) {
  const auto unicode_id = icu::UnicodeString::fromUTF8(icu::StringPiece(id.data(), static_cast<int32_t>(id.size())));
  icu::UnicodeString canonical;
  UBool system = false;
  UErrorCode status = U_ZERO_ERROR;
  icu::TimeZone::getCanonicalID(unicode_id, canonical, system, status);
  // Custom ids ("GMT+03:00") are no zone of the database: they know no summer time.
  if (U_FAILURE(status) || !system) return std::nullopt;
  auto rules = std::make_shared<Rules>();
  rules->zone.reset(icu::TimeZone::createTimeZone(canonical));
  std::string name;
  canonical.toUTF8String(name);
  return TimeZone(std::move(name), std::move(rules));
}

TimeZone TimeZone::first_known(std::initializer_list<std::string_view> ids) {
  for (auto id : ids)
    if (auto zone = find(id)) return *zone;
  return *find(model::kDefaultTimeZone);
}

int TimeZone::offset_minutes(std::int64_t instant) const {
  int32_t raw = 0;
  int32_t dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  rules_->zone->getOffset(static_cast<UDate>(instant) * kMillisecondsPerSecond, false, raw, dst, status);
  return U_SUCCESS(status) ? (raw + dst) / 60000 : 0;
}

std::int64_t TimeZone::instant(const model::DateTime& datetime) const {
  if (datetime.has_time && datetime.anchor != model::Anchor::local) return model::to_unix(datetime);
  return wall_instant(*rules_->zone, datetime, UCAL_WALLTIME_FIRST);
}

WallTime TimeZone::wall_time(const model::DateTime& local) const {
  const std::int64_t first = wall_instant(*rules_->zone, local, UCAL_WALLTIME_FIRST);
  const model::DateTime read = this->local(first);
  if (read.hour != local.hour || read.minute != local.minute || read.date != local.date) return WallTime::skipped;
  return wall_instant(*rules_->zone, local, UCAL_WALLTIME_LAST) != first ? WallTime::repeated : WallTime::regular;
}

model::DateTime TimeZone::local(std::int64_t instant) const {
  const int offset = offset_minutes(instant);
  const std::int64_t wall = instant + std::int64_t{offset} * 60;
  const std::int64_t days = floor_div(wall, kSecondsPerDay);
  const auto seconds = static_cast<int>(wall - days * kSecondsPerDay);
  return model::DateTime{model::civil_from_days(days),
                         true,
                         seconds / 3600,
                         seconds / 60 % 60,
                         seconds % 60,
                         offset,
                         model::Anchor::offset};
}

model::DateTime TimeZone::local(const model::DateTime& datetime) const {
  return datetime.has_time ? local(instant(datetime)) : datetime;
}

}  // namespace medcert::zone
