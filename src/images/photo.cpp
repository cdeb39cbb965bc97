// SPDX-License-Identifier: Apache-2.0
#include "images/photo.hpp"

#include <utility>
#include <vector>

#include "images/encode.hpp"
#include "images/jpeg_markers.hpp"
#include "images/png_chunks.hpp"
#include "model/diag.hpp"
#include "pdf/sha256.hpp"

namespace medcert::images {
namespace {

// A count with its thousands grouped as each language writes them: 50 000 000 (narrow no-break spaces),
// 50,000,000.
MessageParam grouped(std::string name, std::uint64_t value) {
  const std::string digits = std::to_string(value);
  std::string fr, en;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) {
      fr += "\u202F";
      en += ',';
    }
    fr += digits[i];
    en += digits[i];
  }
  return model::param(std::move(name), std::move(fr), std::move(en));
}

std::uint64_t kib(std::uint64_t bytes) { return (bytes + 1023) / 1024; }

model::Result<PreparedPhoto> refused(std::string_view id, std::string_view name, std::vector<MessageParam> params = {}) {
  params.insert(params.begin(), model::param("file", std::string(name)));
  return {std::nullopt, {model::error(id, "", {}, std::move(params))}};
}

}  // namespace

std::optional<Diagnostic> too_large(std::uint64_t size, std::string_view name, const PhotoLimits& limits) {
  if (size <= limits.max_file_bytes) return std::nullopt;
  return model::error("P-IMAGE.too_large", "", {},
                      {model::param("file", std::string(name)), grouped("size", kib(size)),
                       grouped("limit", kib(limits.max_file_bytes))});
}

model::Result<PreparedPhoto> prepare_photo(std::string_view original, std::string_view name, int max_width,
                                           int max_height, const PhotoLimits& limits) {
  if (max_width < 1 || max_height < 1)
    return refused("P-IMAGE.internal", name, {model::param("detail", "a box of no pixels")});
  if (original.empty()) return refused("P-IMAGE.empty", name);
  if (auto refusal = too_large(original.size(), name, limits)) return {std::nullopt, {std::move(*refusal)}};
  const auto format = sniff(original);
  if (!format) return refused("P-IMAGE.not_image", name);
  if (!libvips_ready()) return refused("P-IMAGE.internal", name, {model::param("detail", "libvips could not start")});
  take_libvips_error();  // what an earlier call left there (libjpeg's warnings go there too) is not this file's

  const std::string png = *format == Format::png ? decoding_chunks(original) : std::string();
  const std::string_view bytes = *format == Format::png ? std::string_view(png) : original;
  const ImagePtr header = open_photo(bytes, *format);
  if (!header) return refused("P-IMAGE.malformed", name, {model::param("detail", take_libvips_error())});
  const Size stored{vips_image_get_width(header.get()), vips_image_get_height(header.get())};
  const auto pixels = static_cast<std::uint64_t>(stored.width) * static_cast<std::uint64_t>(stored.height);
  if (pixels > limits.max_pixels)
    return refused("P-IMAGE.too_many_pixels", name,
                   {grouped("width", static_cast<std::uint64_t>(stored.width)),
                    grouped("height", static_cast<std::uint64_t>(stored.height)), grouped("pixels", pixels),
                    grouped("limit", limits.max_pixels)});
  if (*format == Format::jpeg)
    if (const auto scans = jpeg_scan_count(bytes); scans > limits.max_jpeg_scans)
      return refused("P-IMAGE.too_many_scans", name, {grouped("scans", scans), grouped("limit", limits.max_jpeg_scans)});

  auto encoded = encode_photo(bytes, *format, header.get(), {max_width, max_height});
  if (!encoded) return refused("P-IMAGE.malformed", name, {model::param("detail", take_libvips_error())});
  // Checked, not trusted: whatever libvips does in another version, no metadata leaves medcert.
  if (const auto unexpected = unexpected_segment(encoded->jpeg))
    return refused("P-IMAGE.internal", name, {model::param("detail", "the JPEG written holds " + *unexpected)});
  PreparedPhoto photo{std::move(encoded->jpeg), encoded->size.width, encoded->size.height, pdf::sha256_hex(original)};
  return {std::move(photo), {}};
}

}  // namespace medcert::images
