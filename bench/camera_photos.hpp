// SPDX-License-Identifier: Apache-2.0
// What the annex benchmarks feed medcert: 12-megapixel camera JPEGs (4000 × 3000, Q 90), made with libvips
// before any timing: a diagonal colour gradient, different for each photograph, under a camera's grain (noise
// costs the entropy decoder what real texture does: about 3.3 MB per photograph, as a phone writes them).
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "images/libvips.hpp"

namespace bench {

inline constexpr int kCameraWidth = 4000, kCameraHeight = 3000;

// The image a libvips operation writes to its `out` argument, owned.
template <class Operation>
medcert::images::ImagePtr vips_made(Operation operation) {
  VipsImage* out = nullptr;
  if (operation(&out) != 0) throw std::runtime_error("libvips: " + medcert::images::take_libvips_error());
  return medcert::images::ImagePtr(out);
}

inline std::string camera_jpeg(int seed) {
  const auto xy = vips_made([](VipsImage** out) { return vips_xyz(out, kCameraWidth, kCameraHeight, nullptr); });
  const auto sum = vips_made([&](VipsImage** out) { return vips_bandmean(xy.get(), out, nullptr); });  // (x + y) / 2
  const double scale[] = {255.0 / kCameraWidth, 180.0 / kCameraWidth, 120.0 / kCameraWidth};
  const double offset[] = {10.0 * seed, 40.0, 200.0 - 20.0 * seed};
  const auto gradient = vips_made([&](VipsImage** out) { return vips_linear(sum.get(), out, scale, offset, 3, nullptr); });
  const auto grain = vips_made([](VipsImage** out) {
    return vips_gaussnoise(out, kCameraWidth, kCameraHeight, "sigma", 6.0, "mean", 0.0, nullptr);
  });
  const auto grainy = vips_made([&](VipsImage** out) { return vips_add(gradient.get(), grain.get(), out, nullptr); });
  const auto bytes = vips_made([&](VipsImage** out) { return vips_cast(grainy.get(), out, VIPS_FORMAT_UCHAR, nullptr); });
  const auto rgb = vips_made([&](VipsImage** out) {
    return vips_copy(bytes.get(), out, "interpretation", VIPS_INTERPRETATION_sRGB, nullptr);
  });
  void* buffer = nullptr;
  std::size_t length = 0;
  if (vips_jpegsave_buffer(rgb.get(), &buffer, &length, "Q", 90, nullptr) != 0)
    throw std::runtime_error("libvips: " + medcert::images::take_libvips_error());
  std::string jpeg(static_cast<const char*>(buffer), length);
  g_free(buffer);
  return jpeg;
}

/// `count` different camera photographs.
inline std::vector<std::string> camera_jpegs(int count) {
  if (!medcert::images::libvips_ready()) throw std::runtime_error("libvips could not start");
  std::vector<std::string> photos;
  for (int i = 0; i < count; ++i) photos.push_back(camera_jpeg(i));
  return photos;
}

}  // namespace bench
