// SPDX-License-Identifier: Apache-2.0
#include "compose/french.hpp"

#include <algorithm>
#include <array>
#include <memory>

#include <fmt/format.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/numberformatter.h>
#include <unicode/rbnf.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace medcert::compose::french {
namespace {

constexpr char32_t kNbsp = 0x00A0;
constexpr char32_t kNnbsp = 0x202F;

icu::UnicodeString from_utf8(std::string_view text) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::u32string decode(std::string_view text) {
  std::u32string out;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    out.push_back(c < 0 ? char32_t{0xFFFD} : static_cast<char32_t>(c));
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  std::array<uint8_t, U8_MAX_LENGTH> buffer{};
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer.data(), length, static_cast<UChar32>(c));
  out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(length));
}

// ---- typography -------------------------------------------------------------------------------

// One character of a block, with the run it belongs to; `verbatim` characters (the person's words)
// are context for the rules but are never changed.
struct Char {
  char32_t c;
  std::size_t run;
  bool verbatim;
};

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == kNbsp || c == kNnbsp; }
bool is_high_punctuation(char32_t c) { return c == U';' || c == U':' || c == U'!' || c == U'?'; }
bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// "n°" (or "N°") just written at the end of `out`: a number follows, bound to it by a no-break space.
bool after_number_sign(const std::vector<Char>& out) {
  const std::size_t n = out.size();
  if (n < 2 || out[n - 1].c != U'°' || (out[n - 2].c != U'n' && out[n - 2].c != U'N')) return false;
  return n == 2 || !u_isalpha(static_cast<UChar32>(out[n - 3].c));
}

// A no-break space binds more than an ordinary one, a narrow one most: collapsing keeps the strongest.
int strength(char32_t space) { return space == kNnbsp ? 2 : space == kNbsp ? 1 : 0; }

// Units a number is kept with; each must be followed by a non-letter to count ("an" but not "année").
constexpr std::array<std::u32string_view, 27> kUnits = {
    U"cm",    U"mm",     U"m",      U"km",      U"g",       U"kg",       U"mg",    U"mL",     U"ml",
    U"h",     U"min",    U"jour",   U"jours",   U"semaine", U"semaines", U"mois",  U"an",     U"ans",
    U"heure", U"heures", U"minute", U"minutes", U"%",       U"°",        U"mètre", U"mètres", U"€"};

bool unit_at(const std::vector<Char>& in, std::size_t pos) {
  for (auto unit : kUnits) {
    if (pos + unit.size() > in.size()) continue;
    bool match = true;
    for (std::size_t k = 0; k < unit.size() && match; ++k) match = in[pos + k].c == unit[k];
    if (!match) continue;
    const std::size_t end = pos + unit.size();
    if (end == in.size() || !u_isalpha(static_cast<UChar32>(in[end].c))) return true;
  }
  return false;
}

// Two groups of two digits on either side of the space at `next - 1`: a French telephone number
// ("06 00 00 00 00") is never broken across lines.
bool digit_pairs(const std::vector<Char>& out, const std::vector<Char>& in, std::size_t next) {
  const std::size_t n = out.size();
  const bool pair_before = n >= 2 && is_digit(out[n - 1].c) && is_digit(out[n - 2].c) && (n == 2 || !is_digit(out[n - 3].c));
  const bool pair_after = next + 1 < in.size() && is_digit(in[next].c) && is_digit(in[next + 1].c) &&
                          (next + 2 == in.size() || !is_digit(in[next + 2].c));
  return pair_before && pair_after;
}

// True when the space about to be written at `next - 1` stands between a number and its unit
// ("4 cm", "cinq (5) jours"), around a multiplication sign between numbers ("4 × 2,5"), or inside a
// telephone number.
bool binds_number(const std::vector<Char>& out, const std::vector<Char>& in, std::size_t next) {
  if (out.empty() || next >= in.size()) return false;
  if (digit_pairs(out, in, next)) return true;
  const char32_t before = out.back().c;
  const bool after_number = is_digit(before) || (before == U')' && out.size() >= 2 && is_digit(out[out.size() - 2].c));
  if (after_number && (in[next].c == U'×' || unit_at(in, next))) return true;
  return before == U'×' && is_digit(in[next].c);
}

