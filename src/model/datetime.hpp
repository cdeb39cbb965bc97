// SPDX-License-Identifier: Apache-2.0
// Calendar dates and ISO 8601 date-times with a UTC offset, as findings carry them.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace medcert::model {

struct CivilDate {
  int year = 0;
  int month = 0;  ///< 1..12
  int day = 0;    ///< 1..31
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

/// The practice's time zone when neither the findings nor the engine name one.
inline constexpr std::string_view kDefaultTimeZone = "Europe/Paris";

/// How a date-time was tied to UTC: "Z", an offset "±HH:MM", or nothing (the practice's local time,
/// which only its time zone turns into an instant: zone/time_zone.hpp).
enum class Anchor : unsigned char { utc, offset, local };

/// A date and time as written ("2026-11-20T14:30:00+01:00", "…T13:30Z", "…T14:30" local),
/// or a date alone when `has_time` is false (a declared date of facts may have no hour).
struct DateTime {
  CivilDate date;
  bool has_time = false;
  int hour = 0;
  int minute = 0;
  int second = 0;
  int offset_minutes = 0;  ///< meaningful only with has_time and an anchor other than local
  Anchor anchor = Anchor::offset;
};

bool is_valid(const CivilDate& d);
/// Completed years on `day`; one born on 29 February is a year older on 1 March of a common year.
int age_on(const CivilDate& birth, const CivilDate& day);
/// The age of majority in France (code civil art. 388, 414).
inline constexpr int kAgeOfMajority = 18;
/// Days since 1970-01-01 (proleptic Gregorian).
std::int64_t days_from_civil(const CivilDate& d);
CivilDate civil_from_days(std::int64_t days);

/// Parses "YYYY-MM-DD". Nullopt on any other shape or an impossible date.
std::optional<CivilDate> parse_date(std::string_view text);
/// Parses "YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]"; without offset, the anchor is local. Nullopt otherwise.
std::optional<DateTime> parse_datetime(std::string_view text);

/// Unix seconds of a date-time with time and offset; for a date alone or a local time, as if it were UTC
/// (a local time's instant needs its zone: zone::TimeZone::instant).
std::int64_t to_unix(const DateTime& dt);

}  // namespace medcert::model
