// SPDX-License-Identifier: Apache-2.0
#include "layout/annex_pages.hpp"

#include <algorithm>
#include <cmath>

#include "layout/glyphs.hpp"

namespace medcert::layout {
namespace {

constexpr double kCellGap = 14;          // between two views of a row, and between rows
constexpr double kViewLabelSize = 8.5;   // a view's name, above it
constexpr double kMarkerNumberSize = 7;  // the number inside a marker
constexpr double kPhotoGap = 10;         // between a photograph and its caption, and between two photographs
// The tallest row of views: the two full-body views side by side fill the first page under the title.
constexpr double kMaxRowHeight = 540;

double text_width(std::string_view text, model::FontStyle style, double size, const model::FontMetrics& metrics) {
  double width = 0;
  for (const auto& glyph : glyphs_of(text, style, size, metrics)) width += glyph.width;
  return width;
}

// A circle of radius r about (cx, cy): four Bézier quarters (the usual 0.5523 approximation).
model::Path circle(double cx, double cy, double r) {
  constexpr double k = 0.5523;
  using V = model::PathOp::Kind;
  return {{V::move, {{{cx + r, cy}}}},
          {V::curve, {{{cx + r, cy + k * r}, {cx + k * r, cy + r}, {cx, cy + r}}}},
          {V::curve, {{{cx - k * r, cy + r}, {cx - r, cy + k * r}, {cx - r, cy}}}},
          {V::curve, {{{cx - r, cy - k * r}, {cx - k * r, cy - r}, {cx, cy - r}}}},
          {V::curve, {{{cx + k * r, cy - r}, {cx + r, cy - k * r}, {cx + r, cy}}}},
          {V::close, {}}};
}

// Pages filled from the frame's top; a new page when what comes does not fit under what is there.
class PageFiller {
 public:
  PageFiller(const BodyFrame& frame, std::vector<model::Page>& pages) : frame_(frame), pages_(pages) {}

  // The top of a box `height` high: on the current page, else on a new one.
  double room_for(double height) {
    if (pages_.empty() || (y_ + height > frame_.bottom && y_ > frame_.top)) new_page();
    const double top = y_;
    y_ += height;
    return top;
  }
  void new_page() {
    pages_.emplace_back();
    y_ = frame_.top;
  }
  void skip(double space) { y_ += space; }
  model::Page& page() { return pages_.back(); }

