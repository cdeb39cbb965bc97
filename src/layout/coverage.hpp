// SPDX-License-Identifier: Apache-2.0
// L-GLYPH: every character a document prints must exist in the font of its printed style.
// libharu prints a missing glyph as a silent box and drops characters above U+FFFF, so layout
// refuses them instead.
#pragma once

#include <medcert/diagnostics.hpp>

#include "layout/layout.hpp"

namespace medcert::layout {

/// One error per character and run (header, blocks, list dashes, footer), located at the run's
/// source; empty when everything can be printed.
Diagnostics check_coverage(const model::Document& doc, const model::FontMetrics& metrics, const LayoutOptions& options);

}  // namespace medcert::layout
