// SPDX-License-Identifier: Apache-2.0
// The practice's time zone: conversions checked against the rules of each zone (ICU's database).
#include <catch2/catch.hpp>

#include "zone/time_zone.hpp"

using namespace medcert;
using model::parse_datetime;

namespace {

zone::TimeZone zone_of(std::string_view id) {
  auto found = zone::TimeZone::find(id);
  REQUIRE(found);
  return *found;
}

// "YYYY-MM-DD HH:MM ±HH:MM" of a date-time seen in `id`.
std::string seen_in(std::string_view id, std::string_view written) {
  const auto parsed = parse_datetime(written);
  REQUIRE(parsed);
  const auto local = zone_of(id).local(*parsed);
  const int offset = local.offset_minutes < 0 ? -local.offset_minutes : local.offset_minutes;
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d %c%02d:%02d", local.date.year, local.date.month,
                local.date.day, local.hour, local.minute, local.offset_minutes < 0 ? '-' : '+', offset / 60,
                offset % 60);
  return text;
}

std::int64_t instant_in(std::string_view id, std::string_view written) {
  const auto parsed = parse_datetime(written);
  REQUIRE(parsed);
  return zone_of(id).instant(*parsed);
}

}  // namespace

TEST_CASE("UTC becomes Paris time, winter and summer") {
  CHECK(seen_in("Europe/Paris", "2026-01-15T09:15:00Z") == "2026-01-15 10:15 +01:00");
  CHECK(seen_in("Europe/Paris", "2026-07-15T09:15:00Z") == "2026-07-15 11:15 +02:00");
  // Another offset is converted too: the same instant.
  CHECK(seen_in("Europe/Paris", "2026-07-15T05:15:00-04:00") == "2026-07-15 11:15 +02:00");
}

TEST_CASE("midnight crosses the date, and the year") {
  CHECK(seen_in("Europe/Paris", "2026-12-31T23:30:00Z") == "2027-01-01 00:30 +01:00");
  CHECK(seen_in("America/Guadeloupe", "2027-01-01T02:30:00Z") == "2026-12-31 22:30 -04:00");
}

TEST_CASE("the days the clocks change in Paris (last Sunday of March and of October)") {
  // 29 March 2026: at 01:00Z, 02:00 becomes 03:00.
  CHECK(seen_in("Europe/Paris", "2026-03-29T00:59:00Z") == "2026-03-29 01:59 +01:00");
  CHECK(seen_in("Europe/Paris", "2026-03-29T01:00:00Z") == "2026-03-29 03:00 +02:00");
  // 25 October 2026: at 01:00Z, 03:00 becomes 02:00 again.
  CHECK(seen_in("Europe/Paris", "2026-10-25T00:30:00Z") == "2026-10-25 02:30 +02:00");
  CHECK(seen_in("Europe/Paris", "2026-10-25T01:30:00Z") == "2026-10-25 02:30 +01:00");
}

TEST_CASE("local times: the skipped hour and the repeated hour") {
  const auto paris = zone_of("Europe/Paris");
  const auto wall = [](std::string_view text) { return *parse_datetime(text); };
  CHECK(paris.wall_time(wall("2026-03-29T01:30:00")) == zone::WallTime::regular);
  // 02:30 does not exist on 29 March: read with the winter offset, it is 03:30 summer time.
  CHECK(paris.wall_time(wall("2026-03-29T02:30:00")) == zone::WallTime::skipped);
  CHECK(instant_in("Europe/Paris", "2026-03-29T02:30:00") == instant_in("Europe/Paris", "2026-03-29T01:30:00Z"));
  CHECK(seen_in("Europe/Paris", "2026-03-29T02:30:00") == "2026-03-29 03:30 +02:00");
  // 02:30 happens twice on 25 October: the first, in summer time.
  CHECK(paris.wall_time(wall("2026-10-25T02:30:00")) == zone::WallTime::repeated);
  CHECK(instant_in("Europe/Paris", "2026-10-25T02:30:00") == instant_in("Europe/Paris", "2026-10-25T00:30:00Z"));
  CHECK(paris.wall_time(wall("2026-10-25T03:30:00")) == zone::WallTime::regular);
  // An ordinary local time is its own instant in the zone.
  CHECK(instant_in("Europe/Paris", "2026-11-20T14:30:00") == instant_in("Europe/Paris", "2026-11-20T14:30:00+01:00"));
}

TEST_CASE("overseas departments") {
  // Réunion: UTC+4 all year, no summer time.
  CHECK(seen_in("Indian/Reunion", "2026-01-15T09:15:00Z") == "2026-01-15 13:15 +04:00");
  CHECK(seen_in("Indian/Reunion", "2026-07-15T09:15:00Z") == "2026-07-15 13:15 +04:00");
  CHECK(zone_of("Indian/Reunion").wall_time(*parse_datetime("2026-03-29T02:30:00")) == zone::WallTime::regular);
  // Guadeloupe and Martinique: UTC-4; Guyane: UTC-3; Mayotte: UTC+3.
  CHECK(seen_in("America/Guadeloupe", "2026-07-15T09:15:00Z") == "2026-07-15 05:15 -04:00");
  CHECK(seen_in("America/Martinique", "2026-01-15T09:15:00Z") == "2026-01-15 05:15 -04:00");
  CHECK(seen_in("America/Cayenne", "2026-01-15T09:15:00Z") == "2026-01-15 06:15 -03:00");
  CHECK(seen_in("Indian/Mayotte", "2026-01-15T09:15:00Z") == "2026-01-15 12:15 +03:00");
  // A local time there is read with their offset.
  CHECK(instant_in("Indian/Reunion", "2026-01-15T13:15:00") == instant_in("Indian/Reunion", "2026-01-15T09:15:00Z"));
}

TEST_CASE("a date alone stays as it is, its instant is its local midnight") {
  const auto date = *parse_datetime("2026-11-19T00:00:00+01:00");
  model::DateTime alone{date.date};
  CHECK(zone_of("Europe/Paris").local(alone).date == date.date);
  CHECK_FALSE(zone_of("Europe/Paris").local(alone).has_time);
  CHECK(zone_of("Europe/Paris").instant(alone) == model::to_unix(date));
}

TEST_CASE("only zones of the database are found") {
  CHECK(zone::TimeZone::find("Europe/Paris"));
  CHECK(zone::TimeZone::find("Indian/Reunion")->id() == "Indian/Reunion");
  CHECK_FALSE(zone::TimeZone::find("Europe/Pariss"));
  CHECK_FALSE(zone::TimeZone::find(""));
  CHECK_FALSE(zone::TimeZone::find("GMT+03:00"));
  CHECK_FALSE(zone::TimeZone::find("Etc/Unknown"));
  CHECK(zone::TimeZone::first_known({"Nowhere/Else", "America/Cayenne"}).id() == "America/Cayenne");
  CHECK(zone::TimeZone::first_known({"", "Nowhere/Else"}).id() == "Europe/Paris");
}
