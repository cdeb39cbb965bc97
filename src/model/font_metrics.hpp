// SPDX-License-Identifier: Apache-2.0
// What layout needs to know of the fonts, without knowing where they come from.
#pragma once

#include "model/document.hpp"

namespace medcert::model {

class FontMetrics {
 public:
  virtual ~FontMetrics() = default;
  /// True when the font of that style has a glyph for the code point.
  virtual bool covers(FontStyle style, char32_t cp) const = 0;
  /// Advance width in thousandths of an em (multiply by size / 1000 for points).
  virtual double advance(FontStyle style, char32_t cp) const = 0;
  /// Ascender and descender (descender negative), thousandths of an em.
  virtual double ascender(FontStyle style) const = 0;
  virtual double descender(FontStyle style) const = 0;
};

}  // namespace medcert::model
