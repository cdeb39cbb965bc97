// SPDX-License-Identifier: Apache-2.0
// layout/: a Document and font metrics become pages of positioned text (ICU line breaking).
// Knows nothing of PDF: a layout can be tested without producing one.
#pragma once

#include <string>

#include "model/document.hpp"
#include "model/font_metrics.hpp"
#include "model/diagram.hpp"
#include "model/pages.hpp"
#include "model/result.hpp"

namespace medcert::layout {

struct LayoutOptions {
  double page_width = 595.276;   ///< A4, points
  double page_height = 841.89;
  double margin_left = 64, margin_right = 64, margin_top = 42, margin_bottom = 42;
  double body_size = 11;          ///< points
  double line_spacing = 1.25;     ///< times the font size
  double signature_box_width = 190, signature_box_height = 56;
  /// Non-empty: a training specimen; every page carries this text (layout/watermark.hpp).
  std::string watermark;
};

/// A character the fonts cannot print (or above U+FFFF) is an error diagnostic located at the
/// run's source, never a silent box or a dropped letter.
/// The annexes' diagram views are drawn from `diagrams` (null: a document without a diagram annex).
model::Result<model::Pages> layout(const model::Document& doc, const model::FontMetrics& metrics,
                                   const LayoutOptions& options = {}, const model::Diagrams* diagrams = nullptr);

}  // namespace medcert::layout