 private:
  const BodyFrame& frame_;
  std::vector<model::Page>& pages_;
  double y_ = 0;
};

void put_lines(const LaidBlock& block, PageFiller& filler) {
  for (const auto& line : block.lines) {
    const double top = filler.room_for(line.height);
    for (auto text : line.texts) {
      text.baseline += top;
      filler.page().texts.push_back(std::move(text));
    }
  }
  filler.skip(block.space_after);
}

LaidBlock laid(model::BlockKind kind, const std::vector<model::Run>& runs, const Typesetter& typesetter) {
  model::Block block;
  block.kind = kind;
  block.runs = runs;
  return lay_out_block(block, typesetter);
}

// One view scaled into its cell, its name above it, each marker a white disc ringed in black with its number.
void draw_view(const model::DiagramView& view, const model::DiagramPanel& panel, double left, double top,
               double width, double height, const Typesetter& typesetter, model::Page& page) {
  const auto& metrics = typesetter.metrics();
  const double label_width = text_width(view.label, model::FontStyle::bold, kViewLabelSize, metrics);
  page.texts.push_back({left + (width - label_width) / 2, top + kViewLabelSize, kViewLabelSize,
                        model::FontStyle::bold, view.label});
  const double drawing_top = top + kViewLabelSize * 1.8;
  const double scale = std::min(width / view.width, (height - kViewLabelSize * 1.8) / view.height);
  const double x0 = left + (width - view.width * scale) / 2;
  const auto to_page = [&](model::Point p) { return model::Point{x0 + p.x * scale, drawing_top + p.y * scale}; };
  const auto placed = [&](const model::Path& path, double line_width) {
    model::PlacedPath out{path, line_width, true, -1};
    for (auto& op : out.path)
      for (auto& point : op.points) point = to_page(point);
    return out;
  };
  for (const auto& path : view.outline) page.paths.push_back(placed(path, 0.9));
  for (const auto& path : view.details) page.paths.push_back(placed(path, 0.45));
  for (const auto& label : view.labels) {
    const auto at = to_page({label.x, label.y});
    page.texts.push_back({at.x, at.y, label.size * scale, model::FontStyle::regular, label.text});
  }
  for (const auto& marker : panel.markers) {
    const auto at = to_page({marker.x * view.width, marker.y * view.height});
    const std::string number = std::to_string(marker.number);
    const double number_width = text_width(number, model::FontStyle::bold, kMarkerNumberSize, metrics);
    const double radius = std::max(5.5, number_width / 2 + 2);
    page.paths.push_back({circle(at.x, at.y, radius), 0.8, true, 1});
    // Digits sit on the baseline; their height is about 0.7 of the size: centred on the disc's centre.
    page.texts.push_back({at.x - number_width / 2, at.y + kMarkerNumberSize * 0.35, kMarkerNumberSize,
                          model::FontStyle::bold, number});
  }
}

void lay_out_diagram(const model::Annex& annex, const model::Diagrams& diagrams, const Typesetter& typesetter,
                     PageFiller& filler) {
  const Measure measure = typesetter.text_measure();
  const double cell_width = (measure.width - kCellGap) / 2;
  for (std::size_t i = 0; i < annex.panels.size(); i += 2) {
    // The row is as high as its taller view drawn at the cell's width, within the page.
    double row = 0;
    for (std::size_t j = i; j < std::min(i + 2, annex.panels.size()); ++j)
      if (const auto* view = diagrams.find(annex.panels[j].view))
        row = std::max(row, cell_width * view->height / view->width + kViewLabelSize * 1.8);
    row = std::min(row, kMaxRowHeight);
    const double top = filler.room_for(row);
    for (std::size_t j = i; j < std::min(i + 2, annex.panels.size()); ++j)
      if (const auto* view = diagrams.find(annex.panels[j].view))
        draw_view(*view, annex.panels[j], measure.left + static_cast<double>(j - i) * (cell_width + kCellGap), top,
                  cell_width, row, typesetter, filler.page());
    filler.skip(kCellGap);
  }
}

void lay_out_photos(const model::Annex& annex, const Typesetter& typesetter, PageFiller& filler,
                    std::vector<std::string>& images, double frame_height) {
  const Measure measure = typesetter.text_measure();
  for (const auto& photo : annex.photos) {
    const LaidBlock caption = laid(model::BlockKind::caption, photo.caption, typesetter);
    double caption_height = 0;
    for (const auto& line : caption.lines) caption_height += line.height;
    // Two photographs to a page, each as large as its half allows, never enlarged past 150 dpi.
    const double box_height = (frame_height - kPhotoGap) / 2 - caption_height - kPhotoGap;
    const double aspect = static_cast<double>(photo.image.width) / std::max(photo.image.height, 1);
    double height = std::min(box_height, photo.image.height * 72.0 / 150);
    double width = height * aspect;
    if (width > measure.width) {
      width = measure.width;
      height = width / aspect;
    }
    const double top = filler.room_for(height + kPhotoGap + caption_height);
    images.push_back(photo.image.jpeg);
    filler.page().images.push_back({images.size() - 1, measure.left + (measure.width - width) / 2, top, width, height});
    double y = top + height + kPhotoGap;
    for (const auto& line : caption.lines) {
      for (auto text : line.texts) {
        text.baseline += y;
        filler.page().texts.push_back(std::move(text));
      }
      y += line.height;
    }
    filler.skip(kPhotoGap);
  }
}

}  // namespace

std::vector<model::Page> annex_pages(const model::Document& doc, const model::Diagrams* diagrams,
                                     const Typesetter& typesetter, const BodyFrame& frame,
                                     std::vector<std::string>& images) {
  std::vector<model::Page> pages;
  for (const auto& annex : doc.annexes) {
    PageFiller filler(frame, pages);
    filler.new_page();
    put_lines(laid(model::BlockKind::heading, annex.title, typesetter), filler);
    put_lines(laid(model::BlockKind::paragraph, annex.intro, typesetter), filler);
    if (!annex.panels.empty() && diagrams) lay_out_diagram(annex, *diagrams, typesetter, filler);
    if (!annex.photos.empty()) lay_out_photos(annex, typesetter, filler, images, frame.bottom - frame.top);
  }
  return pages;
}

}  // namespace medcert::layout
