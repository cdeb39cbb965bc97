// SPDX-License-Identifier: Apache-2.0
// render/: pages to PDF bytes with libharu (the only place that includes hpdf.h).
// Knows nothing of certificates.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "model/pages.hpp"
#include "model/result.hpp"

namespace medcert::render {

struct RenderOptions {
  std::int64_t creation_time = 0;  ///< Unix seconds, written as the PDF's CreationDate (UTC)
};

/// `fonts` maps each style to a TrueType file embedded in the PDF.
model::Result<std::string> render(const model::Pages& pages, const std::map<model::FontStyle, std::string>& fonts,
                                  const RenderOptions& options);

}  // namespace medcert::render
