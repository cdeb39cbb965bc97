// Dates and instants as diagnostics show them, and the clock's "now" seen in a given UTC offset.
#pragma once

#include <cstdint>
#include <string>

#include "model/datetime.hpp"

namespace medcert::validate {

/// "2026-11-20".
std::string to_text(const model::CivilDate& date);
/// "2026-11-20 14:30 UTC+01:00", or "2026-11-20" for a date alone.
std::string to_text(const model::DateTime& datetime);

/// The local date-time of Unix seconds `instant` in a zone of `offset_minutes` east of UTC.
model::DateTime local_datetime(std::int64_t instant, int offset_minutes);

/// Negative, zero or positive as `a` is before, at or after `b`. A date alone is compared as a date with the
/// other value's local date (its own offset's calendar day).
int compare(const model::DateTime& a, const model::DateTime& b);

}  // namespace medcert::validate
