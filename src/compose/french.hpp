// SPDX-License-Identifier: Apache-2.0
// French text for the certificate, with ICU: normalisation, dates, times, numbers, typography.
// The only place in compose/ that includes ICU.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/datetime.hpp"
#include "model/document.hpp"

namespace medcert::compose::french {

inline constexpr std::string_view kNoBreakSpace = "\u00A0";        ///< between a number and its unit
inline constexpr std::string_view kNarrowNoBreakSpace = "\u202F";  ///< before ; : ! ? and inside « »

/// Unicode NFC (a decomposed "e" + U+0301 becomes "é"). Invalid UTF-8 becomes U+FFFD.
std::string nfc(std::string_view text);

/// "20 novembre 2026", "1er mars 2026", a no-break space between the day and the month.
std::string long_date(const model::CivilDate& date);
/// The same in letters, as the signalement of a minor asks its birth date (HAS model): « premier mars deux mille
/// quatorze », « douze mars deux mille quatorze ».
std::string date_in_letters(const model::CivilDate& date);

/// "14 h 30", "9 h 05", "14 h" (no-break spaces around the "h").
std::string time_of_day(int hour, int minute);

/// Cardinal number in letters, traditional spelling: "vingt et un", "quatre-vingts", "quatre-vingt-onze".
std::string spellout(int number);

/// The preposition "de" before `words`, elided before a vowel: "d’un", "d’une"; not before "onze" and
/// "huit" (« de onze », « de huit »), which French does not elide.
std::string de(std::string_view words);

/// A decimal number as French writes it: "2,5", "4" (at most two decimals).
std::string decimal(double value);

/// The first letter in capitals ("œdème" → "Œdème"), the rest unchanged.
std::string capitalize(std::string_view text);

/// The first letter in lower case ("Elle" → "elle"), the rest unchanged.
std::string lower_first(std::string_view text);

/// All in capitals, accents kept ("Lefèvre" → "LEFÈVRE").
std::string upper(std::string_view text);

/// The template's apostrophes made typographic (U+2019): for the words medcert writes (template text,
/// vocabulary labels and forms), never for a value someone typed.
std::string typographic_apostrophes(std::string_view text);

/// French typography of one piece of text (template, computed or professional):
/// U+202F before ; : ! ? and inside « » (replacing an ordinary space, never doubling one),
/// U+00A0 between a number and its unit ("4 cm", "5 jours"), after "n°" ("n° 12") and between the pairs of
/// digits of a telephone number ("06 00 00 00 00"), runs of spaces collapsed. Apostrophes stay as typed.
std::string typography(std::string_view text);

/// The same over the runs of one block, seen as one text so that a rule can span two runs; in the template's
/// own text (Provenance::template_text), the apostrophe is the typographic one, ’.
/// Runs of the person's words (Provenance::patient_quote) are never changed; empty runs are removed.
void typography(std::vector<model::Run>& runs);

}  // namespace medcert::compose::french
