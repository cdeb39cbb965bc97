// SPDX-License-Identifier: Apache-2.0
#include "layout/layout.hpp"

#include "layout/annex_pages.hpp"
#include "layout/block_layout.hpp"
#include "layout/coverage.hpp"
#include "layout/paginate.hpp"
#include "layout/watermark.hpp"
#include "model/limits.hpp"

namespace medcert::layout {

namespace {

/// What every page repeats around its body.
struct Furniture {
  std::vector<model::PlacedText> texts;
  std::vector<model::PlacedRect> rects;
};

/// Moves lines down to `top` and appends them; returns the y under the last one.
double stack(const std::vector<LaidLine>& lines, double top, Furniture& out) {
  for (const auto& line : lines) {
    for (auto text : line.texts) {
      text.baseline += top;
      out.texts.push_back(std::move(text));
    }
    top += line.height;
  }
  return top;
}

std::vector<LaidLine> set_text(const std::vector<Glyph>& glyphs, const BlockStyle& style,
                               const Typesetter& typesetter) {
  const Measure measure = typesetter.text_measure();
  return typesetter.set_lines(glyphs, typesetter.break_lines(glyphs, measure.width), measure, style.align, style.size);
}

struct RunningHeader {
  Furniture furniture;
  double body_top = 0;  ///< where the body starts under it
};

/// The running header (the professional's identity) with a thin rule under it.
RunningHeader running_header(const model::Document& doc, const Typesetter& typesetter) {
  const auto& options = typesetter.options();
  const BlockStyle style = header_style(options);
  RunningHeader header;
  double y = options.margin_top;
  for (const auto& runs : doc.header) {
    y = stack(set_text(glyphs_of(runs, style, typesetter.metrics()), style, typesetter), y, header.furniture);
  }
  header.body_top = y;
  if (!doc.header.empty()) {
    const Measure measure = typesetter.text_measure();
    const double rule_y = y + style.size * 0.3;
    header.furniture.rects.push_back({measure.left, rule_y, measure.width, 0, 0.4});
    header.body_top = rule_y + options.body_size * 1.1;
  }
  return header;
}

/// The running line of page `page` of `pages`, on as many lines as it needs.
std::vector<LaidLine> footer_lines(const model::Document& doc, int page, int pages, const Typesetter& typesetter) {
  const BlockStyle style = footer_style(typesetter.options());
  const auto runs = footer_runs(doc.footer, page, pages);
  return set_text(glyphs_of(runs, style, typesetter.metrics()), style, typesetter);
}

double height_of(const std::vector<LaidLine>& lines) {
  double height = 0;
  for (const auto& line : lines) height += line.height;
  return height;
}

/// The room the running line takes at most: with the widest page numbers a certificate can have.
double footer_height(const model::Document& doc, const Typesetter& typesetter) {
  const int most = static_cast<int>(model::kMaxPages);
  return height_of(footer_lines(doc, most, most, typesetter));
}

/// The running line, its last line on the bottom margin.
Furniture footer(const model::Document& doc, int page, int pages, const Typesetter& typesetter) {
  const auto& options = typesetter.options();
  const auto lines = footer_lines(doc, page, pages, typesetter);
  Furniture out;
  stack(lines, options.page_height - options.margin_bottom - height_of(lines), out);
  return out;
}

void append(model::Page& page, const Furniture& furniture) {
  page.texts.insert(page.texts.end(), furniture.texts.begin(), furniture.texts.end());
  page.rects.insert(page.rects.end(), furniture.rects.begin(), furniture.rects.end());
}

}  // namespace

model::Result<model::Pages> layout(const model::Document& doc, const model::FontMetrics& metrics,
                                   const LayoutOptions& options, const model::Diagrams* diagrams) {
  model::Result<model::Pages> result;
  result.diagnostics = check_coverage(doc, metrics, options);
  if (has_errors(result.diagnostics)) return result;

  LineBreaker breaker;
  const Typesetter typesetter(metrics, options, breaker);
  const RunningHeader header = running_header(doc, typesetter);
  const double footer_top = options.page_height - options.margin_bottom - footer_height(doc, typesetter);
  // The running line is small: less than a body line between it and the body sets it apart.
  const BodyFrame frame{header.body_top, footer_top - options.body_size * 0.8};
  Flow flow = paginate(lay_out_blocks(doc, typesetter), frame);
  model::Pages pages;
  for (auto& page : annex_pages(doc, diagrams, typesetter, frame, pages.images)) flow.pages.push_back(std::move(page));
  if (flow.too_many_pages || flow.pages.size() > model::kMaxPages) {
    result.diagnostics.push_back(too_many_pages(doc));
    return result;
  }

  pages.width = options.page_width;
  pages.height = options.page_height;
  pages.title = doc.title;
  pages.author = doc.author;
  pages.signature = flow.signature;
  const int count = static_cast<int>(flow.pages.size());
  for (int i = 0; i < count; ++i) {
    model::Page page;
    append(page, header.furniture);
    auto& body = flow.pages[static_cast<std::size_t>(i)];
    page.texts.insert(page.texts.end(), std::make_move_iterator(body.texts.begin()),
                      std::make_move_iterator(body.texts.end()));
    page.rects.insert(page.rects.end(), body.rects.begin(), body.rects.end());
    page.paths = std::move(body.paths);
    page.images = std::move(body.images);
    append(page, footer(doc, i + 1, count, typesetter));
    if (!options.watermark.empty()) add_watermark(page, options.watermark, metrics, options);
    pages.pages.push_back(std::move(page));
  }
  result.value = std::move(pages);
  return result;
}

}  // namespace medcert::layout
