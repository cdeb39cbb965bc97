// SPDX-License-Identifier: Apache-2.0
// The characters of every findings text, in one walk (model::for_each_text), the first problem of a value
// reported at the value (one report per value is enough to find it):
// - R-TXT-1: bidirectional controls. Invisible, they reorder what is printed (a name shown reversed, words
//   of the person's statement swapped): the PDF would not say what the file says.
// - R-TXT-2: other invisible format characters (Unicode category Cf: zero-width space, joiners, word
//   joiner, a byte order mark inside a text, the soft hyphen). They print nothing, yet they split words for
//   every program that reads the text: a name no longer matches a search, a wording rule no longer sees
//   « suite à ». An error, not a warning, so that the text checked is the text seen.
// - R-TXT-3: control characters the loader lets through (tab, line breaks). A line break is kept only in
//   the person's words, printed as she said them; elsewhere compose would split a name across header lines
//   or join lines with ", " (« Pleurs., Voix basse. »). A tab or a carriage return has no place in a
//   certificate. (The loader already drops the line break a YAML block scalar ends with.)
// - R-TXT-4: identifiers (RPPS, ADELI, ordinal number, tooth) are ASCII: a full-width or Arabic-Indic
//   digit looks right and is another number for every register.
// - R-TXT-5 (a warning): a word whose letters come from two scripts, « Ѕuite » with a Cyrillic « Ѕ ». Such a
//   word looks right and is another word for every search; the wording rules fold look-alikes (fold.hpp),
//   a register or a name search does not. A warning: a compound name may mix scripts for a reason.
// - R-TXT-6: more than kMaxCombiningMarks combining marks on one letter: stacked accents print as a smear
//   over the lines around them.
// - L-GLYPH, early: a character no embedded font can print. Above U+FFFF (an emoji, a rare ideogram)
//   nothing can print it (libharu's fonts are BMP-only); below, the engine's fonts decide. Layout checks
//   everything it prints once more, template text included, as a last line of defence.
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <optional>

#include <fmt/format.h>

#include "model/field_table.hpp"
#include "model/limits.hpp"
#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

constexpr UChar32 kLastPrintable = 0xFFFF;

