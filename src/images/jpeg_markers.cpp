// SPDX-License-Identifier: Apache-2.0
#include "images/jpeg_markers.hpp"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

namespace medcert::images {
namespace {

constexpr unsigned char kSoi = 0xD8, kEoi = 0xD9, kSos = 0xDA, kSof0 = 0xC0, kDht = 0xC4, kDqt = 0xDB,
                        kCom = 0xFE;

bool standalone(unsigned char code) { return code == 0x01 || (code >= 0xD0 && code <= 0xD7); }  // TEM, RSTn

// The offset of the marker that ends the entropy-coded data starting at `at`: 0xFF followed by anything but
// a stuffed zero, a restart marker or another fill 0xFF.
std::size_t end_of_scan(std::string_view data, std::size_t at) {
  while (at < data.size()) {
    const void* ff = std::memchr(data.data() + at, 0xFF, data.size() - at);
    if (!ff) return data.size();
    at = static_cast<std::size_t>(static_cast<const char*>(ff) - data.data());
    if (at + 1 >= data.size()) return data.size();
    const auto next = static_cast<unsigned char>(data[at + 1]);
    if (next != 0x00 && next != 0xFF && !standalone(next)) return at;
    at += next == 0xFF ? 1 : 2;
  }
  return data.size();
}

std::string marker_name(unsigned char code) {
  if (code >= 0xE0 && code <= 0xEF) return fmt::format("APP{}", code - 0xE0);
  if (code >= 0xC0 && code <= 0xCF && code != kDht && code != 0xC8 && code != 0xCC)
    return fmt::format("SOF{}", code - 0xC0);
  if (code == kCom) return "COM";
  return fmt::format("marker FF{:02X}", code);
}

}  // namespace

JpegMarkers jpeg_markers(std::string_view jpeg) {
  JpegMarkers out;
  const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(jpeg[at]); };
  if (jpeg.size() < 2 || byte(0) != 0xFF || byte(1) != kSoi) return out;
  out.codes.push_back(kSoi);
  std::size_t at = 2;
  while (at < jpeg.size() && byte(at) == 0xFF) {
    while (at < jpeg.size() && byte(at) == 0xFF) ++at;  // fill bytes
    if (at == jpeg.size()) break;
    const unsigned char code = byte(at++);
    out.codes.push_back(code);
    if (code == kEoi) {
      out.complete = at == jpeg.size();
      break;
    }
    if (standalone(code)) continue;
    if (jpeg.size() - at < 2) break;
    const std::size_t length = std::size_t{byte(at)} << 8 | byte(at + 1);
    if (length < 2 || length > jpeg.size() - at) break;
    at += length;
    if (code == kSos) at = end_of_scan(jpeg, at);
  }
  return out;
}

std::size_t jpeg_scan_count(std::string_view jpeg) {
  const auto codes = jpeg_markers(jpeg).codes;
  return static_cast<std::size_t>(std::count(codes.begin(), codes.end(), kSos));
}

std::optional<std::string> unexpected_segment(std::string_view jpeg) {
  const auto markers = jpeg_markers(jpeg);
  const auto& codes = markers.codes;
  if (!markers.complete) return "an incomplete marker structure";
  for (std::size_t i = 1; i + 1 < codes.size(); ++i) {
    const unsigned char code = codes[i];
    if (code != kDqt && code != kDht && code != kSof0 && code != kSos) return marker_name(code);
  }
  if (std::count(codes.begin(), codes.end(), kSof0) != 1) return "not exactly one baseline frame (SOF0)";
  if (std::count(codes.begin(), codes.end(), kSos) != 1) return "not exactly one scan";
  return std::nullopt;
}

}  // namespace medcert::images
