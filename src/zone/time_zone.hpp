// SPDX-License-Identifier: Apache-2.0
// zone/: the practice's time zone (an IANA id such as "Europe/Paris" or "Indian/Reunion"), with ICU's
// rules: a date-time written with "Z" or an offset is turned into the practice's local time, one written
// without offset is read as local time. validate/ compares the instants, compose/ prints the local time.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "model/datetime.hpp"

namespace medcert::zone {

/// Where a local wall time falls on a day the clocks change.
enum class WallTime : unsigned char {
  regular,
  skipped,   ///< inside the hour skipped in spring: read with the offset before the change (02:30 is 03:30)
  repeated,  ///< inside the hour repeated in autumn: read as its first occurrence (summer time)
};

/// A time zone of ICU's database. Cheap to copy; its const members may be called from several threads.
class TimeZone {
 public:
  /// Nullopt for an id that is not a zone of the database ("Europe/Pariss", "CET+1", "").
  static std::optional<TimeZone> find(std::string_view id);
  /// The zone of the first id the database knows ("" is none): the findings' zone, then the engine's;
  /// model::kDefaultTimeZone when none is known.
  static TimeZone first_known(std::initializer_list<std::string_view> ids);

  /// The canonical IANA id ("Europe/Paris").
  const std::string& id() const { return id_; }

  /// UTC offset, in minutes east, at Unix seconds `instant`.
  int offset_minutes(std::int64_t instant) const;

  /// Unix seconds of a date-time with time: its own offset when it has one, else its wall time here.
  /// A date alone: its local midnight here.
  std::int64_t instant(const model::DateTime& datetime) const;

  /// Whether a wall time here is skipped or repeated by a change of the clocks.
  WallTime wall_time(const model::DateTime& local) const;

  /// The local date and time here at Unix seconds `instant`, with the offset in force (anchor offset).
  model::DateTime local(std::int64_t instant) const;

  /// A date-time seen here: the same instant in local time; a date alone unchanged.
  model::DateTime local(const model::DateTime& datetime) const;

 private:
  struct Rules;
  TimeZone(std::string id, std::shared_ptr<const Rules> rules) : id_(std::move(id)), rules_(std::move(rules)) {}
  std::string id_;
  std::shared_ptr<const Rules> rules_;
};

}  // namespace medcert::zone
