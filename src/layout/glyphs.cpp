// SPDX-License-Identifier: Apache-2.0
#include "layout/glyphs.hpp"

#include <unicode/utf8.h>

namespace medcert::layout {

std::vector<CodePoint> code_points(std::string_view text) {
  std::vector<CodePoint> out;
  out.reserve(text.size());
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c = 0;
// ICU's macro narrows ints to bytes internally; the warning is about its code, not ours.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
    U8_NEXT(text.data(), i, length, c);
#pragma GCC diagnostic pop
    const char32_t cp = c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
    out.push_back({cp, text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start))});
  }
  return out;
}

std::vector<Glyph> glyphs_of(std::string_view text, model::FontStyle style, double size,
                             const model::FontMetrics& metrics) {
  std::vector<Glyph> out;
  for (const auto& [cp, utf8] : code_points(text)) {
    // A line feed only forces a break: it has no width and is never printed.
    const double width = cp == U'\n' ? 0 : metrics.advance(style, cp) * size / 1000;
    out.push_back({cp, utf8, style, width});
  }
  return out;
}

std::vector<Glyph> glyphs_of(const std::vector<model::Run>& runs, const BlockStyle& block,
                             const model::FontMetrics& metrics) {
  std::vector<Glyph> out;
  for (const auto& run : runs) {
    auto glyphs = glyphs_of(run.text, printed_style(block, run.style), block.size, metrics);
    out.insert(out.end(), glyphs.begin(), glyphs.end());
  }
  return out;
}

}  // namespace medcert::layout
