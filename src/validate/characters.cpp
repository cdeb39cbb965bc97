// L-GLYPH, early: a character no embedded font can print is reported on the findings value that holds
// it, so the message names the exact field. Above U+FFFF (an emoji, a rare ideogram) nothing can print
// it (libharu's fonts are BMP-only); below, the engine's fonts decide. Layout checks everything it
// prints once more, template text included, as a last line of defence.
#include <unicode/utf8.h>

#include <fmt/format.h>

#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

constexpr UChar32 kLastPrintable = 0xFFFF;

Diagnostic unprintable(const model::Text& text, UChar32 c, const std::string& shown) {
  const auto code = static_cast<uint32_t>(c);
  if (c > kLastPrintable)
    return report(Severity::error, "L-GLYPH", text,
                  fmt::format("le caractère U+{:04X} « {} » ne peut pas être imprimé dans le certificat (aucune "
                              "police embarquée ne le contient) : décrivez-le en toutes lettres ou supprimez-le",
                              code, shown),
                  fmt::format("the character U+{:04X} \"{}\" cannot be printed in the certificate (no embedded "
                              "font has it): describe it in words or remove it",
                              code, shown));
  return report(Severity::error, "L-GLYPH", text,
                fmt::format("le caractère U+{:04X} « {} » manque à la police du certificat : écrivez-le autrement "
                            "(en lettres latines, tel que sur la pièce d'identité) ou supprimez-le",
                            code, shown),
                fmt::format("the character U+{:04X} \"{}\" is missing from the certificate's font: write it "
                            "otherwise (in Latin letters, as on the identity document) or remove it",
                            code, shown));
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
      const bool printable =
          c >= 0 && c <= kLastPrintable &&
          (fonts == nullptr || c < 0x20 || fonts->covers(model::FontStyle::regular, static_cast<char32_t>(c)));
      if (printable) continue;
      const auto from = static_cast<std::size_t>(start);
      out.push_back(unprintable(text, c, text.value.substr(from, static_cast<std::size_t>(i) - from)));
      return;  // one report per value is enough to find it
    }
  });
}

}  // namespace medcert::validate
