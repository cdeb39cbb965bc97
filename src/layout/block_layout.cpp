// SPDX-License-Identifier: Apache-2.0
#include "layout/block_layout.hpp"

#include <algorithm>

namespace medcert::layout {

Measure Typesetter::text_measure() const {
  return {options_.margin_left, options_.page_width - options_.margin_left - options_.margin_right};
}

std::vector<LaidLine> Typesetter::set_lines(const std::vector<Glyph>& glyphs, const std::vector<LineSpan>& spans,
                                            const Measure& measure, Align align, double size) const {
  // The baseline sits where the regular font's ascent and descent are centred in the line.
  const double ascent = metrics_.ascender(model::FontStyle::regular) * size / 1000;
  const double descent = -metrics_.descender(model::FontStyle::regular) * size / 1000;
  const double height = size * options_.line_spacing;
  const double baseline = (height - ascent - descent) / 2 + ascent;
  std::vector<LaidLine> lines;
  for (const auto& span : spans) {
    LaidLine line;
    line.height = height;
    line.texts = set_line(glyphs, span, measure, align, size);
    for (auto& text : line.texts) text.baseline = baseline;
    lines.push_back(std::move(line));
  }
  return lines;
}

LaidBlock lay_out_block(const model::Block& block, const Typesetter& typesetter) {
  const BlockStyle style = block_style(block.kind, typesetter.options());
  const auto glyphs = glyphs_of(block.runs, style, typesetter.metrics());
  Measure measure = typesetter.text_measure();
  measure.left += style.indent;
  measure.width -= style.indent;
  const auto spans = typesetter.break_lines(glyphs, measure.width);
  if (block.kind == model::BlockKind::signature) {
    // A right-hand column as wide as the box, or as its widest line.
    double column = typesetter.options().signature_box_width;
    for (const auto& span : spans) column = std::max(column, natural_width(glyphs, span));
    column = std::min(column, measure.width);
    measure.left += measure.width - column;
    measure.width = column;
  }

  LaidBlock laid;
  laid.lines = typesetter.set_lines(glyphs, spans, measure, style.align, style.size);
  laid.space_before = style.space_before;
  laid.space_after = style.space_after;
  laid.keep_with_next = style.keep_with_next || block.keep_with_next;
  // Kept blocks are short (headings, intros): kept whole rather than split before their last line. A list
  // item (a lesion, a quoted sentence) is one observation: read whole on one page, never half on each.
  laid.unbreakable = laid.keep_with_next || block.kind == model::BlockKind::item;
  if (block.kind == model::BlockKind::item && !laid.lines.empty()) {
    auto& first = laid.lines.front();
    const double baseline = first.texts.empty() ? 0 : first.texts.front().baseline;
    // A rank ends where the dash would, a little before the text: « 9. » and « 12. » align on their points.
    double x = measure.left - style.indent + item_dash_offset;
    if (!block.label.empty()) {
      double width = 0;
      for (const auto& g : glyphs_of(block.label, model::FontStyle::regular, style.size, typesetter.metrics()))
        width += g.width;
      x = measure.left - item_label_gap - width;
    }
    first.texts.insert(first.texts.begin(), {x, baseline, style.size, model::FontStyle::regular,
                                             block.label.empty() ? std::string(item_dash) : block.label});
  }
  return laid;
}

namespace {

LaidLine signature_box_line(const Typesetter& typesetter) {
  const auto& options = typesetter.options();
  const Measure measure = typesetter.text_measure();
  const double gap = options.body_size * 0.5;
  LaidLine line;
  line.height = gap + options.signature_box_height;
  line.rects.push_back({measure.left + measure.width - options.signature_box_width, gap, options.signature_box_width,
                        options.signature_box_height, model::kSignatureFrameWidth});
  line.signature_box = true;
  return line;
}

/// Where the part kept with the signature starts: the closing at `closing`, and before it the section
/// that concludes (the ITT for a physician), from its heading down; a section ending with a list keeps
/// only its last item, its heading staying with its first one. The signature then never reaches a page
/// with nothing but the closing above it.
std::size_t conclusion_begin(const std::vector<model::Block>& blocks, std::size_t closing) {
  // A document made without sections (by a test) has nothing to keep.
  if (closing >= blocks.size() || blocks[closing].section.empty()) return closing;
  std::size_t from = closing;
  while (from > 0 && blocks[from - 1].section == blocks[closing].section) --from;
  if (from == 0 || blocks[from - 1].section.empty()) return from;
  const std::string& conclusion = blocks[from - 1].section;
  while (from > 0 && blocks[from - 1].section == conclusion) {
    --from;
    if (blocks[from].kind == model::BlockKind::item) break;
  }
  return from;
}

double closing_space(const LayoutOptions& options) { return options.body_size; }

}  // namespace

std::vector<LaidBlock> lay_out_blocks(const model::Document& doc, const Typesetter& typesetter) {
  std::vector<LaidBlock> laid;
  for (const auto& block : doc.blocks) laid.push_back(lay_out_block(block, typesetter));
  // Items are close together, but a list ends with a paragraph's space.
  const double paragraph_space = block_style(model::BlockKind::paragraph, typesetter.options()).space_after;
  for (std::size_t i = 0; i + 1 < doc.blocks.size(); ++i) {
    if (doc.blocks[i].kind == model::BlockKind::item && doc.blocks[i + 1].kind != model::BlockKind::item)
      laid[i].space_after = std::max(laid[i].space_after, paragraph_space);
  }

  const auto is_signature = [](const model::Block& b) { return b.kind == model::BlockKind::signature; };
  const auto first = std::find_if(doc.blocks.begin(), doc.blocks.end(), is_signature);
  const auto begin = static_cast<std::size_t>(first - doc.blocks.begin());
  const auto end =
      static_cast<std::size_t>(std::find_if_not(first, doc.blocks.end(), is_signature) - doc.blocks.begin());
  // The group: the closing block, the signature lines, the box; without signature lines the box
  // follows the last block.
  std::size_t group_begin = 0, box_holder = 0;
  if (begin < end) {
    box_holder = end - 1;
    group_begin = begin == 0 ? 0 : begin - 1;
    // The closing stands apart from the last section: dated and signed, it is not part of the findings.
    if (group_begin < begin)
      laid[group_begin].space_before = std::max(laid[group_begin].space_before, closing_space(typesetter.options()));
  } else {
    if (laid.empty()) laid.emplace_back();
    box_holder = group_begin = laid.size() - 1;
  }
  laid[box_holder].lines.push_back(signature_box_line(typesetter));
  const std::size_t kept_from = begin < end ? conclusion_begin(doc.blocks, group_begin) : group_begin;
  for (std::size_t i = kept_from; i <= box_holder; ++i) {
    laid[i].unbreakable = true;
    if (i < box_holder) laid[i].keep_with_next = true;
  }
  return laid;
}

}  // namespace medcert::layout
