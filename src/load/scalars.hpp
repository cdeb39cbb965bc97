// SPDX-License-Identifier: Apache-2.0
// Scalars read as text, then converted where the model wants a number, a boolean or a date. A wrong value
// is a diagnostic (F-TYPE or the sink's type rule; F-DATE for dates) and leaves the field absent.
#pragma once

#include <vector>

#include "load/map_reader.hpp"
#include "model/datetime.hpp"
#include "model/field.hpp"

namespace medcert::load {

model::Text to_text(const Slot& slot);
/// A whole number written in digits ("5", not "cinq" nor "5.0").
model::Field<int> to_int(const Slot& slot);
/// true or false, nothing else ("oui", "yes" are refused).
model::Field<bool> to_bool(const Slot& slot);
/// A decimal number with a point ("2.5"), no unit, no exponent. Whether it is in range is validate/'s business.
model::Field<double> to_decimal(const Slot& slot);
/// YYYY-MM-DD, a date that exists.
model::Field<model::CivilDate> to_date(const Slot& slot);

enum class TimeForm {
  with_offset,     ///< YYYY-MM-DDTHH:MM[:SS], then ±HH:MM, Z or nothing (the practice's local time)
  date_or_offset,  ///< that, or a date alone
};
model::Field<model::DateTime> to_datetime(const Slot& slot, TimeForm form);

/// T-SCHEMA: a key a template or the font manifest must have is absent ("add for example key: example").
void report_missing(const Slot& slot, std::string_view example);
/// A text a template or the font manifest must have (report_missing when absent).
std::string required_text(const Slot& slot, std::string_view example);

/// A list of texts; with `text_allowed`, one text is accepted as a one-element list.
std::vector<model::Text> to_text_list(const Slot& slot, bool text_allowed = false);

}  // namespace medcert::load
