// SPDX-License-Identifier: Apache-2.0
#include "layout/watermark.hpp"

#include <cmath>
#include <numbers>
#include <string>

#include "layout/glyphs.hpp"

namespace medcert::layout {
namespace {

constexpr double kBannerSize = 9;
constexpr double kBannerGray = 0.3;    // dark enough to read, lighter than the certificate's own text
constexpr double kDiagonalGray = 0.85; // light enough that the text printed over it stays legible

double width_of(std::string_view text, model::FontStyle style, double size, const model::FontMetrics& metrics) {
  double width = 0;
  for (const auto& glyph : glyphs_of(text, style, size, metrics)) width += glyph.width;
  return width;
}

model::PlacedText banner(std::string_view text, double baseline, const model::FontMetrics& metrics,
                         const LayoutOptions& options) {
  const double width = width_of(text, model::FontStyle::bold, kBannerSize, metrics);
  return {(options.page_width - width) / 2, baseline, kBannerSize, model::FontStyle::bold, std::string(text),
          kBannerGray, 0};
}

}  // namespace

void add_watermark(model::Page& page, std::string_view text, const model::FontMetrics& metrics,
                   const LayoutOptions& options) {
  // Along the page's diagonal, centred, sized to about 70 % of it (clear of the corners).
  const double angle = std::atan2(options.page_height, options.page_width);
  const double diagonal = std::hypot(options.page_width, options.page_height);
  const double unit_width = width_of(text, model::FontStyle::bold, 1, metrics);
  const double size = unit_width > 0 ? diagonal * 0.7 / unit_width : 0;
  const double length = unit_width * size;
  const double cap = size * 0.35;  // about half the capital height: centres the line on the diagonal
  const double x = options.page_width / 2 - length / 2 * std::cos(angle) + cap * std::sin(angle);
  const double baseline = options.page_height / 2 + length / 2 * std::sin(angle) + cap * std::cos(angle);
  page.texts.insert(page.texts.begin(), model::PlacedText{x, baseline, size, model::FontStyle::bold, std::string(text),
                                                          kDiagonalGray, angle * 180 / std::numbers::pi});

  page.texts.push_back(banner(text, options.margin_top * 0.55, metrics, options));
  page.texts.push_back(banner(text, options.page_height - options.margin_bottom * 0.35, metrics, options));
}

}  // namespace medcert::layout
