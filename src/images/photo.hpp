// SPDX-License-Identifier: Apache-2.0
// images/: a photograph file given for the certificate's annex (untrusted, perhaps hostile) made into a
// clean JPEG the PDF can embed as it is. The only stage that includes libvips.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/result.hpp"

namespace medcert::images {

/// What medcert decodes at most: far above a camera's photograph, low enough that a hostile file is refused
/// before it costs much memory or time.
struct PhotoLimits {
  std::size_t max_file_bytes = 20u << 20;   ///< P-IMAGE.too_large; a 50-megapixel camera writes about 25 MB at most
  std::uint64_t max_pixels = 50'000'000;   ///< P-IMAGE.too_many_pixels, from the header (decompression bombs)
  std::size_t max_jpeg_scans = 100;        ///< P-IMAGE.too_many_scans: each scan of a progressive JPEG is a pass over all of it
};

struct PreparedPhoto {
  std::string jpeg;             ///< baseline 8-bit sRGB JPEG: quantisation and Huffman tables, frame, scan; no metadata
  int width = 0, height = 0;    ///< its pixels, upright
  std::string original_sha256;  ///< of the bytes given, 64 lowercase hexadecimal digits
};

/// P-IMAGE.too_large for a file of `size` bytes named `name`, when over the limit: a caller that knows a file's
/// size asks before reading it, so that a file of gigabytes is never read (prepare_photo asks it too).
std::optional<Diagnostic> too_large(std::uint64_t size, std::string_view name, const PhotoLimits& limits = {});

/// `original` (JPEG or PNG, by its first bytes) with its EXIF orientation applied, transparency flattened on
/// white, colours made sRGB, fitted within `max_width` × `max_height` pixels (never enlarged), written again
/// without any metadata (EXIF, GPS, XMP, ICC, comments). The same bytes always give the same JPEG.
/// `name` is only for messages (the file as the findings name it): every diagnostic has it as its `file`
/// parameter, and no location (the caller knows where the findings name the file). Never throws on bad input:
/// P-IMAGE.empty, .too_large, .not_image, .too_many_pixels, .too_many_scans, .malformed; P-IMAGE.internal
/// for medcert's own failures.
model::Result<PreparedPhoto> prepare_photo(std::string_view original, std::string_view name, int max_width,
                                           int max_height, const PhotoLimits& limits = {});

}  // namespace medcert::images
