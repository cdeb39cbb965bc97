#include "validate/datetime_text.hpp"

#include <cstdlib>

#include <fmt/core.h>

namespace medcert::validate {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

// Floor division: instants before 1970 still fall on the right day.
std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

}  // namespace

std::string to_text(const model::CivilDate& date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

std::string to_text(const model::DateTime& datetime) {
  if (!datetime.has_time) return to_text(datetime.date);
  const int offset = std::abs(datetime.offset_minutes);
  return fmt::format("{} {:02}:{:02} UTC{}{:02}:{:02}", to_text(datetime.date), datetime.hour, datetime.minute,
                     datetime.offset_minutes < 0 ? '-' : '+', offset / 60, offset % 60);
}

model::DateTime local_datetime(std::int64_t instant, int offset_minutes) {
  const std::int64_t local = instant + std::int64_t{offset_minutes} * 60;
  const std::int64_t days = floor_div(local, kSecondsPerDay);
  const auto seconds = static_cast<int>(local - days * kSecondsPerDay);
  return model::DateTime{
      model::civil_from_days(days), true, seconds / 3600, seconds / 60 % 60, seconds % 60, offset_minutes};
}

int compare(const model::DateTime& a, const model::DateTime& b) {
  if (a.has_time && b.has_time) {
    const auto ua = model::to_unix(a);
    const auto ub = model::to_unix(b);
    return ua < ub ? -1 : ua > ub ? 1 : 0;
  }
  return a.date < b.date ? -1 : b.date < a.date ? 1 : 0;
}

}  // namespace medcert::validate
