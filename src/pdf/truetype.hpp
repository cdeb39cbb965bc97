// SPDX-License-Identifier: Apache-2.0
// The few facts finalize needs from an embedded TrueType program (a /FontFile2 stream): read from
// its tables directly, bounds-checked, since the bytes come from a PDF.
#pragma once

#include <optional>
#include <string_view>

namespace medcert::pdf {

struct TrueTypeFacts {
  int units_per_em = 0;             ///< head.unitsPerEm
  int glyph_count = 0;              ///< maxp.numGlyphs
  std::optional<int> cap_height;    ///< OS/2.sCapHeight (OS/2 version 2 and later), in font units
};

/// Nullopt when the program has no readable head or maxp table.
std::optional<TrueTypeFacts> read_truetype(std::string_view program);

}  // namespace medcert::pdf