// Places where ; : ! ? take no space: at the start, after an opening bracket or another such sign
// ("?!"), inside a time or ratio ("14:30"), in an address ("https://").
bool punctuation_exempt(const std::vector<Char>& out, const std::vector<Char>& in, std::size_t i) {
  if (out.empty()) return true;
  const char32_t before = out.back().c;
  if (is_high_punctuation(before) || before == U'(' || before == U'[') return true;
  if (in[i].c != U':') return false;
  const bool digit_after = i + 1 < in.size() && is_digit(in[i + 1].c);
  const bool slashes_after = i + 2 < in.size() && in[i + 1].c == U'/' && in[i + 2].c == U'/';
  return (is_digit(before) && digit_after) || slashes_after;
}

std::vector<Char> set_type(const std::vector<Char>& in) {
  std::vector<Char> out;
  out.reserve(in.size() + 8);
  const auto free_space_before = [&out] { return !out.empty() && !out.back().verbatim && is_space(out.back().c); };
  for (std::size_t i = 0; i < in.size(); ++i) {
    const Char& ch = in[i];
    if (ch.verbatim) {
      out.push_back(ch);
      continue;
    }
    if (is_space(ch.c)) {
      const char32_t space = ch.c == U'\t' ? U' ' : ch.c;
      if (free_space_before()) {
        if (strength(space) > strength(out.back().c)) out.back().c = space;
        continue;
      }
      const bool binds = space == U' ' && (binds_number(out, in, i + 1) || after_number_sign(out));
      out.push_back({binds ? kNbsp : space, ch.run, false});
      continue;
    }
    if (after_number_sign(out) && is_digit(ch.c)) out.push_back({kNbsp, ch.run, false});
    const bool closing = ch.c == U'»';
    if (closing || (is_high_punctuation(ch.c) && !punctuation_exempt(out, in, i))) {
      if (free_space_before())
        out.back().c = kNnbsp;
      else if (!out.empty())
        out.push_back({kNnbsp, ch.run, false});
    }
    out.push_back(ch);
    // The space after « is written here; the ordinary spaces that follow collapse into it.
    if (ch.c == U'«') out.push_back({kNnbsp, ch.run, false});
  }
  return out;
}

// Changes the first character only; the rest is copied byte for byte.
std::string change_first(std::string_view text, UChar32 (*change)(UChar32)) {
  if (text.empty()) return {};
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t end = 0;
  UChar32 first = 0;
  U8_NEXT(s, end, static_cast<int32_t>(text.size()), first);
  if (first <= 0) return std::string(text);
  std::string out;
  append_utf8(out, static_cast<char32_t>(change(first)));
  out.append(text.substr(static_cast<std::size_t>(end)));
  return out;
}

// ---- ICU formatters, one per thread (RBNF and date formats are not meant for concurrent use) ----
// Null only when ICU's data is missing; callers then fall back to digits.

const icu::RuleBasedNumberFormat* spellout_format() {
  thread_local const auto format = [] {
    UErrorCode status = U_ZERO_ERROR;
    auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale::getFrench(), status);
    return U_SUCCESS(status) ? std::move(f) : nullptr;
  }();
  return format.get();
}

std::string_view month_name(int month) {
  static constexpr std::array<std::string_view, 12> kMonths = {"janvier", "février", "mars",     "avril",
                                                               "mai",     "juin",    "juillet",  "août",
                                                               "septembre", "octobre", "novembre", "décembre"};
  return kMonths[static_cast<std::size_t>(month - 1)];
}

}  // namespace

std::string nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  const icu::UnicodeString normalized = normalizer->normalize(from_utf8(text), status);
  return U_SUCCESS(status) ? to_utf8(normalized) : std::string(text);
}

