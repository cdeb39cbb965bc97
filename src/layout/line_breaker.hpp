// SPDX-License-Identifier: Apache-2.0
// Line breaking: ICU's French line-break rules choose where a line may end (never at U+00A0 or
// U+202F, which are glue), widths come from the font metrics, lines are filled greedily.
#pragma once

#include <memory>
#include <vector>

#include <unicode/uversion.h>

#include "layout/glyphs.hpp"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace medcert::layout {

/// Glyphs [begin, end) of a line. `last` marks the end of a paragraph (or a forced line feed):
/// such a line is not justified.
struct LineSpan {
  std::size_t begin = 0, end = 0;
  bool last = false;
};

class LineBreaker {
 public:
  /// Throws std::runtime_error when ICU has no line-break data (a broken installation).
  LineBreaker();
  ~LineBreaker();
  LineBreaker(const LineBreaker&) = delete;
  LineBreaker& operator=(const LineBreaker&) = delete;

  /// Breaks glyphs into lines no wider than `width` points. A word wider than the line is cut
  /// between characters, as a last resort.
  std::vector<LineSpan> break_lines(const std::vector<Glyph>& glyphs, double width);

 private:
  std::unique_ptr<icu::BreakIterator> iterator_;
};

/// The end of a line's printed glyphs: trailing spaces and line feeds are not printed.
std::size_t printed_end(const std::vector<Glyph>& glyphs, const LineSpan& line);

}  // namespace medcert::layout
