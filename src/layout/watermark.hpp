// SPDX-License-Identifier: Apache-2.0
// The marks of a training specimen: a banner at the top and bottom of every page and a large
// diagonal line across it, so that no page, nor a crop of one, passes for a real certificate.
#pragma once

#include <string_view>

#include "layout/layout.hpp"
#include "model/font_metrics.hpp"
#include "model/pages.hpp"

namespace medcert::layout {

/// Adds the marks to `page`: the diagonal first (painted under the text), the banners last.
/// Opaque greys only: PDF/A-1 forbids transparency.
void add_watermark(model::Page& page, std::string_view text, const model::FontMetrics& metrics,
                   const LayoutOptions& options);

}  // namespace medcert::layout
