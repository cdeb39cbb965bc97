// SPDX-License-Identifier: Apache-2.0
// The marker structure of a JPEG file, walked without decoding anything: how many scans an input asks the
// decoder for, and whether medcert's own output holds only the segments a JPEG needs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medcert::images {

struct JpegMarkers {
  std::vector<unsigned char> codes;  ///< the second byte of each marker, in file order (0xD8 SOI first)
  bool complete = false;             ///< the walk reached EOI at the very end of the bytes
};

/// The markers of `jpeg`, the entropy-coded data of each scan skipped. The walk stops where the structure
/// breaks (what follows is the decoder's to judge): `complete` then stays false.
JpegMarkers jpeg_markers(std::string_view jpeg);

/// Scans (SOS markers) of `jpeg`: one for a baseline JPEG, about ten for a progressive one.
std::size_t jpeg_scan_count(std::string_view jpeg);

/// Nothing when `jpeg` is exactly what medcert writes: SOI, quantisation and Huffman tables, one baseline
/// frame, one scan, EOI (libvips writes no JFIF APP0 when it strips, so none is allowed either); otherwise the
/// first marker that should not be there ("APP1", "COM", "SOF2") or what is missing.
std::optional<std::string> unexpected_segment(std::string_view jpeg);

}  // namespace medcert::images
