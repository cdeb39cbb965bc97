// SPDX-License-Identifier: Apache-2.0
// Setting one line: glyphs become positioned texts, aligned or justified.
#pragma once

#include <vector>

#include "layout/line_breaker.hpp"
#include "model/pages.hpp"

namespace medcert::layout {

/// Where a line goes: its left edge and measure, in points.
struct Measure {
  double left = 0, width = 0;
};

/// The texts of a line, on baseline 0. A justified line (not the last of its paragraph) is
/// stretched at its spaces by placing each word as its own text: libharu cannot apply word
/// spacing to CID fonts. Otherwise one text per change of style.
std::vector<model::PlacedText> set_line(const std::vector<Glyph>& glyphs, const LineSpan& line, const Measure& measure,
                                        Align align, double size);

/// The printed width of a line, in points.
double natural_width(const std::vector<Glyph>& glyphs, const LineSpan& line);

}  // namespace medcert::layout
