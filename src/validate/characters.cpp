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
// - L-GLYPH, early: a character no embedded font can print. Above U+FFFF (an emoji, a rare ideogram)
//   nothing can print it (libharu's fonts are BMP-only); below, the engine's fonts decide. Layout checks
//   everything it prints once more, template text included, as a last line of defence.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <optional>

#include <fmt/format.h>

#include "model/field_table.hpp"
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

}  // namespace

void check_characters(const model::Findings& findings, const model::FontMetrics* fonts, Diagnostics& out) {
  model::for_each_text(findings, [&](const model::Text& text) {
    if (!text) return;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.value.data());
    const auto length = static_cast<int32_t>(text.value.size());
    for (int32_t i = 0; i < length;) {
      UChar32 c = 0;
      const int32_t start = i;
      U8_NEXT(bytes, i, length, c);
      const auto from = static_cast<std::size_t>(start);
      if (auto found = problem(text, c, text.value.substr(from, static_cast<std::size_t>(i) - from), fonts)) {
        out.push_back(std::move(*found));
        return;
      }
    }
  });
}

}  // namespace medcert::validate
