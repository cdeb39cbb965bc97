// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: arbitrary bytes as a photograph for the annex, prepared as images::prepare_photo does
// for the engine: sniffed, bounded, decoded by libvips's JPEG or PNG loader, written again as a clean JPEG.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "images/jpeg_markers.hpp"
#include "images/photo.hpp"

namespace {

constexpr int kBoxWidth = 945, kBoxHeight = 709;  // 8 cm × 6 cm at 300 dpi, as the annex asks

// 4 megapixels rather than 50: a few bytes of PNG can claim 50 megapixels of zeros, which would then spend
// the fuzzer's time decoding one input; the limit is checked by the same code at any value.
medcert::images::PhotoLimits limits() {
  medcert::images::PhotoLimits limits;
  limits.max_pixels = 4'000'000;
  return limits;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto result = medcert::images::prepare_photo(bytes, "fuzz.jpg", kBoxWidth, kBoxHeight, limits());
  // The documented promises: a refusal says why, and is never medcert's own failure; a photograph fits the
  // box and holds only the segments a JPEG needs.
  if (!result.value) {
    if (result.diagnostics.size() != 1 || result.diagnostics[0].message_id == "P-IMAGE.internal") __builtin_trap();
    return 0;
  }
  const auto& photo = *result.value;
  if (!result.diagnostics.empty() || photo.width < 1 || photo.width > kBoxWidth || photo.height < 1 ||
      photo.height > kBoxHeight || medcert::images::unexpected_segment(photo.jpeg))
    __builtin_trap();
  return 0;
}