bool is_bidi_control(UChar32 c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

bool is_line_break(UChar32 c) { return c == '\n' || c == 0x2028 || c == 0x2029; }

// The person's sentences (a quoted paragraph: declarations, complaints) keep her line breaks.
bool keeps_line_breaks(std::string_view path) {
  const auto* field = model::find_field(path);
  return field && field->authorship == model::Authorship::quoted && field->text_kind == model::TextKind::paragraph;
}

bool is_identifier(std::string_view path) {
  const auto* field = model::find_field(path);
  return field && field->authorship == model::Authorship::identifier;
}

std::string code_of(UChar32 c) { return fmt::format("U+{:04X}", static_cast<uint32_t>(c)); }

Diagnostic unprintable(const model::Text& text, UChar32 c, const std::string& shown) {
  if (c > kLastPrintable)
    return report(Severity::error, "L-GLYPH.no_font", text, {param("code", code_of(c)), param("character", shown)});
  return report(Severity::error, "L-GLYPH.missing", text, {param("code", code_of(c)), param("character", shown)});
}

// The diagnostic for character `c` (its UTF-8 bytes `shown`) of `text`, or nullopt when it may be printed.
// Invisible characters are named by their code only: quoting them would hide them again.
std::optional<Diagnostic> problem(const model::Text& text, UChar32 c, const std::string& shown,
                                  const model::FontMetrics* fonts) {
  if (is_bidi_control(c))
    return report(Severity::error, "R-TXT-1", text, {param("code", code_of(c))});
  if (c == '\t' || c == '\r' || (is_line_break(c) && !keeps_line_breaks(text.path)))
    return report(Severity::error,
                  c == '\t' ? "R-TXT-3.tab" : c == '\r' ? "R-TXT-3.carriage_return" : "R-TXT-3.line_break", text,
                  {param("code", code_of(c))});
  if (u_charType(c) == U_FORMAT_CHAR)
    return report(Severity::error, "R-TXT-2", text, {param("code", code_of(c))});
  if (c >= 0x80 && is_identifier(text.path))
    return report(Severity::error, "R-TXT-4", text, {param("code", code_of(c)), param("character", shown)});
  const bool printable = c >= 0 && c <= kLastPrintable &&
                         (fonts == nullptr || c < 0x20 || fonts->covers(model::FontStyle::regular, static_cast<char32_t>(c)));
  if (printable) return std::nullopt;
  return unprintable(text, c, shown);
}

bool is_mark(UChar32 c) {
  const auto type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

// The script of a letter, or USCRIPT_COMMON for what belongs to none (digits, marks, punctuation) and for
// the micro sign, Greek by Unicode but a unit's prefix in a Latin text (« 5 µg »).
UScriptCode script_of(UChar32 c) {
  if (c == 0x00B5) return USCRIPT_COMMON;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  return U_SUCCESS(status) && script != USCRIPT_INHERITED ? script : USCRIPT_COMMON;
}

std::string script_name(UScriptCode script, Language lang) {
  const bool fr = lang == Language::fr;
  switch (script) {
    case USCRIPT_LATIN: return fr ? "latin" : "Latin";
    case USCRIPT_CYRILLIC: return fr ? "cyrillique" : "Cyrillic";
    case USCRIPT_GREEK: return fr ? "grec" : "Greek";
    default: return uscript_getName(script);
  }
}

// R-TXT-5 at the first word of `text` whose letters come from two scripts; a word is a run of letters and marks.
std::optional<Diagnostic> mixed_script(const model::Text& text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.value.data());
  const auto length = static_cast<int32_t>(text.value.size());
  int32_t word = 0;
  UScriptCode first = USCRIPT_COMMON;
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (!u_isalpha(c) && !is_mark(c)) {
      first = USCRIPT_COMMON;
      word = i;
      continue;
    }
    const UScriptCode script = script_of(c);
    if (script == USCRIPT_COMMON) continue;
    if (first == USCRIPT_COMMON) first = script;
    if (script == first) continue;
    int32_t end = i;
    for (int32_t next = end; next < length; end = next) {
      U8_NEXT(bytes, next, length, c);
      if (!u_isalpha(c) && !is_mark(c)) break;
    }
    const auto from = static_cast<std::size_t>(word);
    return report(Severity::warning, "R-TXT-5", text,
                  {param("word", text.value.substr(from, static_cast<std::size_t>(end) - from)),
                   param("at", std::to_string(character_number(text.value, from))),
                   param("scripts", fmt::format("{}, {}", script_name(first, Language::fr), script_name(script, Language::fr)),
                         fmt::format("{}, {}", script_name(first, Language::en), script_name(script, Language::en)))});
  }
  return std::nullopt;
}

}  // namespace

void check_characters(const model::Findings& findings, const model::FontMetrics* fonts, Diagnostics& out) {
  model::for_each_text(findings, [&](const model::Text& text) {
    if (!text) return;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.value.data());
    const auto length = static_cast<int32_t>(text.value.size());
    int marks = 0;  // combining marks since the last character that is not one
    for (int32_t i = 0; i < length;) {
      UChar32 c = 0;
      const int32_t start = i;
      U8_NEXT(bytes, i, length, c);
      const auto from = static_cast<std::size_t>(start);
      marks = is_mark(c) ? marks + 1 : 0;
      if (marks > model::kMaxCombiningMarks) {
        out.push_back(report(Severity::error, "R-TXT-6", text,
                             {param("at", std::to_string(character_number(text.value, from))),
                              param("max", std::to_string(model::kMaxCombiningMarks))}));
        return;
      }
      if (auto found = problem(text, c, text.value.substr(from, static_cast<std::size_t>(i) - from), fonts)) {
        out.push_back(std::move(*found));
        return;
      }
    }
    if (auto mixed = mixed_script(text)) out.push_back(std::move(*mixed));
  });
}

}  // namespace medcert::validate
