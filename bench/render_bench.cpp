// In-process cost of the pipeline on the long physician example: check alone, and check + render
// to PDF bytes, through one Engine loaded once. Counters: PDF size and the process's peak RSS.
// Run: build/release/bench/medcert_bench  (see README "Performance")
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <sys/resource.h>

#include <medcert/engine.hpp>

namespace {

const char* const kExample = MEDCERT_SOURCE_DIR "/examples/medecin-long.yaml";
constexpr std::int64_t kNow = 1795219200;  // 2026-11-21T00:00:00Z, as the tests use

medcert::Source long_example() {
  std::ifstream in(kExample, std::ios::binary);
  if (!in) throw std::runtime_error(std::string("cannot read ") + kExample);
  std::ostringstream text;
  text << in.rdbuf();
  return {std::move(text).str(), kExample};
}

const medcert::Engine& engine() {
  static const medcert::Engine instance(medcert::EngineConfig{MEDCERT_SOURCE_DIR, {}, {}, medcert::system_environment()});
  return instance;
}

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

void BM_check_long(benchmark::State& state) {
  const auto source = long_example();
  for (auto _ : state) {
    auto result = engine().check(source, {kNow});
    if (!result.ok()) state.SkipWithError("the long example does not check clean");
    benchmark::DoNotOptimize(result);
  }
}
BENCHMARK(BM_check_long)->Unit(benchmark::kMillisecond);

void BM_render_long(benchmark::State& state) {
  const auto source = long_example();
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto result = engine().render(source, {kNow});
    if (!result.ok()) state.SkipWithError("the long example does not render");
    bytes = result.pdf.size();
    benchmark::DoNotOptimize(result);
  }
  state.counters["pdf_KiB"] = static_cast<double>(bytes) / 1024.0;
  state.counters["peak_RSS_MiB"] = peak_rss_mib();
}
BENCHMARK(BM_render_long)->Unit(benchmark::kMillisecond);

void BM_engine_load(benchmark::State& state) {
  for (auto _ : state) {
    medcert::Engine e(medcert::EngineConfig{MEDCERT_SOURCE_DIR, {}, {}, medcert::system_environment()});
    benchmark::DoNotOptimize(e);
  }
}
BENCHMARK(BM_engine_load)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
