// SPDX-License-Identifier: Apache-2.0
// The maps of a CID font that libharu 2.3.0 gets wrong or leaves out, computed from what it does
// write correctly: its /CIDToGIDMap. libharu's UTF-8 fonts use CID = Unicode code point (BMP).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace medcert::pdf {

/// The CIDs that a /CIDToGIDMap stream (two bytes per CID, big-endian GID) maps to a glyph that a font
/// program of `glyph_count` glyphs holds (GID 1 to glyph_count - 1), in ascending order.
std::vector<std::uint16_t> mapped_cids(std::string_view cid_to_gid_map, int glyph_count);

/// A ToUnicode CMap mapping each CID to the code point of the same value (bfrange runs, none crossing a
/// high-byte boundary, at most 100 per block). Surrogate code points are left out: they are not characters.
std::string identity_to_unicode(const std::vector<std::uint16_t>& cids);

/// A /CIDSet bit string (bit 0 is the high bit of byte 0): CID 0 (.notdef) and every CID of `cids`.
std::string cid_set(const std::vector<std::uint16_t>& cids);

}  // namespace medcert::pdf
