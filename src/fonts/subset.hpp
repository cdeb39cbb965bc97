// SPDX-License-Identifier: Apache-2.0
// Real font subsetting (HarfBuzz hb-subset): a TrueType program holding only the glyphs of the code
// points a document prints, and the tables libharu and a PDF reader need.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <hb.h>

namespace medcert::fonts {

/// Adds the code points of UTF-8 text to `set` (an ill-formed sequence adds U+FFFD, as a reader would show).
void add_code_points(std::string_view utf8, hb_set_t* set);

/// The program of `face` cut down to `code_points` (plus .notdef), without layout tables (libharu
/// neither shapes nor kerns) nor hinting. Nullopt when HarfBuzz cannot subset the face.
std::optional<std::string> subset_program(hb_face_t* face, const hb_set_t* code_points);

}  // namespace medcert::fonts
