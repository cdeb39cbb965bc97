// SPDX-License-Identifier: Apache-2.0
// A font program cut down to the glyphs of one short text, with what a PDF font dictionary needs to
// embed it: fonts/ makes it (HarfBuzz), pdf/ writes it (the signature's appearance).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>

namespace medcert::model {

struct FontProgram {
  std::string program;          ///< TrueType bytes (a /FontFile2)
  std::string postscript_name;  ///< the font's PostScript name (name ID 6), e.g. "LiberationSerif"
  std::map<char32_t, std::uint16_t> glyphs;  ///< each code point of the text → its glyph id in `program`
  std::map<char32_t, double> advances;       ///< the same code points → advance, thousandths of an em
  // Whole-font metrics, thousandths of an em, for the font descriptor.
  double ascender = 0, descender = 0, cap_height = 0, italic_angle = 0;
  std::array<double, 4> bbox{};  ///< xMin yMin xMax yMax of head
};

}  // namespace medcert::model
