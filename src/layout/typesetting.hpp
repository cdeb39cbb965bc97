// SPDX-License-Identifier: Apache-2.0
// The typographic choices of a certificate page, derived from LayoutOptions in one place:
// sizes, weights, alignment and spacing of each kind of block, header and footer.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "layout/layout.hpp"

namespace medcert::layout {

enum class Align { left, centre, right, justify };

struct BlockStyle {
  double size = 11;                        ///< points
  std::optional<model::FontStyle> forced;  ///< overrides the runs' own style (bold titles)
  Align align = Align::justify;
  double indent = 0;                         ///< from the left margin
  double space_before = 0, space_after = 0;  ///< points; dropped at the top of a page
  bool keep_with_next = false;               ///< never the last block of a page
};

BlockStyle block_style(model::BlockKind kind, const LayoutOptions& options);

/// The running header (professional identity) and the running line at the foot of every page.
BlockStyle header_style(const LayoutOptions& options);
BlockStyle footer_style(const LayoutOptions& options);
/// The running line of page `page` of `pages`: "{page}" and "{pages}" replaced in the template's own
/// text, never in a value (a name is printed as written).
std::vector<model::Run> footer_runs(const std::vector<model::Run>& footer, int page, int pages);

/// The dash that introduces a list item, and where it sits inside the item's indent.
inline constexpr const char* item_dash = "\u2013";
inline constexpr double item_dash_offset = 6;
/// The room between a numbered item's rank and its text.
inline constexpr double item_label_gap = 4;

/// The style a run is printed in inside a block of that style.
inline model::FontStyle printed_style(const BlockStyle& block, model::FontStyle run_style) {
  return block.forced.value_or(run_style);
}

}  // namespace medcert::layout
