// SPDX-License-Identifier: Apache-2.0
// Blocks become lines of positioned text (x final, y relative to each line), with what
// pagination must respect: keep with the next block, never split.
#pragma once

#include <vector>

#include "layout/line_setter.hpp"

namespace medcert::layout {

struct LaidLine {
  double height = 0;
  std::vector<model::PlacedText> texts;  ///< baselines measured from the line's top
  std::vector<model::PlacedRect> rects;  ///< tops measured from the line's top
  bool signature_box = false;            ///< rects.front() is the signature box
};

struct LaidBlock {
  std::vector<LaidLine> lines;
  double space_before = 0, space_after = 0;
  bool keep_with_next = false;  ///< never the last block of a page
  bool unbreakable = false;     ///< never split across pages, unless taller than a page
};

/// What setting lines needs: the metrics, the options and the (stateful) line breaker.
class Typesetter {
 public:
  Typesetter(const model::FontMetrics& metrics, const LayoutOptions& options, LineBreaker& breaker)
      : metrics_(metrics), options_(options), breaker_(breaker) {}

  const model::FontMetrics& metrics() const { return metrics_; }
  const LayoutOptions& options() const { return options_; }
  /// The text measure between the page margins.
  Measure text_measure() const;

  std::vector<LineSpan> break_lines(const std::vector<Glyph>& glyphs, double width) const {
    return breaker_.break_lines(glyphs, width);
  }
  /// Lines of `size` points, each `size * line_spacing` high, on a common baseline grid.
  std::vector<LaidLine> set_lines(const std::vector<Glyph>& glyphs, const std::vector<LineSpan>& spans,
                                  const Measure& measure, Align align, double size) const;

 private:
  const model::FontMetrics& metrics_;
  const LayoutOptions& options_;
  LineBreaker& breaker_;
};

/// One block's lines, in its kind's style across the text measure.
LaidBlock lay_out_block(const model::Block& block, const Typesetter& typesetter);

/// Every block of the document, the signature box included: it follows the signature block (or
/// the last block when there is none), right-aligned. That group, the block before it (the closing
/// paragraph, set apart by a wider space) and the concluding section before that (down to its last list
/// item) are kept together, each block whole. A list item is never split (unless taller than a page).
std::vector<LaidBlock> lay_out_blocks(const model::Document& doc, const Typesetter& typesetter);

}  // namespace medcert::layout
