// SPDX-License-Identifier: Apache-2.0
// The libvips pipeline: an untrusted JPEG or PNG to a clean baseline JPEG.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "images/fit.hpp"
#include "images/libvips.hpp"
#include "images/sniff.hpp"

namespace medcert::images {

/// `bytes` opened by the one loader of `format` (never libvips's generic one), strict about truncation,
/// for one pass from top to bottom: only the header is read, no pixel is decoded until one is asked for.
/// Null when libvips refused it (take_libvips_error() says why).
ImagePtr open_photo(std::string_view bytes, Format format, int jpeg_shrink = 1);

struct Encoded {
  std::string jpeg;
  Size size;
};

/// The photograph `header` (opened by open_photo from `bytes`) decoded — a JPEG again from `bytes`, shrunk
/// by libjpeg as far as the box allows —, flattened on white, made 8-bit sRGB (through its ICC profile when
/// it embeds one), fitted within `box` as it is displayed (never enlarged), turned upright as its EXIF
/// orientation says, and written as a baseline JPEG without any metadata. Empty when libvips failed, the
/// decoding of a truncated or corrupt file included (take_libvips_error() says why).
std::optional<Encoded> encode_photo(std::string_view bytes, Format format, VipsImage* header, Size box);

}  // namespace medcert::images
