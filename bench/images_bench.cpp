// SPDX-License-Identifier: Apache-2.0
// The images stage alone (src/images/): four 12-megapixel camera JPEGs (camera_photos.hpp, made once before
// timing) prepared for the annex as the engine does (src/api/annex_photos.cpp): fitted within 1300 × 1300
// pixels, 1300 × 975 for these. Timed: the four, one after the other, on one thread. Counters: input and output size per photo.
// Run: build/release/bench/medcert_images_bench  (see README "Performance")
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "camera_photos.hpp"
#include "images/photo.hpp"

namespace {

constexpr int kPhotos = 4;
constexpr int kBoxWidth = 1300, kBoxHeight = 1300;

const std::vector<std::string>& photographs() {
  static const std::vector<std::string> made = bench::camera_jpegs(kPhotos);
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
