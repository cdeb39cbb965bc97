// SPDX-License-Identifier: Apache-2.0
#include "layout/paginate.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/diag.hpp"
#include "model/limits.hpp"

namespace medcert::layout {

namespace {

/// Points of tolerance: content that fits up to rounding fits.
constexpr double tolerance = 1e-6;

double height_of(const std::vector<LaidLine>& lines, std::size_t begin, std::size_t count) {
  double height = 0;
  for (std::size_t i = begin; i < begin + count; ++i) height += lines[i].height;
  return height;
}

double gap_between(const LaidBlock& before, const LaidBlock& after) { return before.space_after + after.space_before; }

/// The fewest lines a paragraph of `n` lines may leave on either side of a page break.
std::size_t min_lines_per_side(std::size_t n) { return n >= 3 ? 2 : 1; }

class Paginator {
 public:
  Paginator(const std::vector<LaidBlock>& blocks, const BodyFrame& frame) : blocks_(blocks), frame_(frame) {
    new_page();
  }

  Flow run() {
    for (std::size_t i = 0; i < blocks_.size() && !flow_.too_many_pages; ++i) place(i);
    return std::move(flow_);
  }

 private:
  /// The height block `i` needs at the place it starts: its first chunk, and for a block kept
  /// with the next, everything down to the first chunk of the next block it is kept with.
  double needed(std::size_t i) const {
    double need = 0;
    for (std::size_t j = i; j < blocks_.size(); ++j) {
      const LaidBlock& block = blocks_[j];
      need += height_of(block.lines, 0, first_chunk(block));
      if (!block.keep_with_next || j + 1 == blocks_.size()) break;
      need += gap_between(block, blocks_[j + 1]);
    }
    return need;
  }

  double room() const { return frame_.bottom - y_; }

  /// An unbreakable block that fits on a page: one taller than a page is broken where it stands,
  /// rather than moved, since it will break anyway.
  bool whole(const LaidBlock& block) const {
    return block.unbreakable &&
           height_of(block.lines, 0, block.lines.size()) <= frame_.bottom - frame_.top + tolerance;
  }

  /// The fewest lines of a block that must open it on a page (all, for a block kept whole).
  std::size_t first_chunk(const LaidBlock& block) const {
    const std::size_t n = block.lines.size();
    const std::size_t side = min_lines_per_side(n);
    return whole(block) || n < 2 * side ? n : side;
  }

  void place(std::size_t i) {
    const LaidBlock& block = blocks_[i];
    if (block.lines.empty()) return;
    const double gap = i > 0 && !at_top_ ? gap_between(blocks_[i - 1], block) : 0;
    if (!at_top_ && gap + needed(i) > room() + tolerance) {
      new_page();
    } else {
      y_ += gap;
    }
    const auto& lines = block.lines;
    const std::size_t n = lines.size();
    std::size_t done = 0;
    while (done < n && !flow_.too_many_pages) {
      std::size_t fit = 0;
      for (double h = 0; done + fit < n && h + lines[done + fit].height <= room() + tolerance; ++fit)
        h += lines[done + fit].height;
      if (done + fit == n) {
        put(lines, done, fit);
        break;
      }
      std::size_t count = allowed_split(block, done, fit);
      if (count == 0 && at_top_) count = std::max<std::size_t>(fit, 1);  // taller than a page
      put(lines, done, count);
      done += count;
      new_page();
    }
  }

  /// The most lines, up to `fit`, that may end this page when `done` lines are already placed;
  /// 0 when the block must move to the next page.
  std::size_t allowed_split(const LaidBlock& block, std::size_t done, std::size_t fit) const {
    if (whole(block)) return 0;
    const std::size_t n = block.lines.size();
    const std::size_t side = min_lines_per_side(n);
    for (std::size_t count = fit; count > 0; --count) {
      if ((done > 0 || count >= side) && n - done - count >= side) return count;
    }
    return 0;
  }

  void put(const std::vector<LaidLine>& lines, std::size_t begin, std::size_t count) {
    auto& page = flow_.pages.back();
    for (std::size_t i = begin; i < begin + count; ++i) {
      const LaidLine& line = lines[i];
      for (auto text : line.texts) {
        text.baseline += y_;
        page.texts.push_back(std::move(text));
      }
      for (auto rect : line.rects) {
        rect.y += y_;
        page.rects.push_back(rect);
      }
      if (line.signature_box) {
        const auto& box = page.rects.back();
        flow_.signature = {static_cast<int>(flow_.pages.size() - 1), box.x, box.y, box.width, box.height};
      }
      y_ += line.height;
      at_top_ = false;
    }
  }

  void new_page() {
    if (flow_.pages.size() == model::kMaxPages) {
      flow_.too_many_pages = true;
      return;
    }
    flow_.pages.emplace_back();
    y_ = frame_.top;
    at_top_ = true;
  }

  const std::vector<LaidBlock>& blocks_;
  BodyFrame frame_;
  Flow flow_;
  double y_ = 0;
  bool at_top_ = true;
};

}  // namespace

Flow paginate(const std::vector<LaidBlock>& blocks, const BodyFrame& frame) { return Paginator(blocks, frame).run(); }

Diagnostic too_many_pages(const model::Document& doc) {
  Location where;
  for (const auto& block : doc.blocks)
    for (const auto& run : block.runs)
      if (where.file.empty() && run.provenance != model::Provenance::template_text) where.file = run.source.file;
  return model::error("L-PAGES", {}, where, {model::param("max", std::to_string(model::kMaxPages))});
}

}  // namespace medcert::layout
