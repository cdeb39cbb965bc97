// SPDX-License-Identifier: Apache-2.0
#include "layout/line_setter.hpp"

#include <algorithm>

namespace medcert::layout {

double natural_width(const std::vector<Glyph>& glyphs, const LineSpan& line) {
  double width = 0;
  for (std::size_t i = line.begin; i < printed_end(glyphs, line); ++i) width += glyphs[i].width;
  return width;
}

std::vector<model::PlacedText> set_line(const std::vector<Glyph>& glyphs, const LineSpan& line, const Measure& measure,
                                        Align align, double size) {
  const std::size_t end = printed_end(glyphs, line);
  const double natural = natural_width(glyphs, line);
  const auto spaces =
      std::count_if(glyphs.begin() + static_cast<std::ptrdiff_t>(line.begin),
                    glyphs.begin() + static_cast<std::ptrdiff_t>(end), [](const Glyph& g) { return g.cp == U' '; });
  const double slack = std::max(0.0, measure.width - natural);
  const double stretch = align == Align::justify && !line.last && spaces > 0 ? slack / static_cast<double>(spaces) : 0;
  double x = measure.left;
  if (align == Align::centre) x += slack / 2;
  if (align == Align::right) x += slack;

  std::vector<model::PlacedText> texts;
  bool open = false;  // whether the next glyph may extend the last text
  for (std::size_t i = line.begin; i < end; ++i) {
    const Glyph& glyph = glyphs[i];
    if (stretch > 0 && glyph.cp == U' ') {
      x += glyph.width + stretch;
      open = false;
      continue;
    }
    if (!open || texts.back().style != glyph.style) texts.push_back({x, 0, size, glyph.style, {}});
    texts.back().text += glyph.utf8;
    x += glyph.width;
    open = true;
  }
  return texts;
}

}  // namespace medcert::layout
