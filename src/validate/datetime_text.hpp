// SPDX-License-Identifier: Apache-2.0
// Dates and instants as diagnostics show them, and their order in the practice's time zone.
#pragma once

#include <string>

#include "model/datetime.hpp"
#include "zone/time_zone.hpp"

namespace medcert::validate {

/// "2026-11-20".
std::string to_text(const model::CivilDate& date);
/// "+01:00", "-04:00": an offset of `minutes` east of UTC.
std::string offset_text(int minutes);
/// "2026-11-20 14:30 UTC+01:00" as written, "2026-11-20 14:30" for a local time, "2026-11-20" for a date alone.
std::string to_text(const model::DateTime& datetime);

/// Negative, zero or positive as `a` is before, at or after `b`, compared as instants in `zone`. A date alone
/// is compared as a date with the other value's local date in `zone`.
int compare(const model::DateTime& a, const model::DateTime& b, const zone::TimeZone& zone);

}  // namespace medcert::validate
