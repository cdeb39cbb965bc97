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
    return report(Severity::error, "L-GLYPH", text,
                  fmt::format("le caractère {} « {} » ne peut pas être imprimé dans le certificat (aucune "
                              "police embarquée ne le contient) : décrivez-le en toutes lettres ou supprimez-le",
                              code_of(c), shown),
                  fmt::format("the character {} \"{}\" cannot be printed in the certificate (no embedded "
                              "font has it): describe it in words or remove it",
                              code_of(c), shown));
  return report(Severity::error, "L-GLYPH", text,
                fmt::format("le caractère {} « {} » manque à la police du certificat : écrivez-le autrement "
                            "(en lettres latines, tel que sur la pièce d'identité) ou supprimez-le",
                            code_of(c), shown),
                fmt::format("the character {} \"{}\" is missing from the certificate's font: write it "
                            "otherwise (in Latin letters, as on the identity document) or remove it",
                            code_of(c), shown));
}

// The diagnostic for character `c` (its UTF-8 bytes `shown`) of `text`, or nullopt when it may be printed.
// Invisible characters are named by their code only: quoting them would hide them again.
std::optional<Diagnostic> problem(const model::Text& text, UChar32 c, const std::string& shown,
                                  const model::FontMetrics* fonts) {
  if (is_bidi_control(c))
    return report(Severity::error, "R-TXT-1", text,
                  fmt::format("caractère invisible de contrôle de direction {} : il changerait l'ordre du texte "
                              "imprimé ; supprimez-le (retapez la valeur au clavier plutôt que de la copier)",
                              code_of(c)),
                  fmt::format("invisible bidirectional control character {}: it would reorder the printed text; "
                              "delete it (type the value rather than copy it)",
                              code_of(c)));
  if (c == '\t' || c == '\r' || (is_line_break(c) && !keeps_line_breaks(text.path)))
    return report(Severity::error, "R-TXT-3", text,
                  c == '\t' ? std::string("tabulation dans le texte : remplacez-la par une espace")
                  : c == '\r'
                      ? std::string("retour chariot (U+000D) dans le texte : supprimez-le")
                      : fmt::format("retour à la ligne ({}) : seules les paroles de la personne en gardent ; "
                                    "écrivez la valeur sur une ligne (pour un long texte, « > » au lieu de « | »), "
                                    "ou faites-en plusieurs éléments de liste",
                                    code_of(c)),
                  c == '\t'   ? std::string("a tab in the text: replace it with a space")
                  : c == '\r' ? std::string("a carriage return (U+000D) in the text: delete it")
                              : fmt::format("a line break ({}): only the person's words keep them; write the "
                                            "value on one line (for a long text, \">\" instead of \"|\"), or make "
                                            "it several list elements",
                                            code_of(c)));
  if (u_charType(c) == U_FORMAT_CHAR)
    return report(Severity::error, "R-TXT-2", text,
                  fmt::format("caractère invisible {} (espace sans largeur, liant, trait d'union conditionnel…) : il "
                              "ne s'imprime pas mais coupe le mot pour les recherches et les contrôles ; supprimez-le "
                              "en retapant le mot",
                              code_of(c)),
                  fmt::format("invisible character {} (zero-width space, joiner, soft hyphen…): it prints nothing "
                              "but splits the word for searches and checks; delete it by typing the word again",
                              code_of(c)));
  if (c >= 0x80 && is_identifier(text.path))
    return report(Severity::error, "R-TXT-4", text,
                  fmt::format("un identifiant s'écrit en chiffres et lettres ASCII (0 à 9) : « {} » ({}) n'en est "
                              "pas un, bien qu'il y ressemble ; retapez le numéro au clavier",
                              shown, code_of(c)),
                  fmt::format("an identifier is written in ASCII digits and letters (0 to 9): \"{}\" ({}) is not "
                              "one, though it looks like one; type the number again",
                              shown, code_of(c)));
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
