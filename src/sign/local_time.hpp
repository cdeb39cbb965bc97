// The signing time as the practice reads its clock: a Unix time in an IANA time zone (ICU's zone data).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "model/datetime.hpp"

namespace medcert::sign {

/// Where the signed box's time is read until the practice's own zone reaches signing (issue 14, item 1).
inline constexpr const char* kDefaultTimeZone = "Europe/Paris";

/// The civil date and time at `unix_seconds` shifted by `offset_seconds` (0: UTC).
model::DateTime at_offset(std::int64_t unix_seconds, std::int32_t offset_seconds);

/// The civil date and time at `unix_seconds` in the zone `zone_id` ("Europe/Paris", "Indian/Reunion"), with
/// its UTC offset then (daylight saving time included); nullopt when ICU does not know the zone.
std::optional<model::DateTime> local_time(std::int64_t unix_seconds, const std::string& zone_id);

}  // namespace medcert::sign
