// SPDX-License-Identifier: Apache-2.0
#include "load/scalars.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

#include "load/source_text.hpp"
#include "model/diag.hpp"
#include "model/limits.hpp"

namespace medcert::load {
namespace {

template <class T>
model::Field<T> absent(const Slot& slot) {
  return model::Field<T>{T{}, slot.where, slot.path, false};
}

template <class T>
model::Field<T> present(const Slot& slot, T value) {
  return model::Field<T>{std::move(value), slot.where, slot.path, true};
}

// The slot's text, or null when it is absent or (reported) not a text.
const std::string* scalar(const Slot& slot, std::string_view expected_fr, std::string_view expected_en) {
  if (!slot.value) return nullptr;
  if (slot.value->is_scalar()) return &slot.value->text;
  slot.type_error(expected_fr, expected_en, "F-TYPE.kind_text");
  return nullptr;
}

void value_error(const Slot& slot, const char* rule, const std::string& value, std::string_view expected_fr,
                 std::string_view expected_en) {
  slot.sink->report(rule, "F-TYPE.value", slot.path, slot.where,
                    {model::param("found", excerpt(value)),
                     model::param("expected", std::string(expected_fr), std::string(expected_en))});
}

bool all_digits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "2026-02-30" has the shape of a date but is none: said apart from a wrong shape.
bool looks_like_date(std::string_view s) {
  return s.size() >= 10 && all_digits(s.substr(0, 4)) && s[4] == '-' && all_digits(s.substr(5, 2)) && s[7] == '-' &&
         all_digits(s.substr(8, 2));
}

bool is_impossible_date(std::string_view s) { return looks_like_date(s) && !model::parse_date(s.substr(0, 10)); }

constexpr std::string_view kDateFr = "une date AAAA-MM-JJ, par exemple 1990-04-12";
constexpr std::string_view kDateEn = "a date YYYY-MM-DD, for example 1990-04-12";
constexpr std::string_view kOffsetFr =
    "une date et une heure, à l'heure locale du lieu d'exercice ou avec le décalage horaire, par exemple "
    "2026-11-20T14:30:00 ou 2026-11-20T14:30:00+01:00";
constexpr std::string_view kOffsetEn =
    "a date and time, in the practice's local time or with the UTC offset, for example 2026-11-20T14:30:00 or "
    "2026-11-20T14:30:00+01:00";
constexpr std::string_view kDateOrOffsetFr =
    "une date AAAA-MM-JJ, ou une date et une heure, par exemple 2026-11-19 ou 2026-11-19T22:00:00+01:00";
constexpr std::string_view kDateOrOffsetEn =
    "a date YYYY-MM-DD, or a date and time, for example 2026-11-19 or 2026-11-19T22:00:00+01:00";

void date_error(const Slot& slot, const std::string& value, std::string_view expected_fr, std::string_view expected_en) {
  const auto text = excerpt(value);
  if (is_impossible_date(value)) {
    slot.sink->report("F-DATE", "F-DATE.impossible", slot.path, slot.where,
                      {model::param("day", text.substr(0, 10)),
                       model::param("expected", std::string(expected_fr), std::string(expected_en))});
    return;
  }
  value_error(slot, "F-DATE", value, expected_fr, expected_en);
}

}  // namespace

model::Text to_text(const Slot& slot) {
  const auto* written = scalar(slot, "un texte", "a text");
  if (!written) return absent<std::string>(slot);
  std::string_view text = *written;
  if (slot.sink->rules.drop_final_line_breaks)
    while (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  const char* rule = slot.sink->rules.too_long;
  const auto kind = model::text_kind(slot.path);
  const auto limit = model::max_characters(kind);
  const auto length = static_cast<std::size_t>(count_characters(text));
  if (!rule || length <= limit) return present(slot, std::string(text));
  const bool line = kind == model::TextKind::line;
  slot.sink->report(rule, line ? "F-LENGTH.line" : "F-LENGTH.text", slot.path, slot.where,
                    {model::param("length", std::to_string(length)), model::param("limit", std::to_string(limit))});
  // Only the allowed length goes on to the other checks: their cost stays bounded.
  return present(slot, std::string(text.substr(0, prefix_bytes(text, limit))));
}

model::Field<int> to_int(const Slot& slot) {
  const auto* text = scalar(slot, "un nombre entier", "a whole number");
  if (!text) return absent<int>(slot);
  int value = 0;
  const auto* end = text->data() + text->size();
  const auto [ptr, ec] = std::from_chars(text->data(), end, value);
  if (ec == std::errc{} && ptr == end && !text->empty()) return present(slot, value);
  value_error(slot, slot.sink->rules.type, *text, "un nombre entier écrit en chiffres, par exemple 5",
              "a whole number written in digits, for example 5");
  return absent<int>(slot);
}

model::Field<bool> to_bool(const Slot& slot) {
  const auto* text = scalar(slot, "true ou false", "true or false");
  if (!text) return absent<bool>(slot);
  if (*text == "true" || *text == "false") return present(slot, *text == "true");
  value_error(slot, slot.sink->rules.type, *text, "true (oui) ou false (non)", "true or false");
  return absent<bool>(slot);
}

model::Field<double> to_decimal(const Slot& slot) {
  const auto* text = scalar(slot, "un nombre", "a number");
  if (!text) return absent<double>(slot);
  // An optional minus, digits, then optionally a point and digits: no exponent, no unit, no decimal comma.
  const std::string_view s = *text;
  const std::string_view digits = s.substr(!s.empty() && s.front() == '-' ? 1 : 0);
  const auto point = digits.find('.');
  const bool shape =
      all_digits(digits.substr(0, point)) && (point == std::string_view::npos || all_digits(digits.substr(point + 1)));
  double value = 0;
  if (shape && std::from_chars(s.data(), s.data() + s.size(), value).ec == std::errc{}) return present(slot, value);
  value_error(slot, slot.sink->rules.type, *text, "un nombre avec un point décimal et sans unité, par exemple 2.5",
              "a number with a decimal point and no unit, for example 2.5");
  return absent<double>(slot);
}

model::Field<model::CivilDate> to_date(const Slot& slot) {
  const auto* text = scalar(slot, kDateFr, kDateEn);
  if (!text) return absent<model::CivilDate>(slot);
  if (auto date = model::parse_date(*text)) return present(slot, *date);
  date_error(slot, *text, kDateFr, kDateEn);
  return absent<model::CivilDate>(slot);
}

model::Field<model::DateTime> to_datetime(const Slot& slot, TimeForm form) {
  const bool date_allowed = form == TimeForm::date_or_offset;
  const auto expected_fr = date_allowed ? kDateOrOffsetFr : kOffsetFr;
  const auto expected_en = date_allowed ? kDateOrOffsetEn : kOffsetEn;
  const auto* text = scalar(slot, expected_fr, expected_en);
  if (!text) return absent<model::DateTime>(slot);
  if (auto datetime = model::parse_datetime(*text)) return present(slot, *datetime);
  if (date_allowed)
    if (auto date = model::parse_date(*text)) return present(slot, model::DateTime{*date});
  date_error(slot, *text, expected_fr, expected_en);
  return absent<model::DateTime>(slot);
}

void report_missing(const Slot& slot, std::string_view example) {
  slot.sink->report("T-SCHEMA", "T-SCHEMA.missing", slot.path, slot.where,
                    {model::param("example", std::string(example))});
}

std::string required_text(const Slot& slot, std::string_view example) {
  if (!slot.value) report_missing(slot, example);
  return to_text(slot).value;
}

std::vector<model::Text> to_text_list(const Slot& slot, bool text_allowed) {
  std::vector<model::Text> texts;
  for (const auto& item : list_items(slot, "textes", "texts", text_allowed))
    if (auto text = to_text(item)) texts.push_back(std::move(text));
  return texts;
}

}  // namespace medcert::load