std::string long_date(const model::CivilDate& date) {
  // Written from the civil date, not through ICU's calendar: that one is Julian before 15 October 1582, so a
  // date of 1500 would print ten days off and 1 January of year 1 as « 3 janvier 1 ». French writes the first
  // of the month as an ordinal, « 1er mars »; the day stays with its month at a line break.
  if (date.month < 1 || date.month > 12) return fmt::format("{:02}/{:02}/{}", date.day, date.month, date.year);
  return fmt::format("{}{}{}{} {}", date.day, date.day == 1 ? "er" : "", kNoBreakSpace, month_name(date.month),
                     date.year);
}

std::string date_in_letters(const model::CivilDate& date) {
  if (date.month < 1 || date.month > 12) return {};
  return fmt::format("{} {} {}", date.day == 1 ? std::string("premier") : spellout(date.day), month_name(date.month),
                     spellout(date.year));
}

std::string time_of_day(int hour, int minute) {
  if (minute == 0) return fmt::format("{}{}h", hour, kNoBreakSpace);
  return fmt::format("{}{}h{}{:02}", hour, kNoBreakSpace, kNoBreakSpace, minute);
}

std::string spellout(int number) {
  const auto* format = spellout_format();
  if (!format) return std::to_string(number);
  icu::UnicodeString text;
  format->format(static_cast<int32_t>(number), text);
  // ICU follows the 1990 spelling ("vingt-et-un"); certificates keep the traditional one.
  text.findAndReplace(u"-et-", u" et ");
  return to_utf8(text);
}

std::string de(std::string_view words) {
  const std::u32string text = decode(words);
  // Numbers in letters that begin with a vowel sound: "un", "une" elide; "onze" and "huit" (h aspiré) do not.
  static constexpr std::array<std::u32string_view, 4> kNoElision = {U"onze", U"onzième", U"huit", U"huitième"};
  const auto starts = [&text](std::u32string_view word) {
    return text.starts_with(word) && (text.size() == word.size() || !u_isalpha(static_cast<UChar32>(text[word.size()])));
  };
  const bool vowel = !text.empty() && std::u32string_view(U"aeiouyéèêâîôûAEIOUYÉ").find(text.front()) !=
                                          std::u32string_view::npos;
  const bool elides = vowel && std::none_of(kNoElision.begin(), kNoElision.end(), starts);
  return elides ? "d\u2019" + std::string(words) : "de " + std::string(words);
}

std::string decimal(double value) {
  static const auto formatter = icu::number::NumberFormatter::withLocale(icu::Locale::getFrench())
                                    .precision(icu::number::Precision::maxFraction(2));
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString text = formatter.formatDouble(value, status).toString(status);
  return U_SUCCESS(status) ? to_utf8(text) : fmt::format("{}", value);
}

std::string capitalize(std::string_view text) { return change_first(text, u_totitle); }

std::string lower_first(std::string_view text) { return change_first(text, u_tolower); }

std::string upper(std::string_view text) { return to_utf8(from_utf8(text).toUpper(icu::Locale::getFrench())); }

std::string typographic_apostrophes(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\'')
      out += "\u2019";
    else
      out += c;
  }
  return out;
}

std::string typography(std::string_view text) {
  std::vector<model::Run> runs{model::Run{std::string(text), model::Provenance::professional, {}, {}}};
  typography(runs);
  return runs.empty() ? std::string{} : runs.front().text;
}

void typography(std::vector<model::Run>& runs) {
  std::vector<Char> chars;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const bool verbatim = runs[r].provenance == model::Provenance::patient_quote;
    const bool template_text = runs[r].provenance == model::Provenance::template_text;
    for (char32_t c : decode(template_text ? typographic_apostrophes(runs[r].text) : runs[r].text))
      chars.push_back({c, r, verbatim});
  }
  const std::vector<Char> typeset = set_type(chars);
  for (auto& run : runs)
    if (run.provenance != model::Provenance::patient_quote) run.text.clear();
  for (const Char& ch : typeset)
    if (!ch.verbatim) append_utf8(runs[ch.run].text, ch.c);
  std::erase_if(runs, [](const model::Run& run) { return run.text.empty(); });
}

}  // namespace medcert::compose::french
