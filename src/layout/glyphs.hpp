// SPDX-License-Identifier: Apache-2.0
// Text as layout measures it: one entry per code point, with its printed style and width.
#pragma once

#include <string_view>
#include <vector>

#include "layout/typesetting.hpp"
#include "model/document.hpp"
#include "model/font_metrics.hpp"

namespace medcert::layout {

struct CodePoint {
  char32_t cp = 0;
  std::string_view utf8;  ///< the code point's bytes, inside the text it was read from
};

/// The code points of UTF-8 text; an ill-formed sequence gives U+FFFD (which no check lets through).
std::vector<CodePoint> code_points(std::string_view text);

struct Glyph {
  char32_t cp = 0;
  std::string_view utf8;
  model::FontStyle style = model::FontStyle::regular;
  double width = 0;  ///< points
};

/// The glyphs of runs printed in a block of that style (the runs must outlive the result).
std::vector<Glyph> glyphs_of(const std::vector<model::Run>& runs, const BlockStyle& block,
                             const model::FontMetrics& metrics);

/// The glyphs of one text in one style (the text must outlive the result).
std::vector<Glyph> glyphs_of(std::string_view text, model::FontStyle style, double size,
                             const model::FontMetrics& metrics);

}  // namespace medcert::layout
