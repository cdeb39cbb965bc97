// SPDX-License-Identifier: Apache-2.0
// The images stage alone (src/images/): four 12-megapixel camera JPEGs (4000 × 3000, Q 90, a gradient with
// grain, made once with libvips before timing) prepared for the annex, 945 × 709 pixels (8 cm × 6 cm at
// 300 dpi). Timed: the four, one after the other, on one thread. Counters: input and output size per photo.
// Run: build/release/bench/medcert_images_bench  (see README "Performance")
#include <benchmark/benchmark.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "images/libvips.hpp"
#include "images/photo.hpp"

namespace {

using medcert::images::ImagePtr;

constexpr int kWidth = 4000, kHeight = 3000, kPhotos = 4;
constexpr int kBoxWidth = 945, kBoxHeight = 709;

// The image a libvips operation writes to its `out` argument, owned.
template <class Operation>
ImagePtr made(Operation operation) {
  VipsImage* out = nullptr;
  if (operation(&out) != 0) throw std::runtime_error("libvips: " + medcert::images::take_libvips_error());
  return ImagePtr(out);
}

// A diagonal colour gradient, different for each photograph, with a camera's grain over it (noise costs the
// entropy decoder what real texture does: about 3.5 MB per photograph, as a phone writes them).
std::string camera_jpeg(int seed) {
  const auto xy = made([](VipsImage** out) { return vips_xyz(out, kWidth, kHeight, nullptr); });
  const auto sum = made([&](VipsImage** out) { return vips_bandmean(xy.get(), out, nullptr); });  // (x + y) / 2
  const double scale[] = {255.0 / kWidth, 180.0 / kWidth, 120.0 / kWidth};
  const double offset[] = {10.0 * seed, 40.0, 200.0 - 20.0 * seed};
  const auto gradient = made([&](VipsImage** out) { return vips_linear(sum.get(), out, scale, offset, 3, nullptr); });
  const auto grain = made([](VipsImage** out) {
    return vips_gaussnoise(out, kWidth, kHeight, "sigma", 6.0, "mean", 0.0, nullptr);
  });
  const auto grainy = made([&](VipsImage** out) { return vips_add(gradient.get(), grain.get(), out, nullptr); });
  const auto bytes = made([&](VipsImage** out) { return vips_cast(grainy.get(), out, VIPS_FORMAT_UCHAR, nullptr); });
  const auto rgb = made([&](VipsImage** out) {
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

const std::vector<std::string>& photographs() {
  static const std::vector<std::string> made = [] {
    if (!medcert::images::libvips_ready()) throw std::runtime_error("libvips could not start");
    std::vector<std::string> photos;
    for (int i = 0; i < kPhotos; ++i) photos.push_back(camera_jpeg(i));
    return photos;
  }();
  return made;
}

void BM_prepare_four_12mp_photos(benchmark::State& state) {
  const auto& photos = photographs();
  std::size_t in_bytes = 0, out_bytes = 0;
  for (const auto& photo : photos) in_bytes += photo.size();
  for (auto _ : state) {
    out_bytes = 0;
    for (const auto& photo : photos) {
      auto result = medcert::images::prepare_photo(photo, "photo.jpg", kBoxWidth, kBoxHeight);
      if (!result.value || result.value->width != kBoxWidth) state.SkipWithError("a photograph was not prepared");
      else out_bytes += result.value->jpeg.size();
      benchmark::DoNotOptimize(result);
    }
  }
  state.counters["in_KiB_per_photo"] = static_cast<double>(in_bytes) / kPhotos / 1024.0;
  state.counters["out_KiB_per_photo"] = static_cast<double>(out_bytes) / kPhotos / 1024.0;
  state.counters["photos_per_s"] = benchmark::Counter(kPhotos, benchmark::Counter::kIsIterationInvariantRate);
}
// Wall time, and the CPU time of the whole process: libvips decodes on its worker thread (one: images/ sets
// its concurrency to 1), not on the benchmark's.
BENCHMARK(BM_prepare_four_12mp_photos)->MeasureProcessCPUTime()->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
