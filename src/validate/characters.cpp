// L-GLYPH, early: a character above U+FFFF (an emoji, a rare ideogram) can be printed by no font the
// PDF embeds (libharu's fonts are BMP-only). Checked here on the findings, so the message names the
// exact value; layout checks the fonts' coverage of everything else as a last line of defence.
#include <unicode/utf8.h>

#include <fmt/format.h>

#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {

void check_characters(const model::Findings& findings, Diagnostics& out) {
  model::for_each_text(findings, [&out](const model::Text& text) {
    if (!text) return;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.value.data());
    const auto length = static_cast<int32_t>(text.value.size());
    for (int32_t i = 0; i < length;) {
      UChar32 c = 0;
      const int32_t start = i;
      U8_NEXT(bytes, i, length, c);
      if (c <= 0xFFFF) continue;
      const std::string shown = text.value.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
      out.push_back(report(
          Severity::error, "L-GLYPH", text,
          fmt::format("le caractère U+{:04X} « {} » ne peut pas être imprimé dans le certificat (aucune police "
                      "embarquée ne le contient) : décrivez-le en toutes lettres ou supprimez-le",
                      static_cast<uint32_t>(c), shown),
          fmt::format("the character U+{:04X} \"{}\" cannot be printed in the certificate (no embedded font has "
                      "it): describe it in words or remove it",
                      static_cast<uint32_t>(c), shown)));
      return;  // one report per value is enough to find it
    }
  });
}

}  // namespace medcert::validate
