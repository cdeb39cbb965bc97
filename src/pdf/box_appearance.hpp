// SPDX-License-Identifier: Apache-2.0
// The appearance streams of the signature box (/AP /N of the signature field's widget): the empty box
// finalize writes, and the signed box sign/ writes (the signer's name and the time, in an embedded font).
#pragma once

#include <string>
#include <vector>

#include "model/font_program.hpp"
#include "pdf/podofo_document.hpp"

namespace medcert::pdf {

/// One line of text in the box: its left edge and baseline measured from the box's top-left corner.
struct BoxLine {
  double x = 0, baseline = 0, size = 0;
  std::u32string text;
};

/// A new Form XObject of `width` × `height` points drawing the box's frame, then `lines` in `font`. PDF/A:
/// the font is embedded (a Type0 CIDFontType2 holding only `font`'s glyphs, CID = Unicode code point,
/// with ToUnicode and CIDSet); a code point `font` has no glyph for is left out. Without lines, no font.
PoDoFo::PdfObject* box_appearance(PoDoFo::PdfMemDocument& document, double width, double height,
                                  const std::vector<BoxLine>& lines = {},
                                  const model::FontProgram* font = nullptr);

}  // namespace medcert::pdf
