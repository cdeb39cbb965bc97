// SPDX-License-Identifier: Apache-2.0
// In-process cost of the pipeline on the long physician example: check alone, and check + render
// to PDF bytes, through one Engine loaded once, from 1 and 2 threads (documents per second); the cost
// of an engine: load time, and resident memory per engine; signing and verifying the rendered PDF (cost
// per document, bytes the signature adds). Counters: PDF size and the peak RSS.
// Run: build/release/bench/medcert_bench  (see README "Performance"); the templates and fonts are the
// source tree's, or MEDCERT_DATA_DIR's when it is set (to measure a build against another commit's data).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <vector>

#include <unistd.h>

#include <sys/resource.h>

#include <medcert/engine.hpp>
#include <medcert/signing.hpp>
#include <medcert/verification.hpp>

#include "file_content.hpp"

namespace {

const char* const kExample = MEDCERT_SOURCE_DIR "/examples/medecin/long.yaml";
constexpr std::int64_t kNow = 1795219200;  // 2026-11-21T00:00:00Z, as the tests use

medcert::Source long_example() { return {file_content(kExample), kExample}; }

medcert::EngineConfig engine_config() {
  const char* dir = std::getenv("MEDCERT_DATA_DIR");
  return medcert::EngineConfig{dir && *dir ? dir : MEDCERT_SOURCE_DIR, {}, {}, medcert::system_environment()};
}

const medcert::Engine& engine() {
  static const medcert::Engine instance(engine_config());
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
    medcert::Engine e(engine_config());
    benchmark::DoNotOptimize(e);
  }
}
BENCHMARK(BM_engine_load)->Unit(benchmark::kMillisecond);

// What a cold `medcert check` does in process: a new engine (templates, fonts, the wording lexicon) and
// its first check of the long example (which compiles the template's wording rules).
void BM_engine_load_first_check(benchmark::State& state) {
  const auto source = long_example();
  for (auto _ : state) {
    medcert::Engine e(engine_config());
    auto result = e.check(source, {kNow});
    if (!result.ok()) state.SkipWithError("the long example does not check clean");
    benchmark::DoNotOptimize(result);
  }
}
BENCHMARK(BM_engine_load_first_check)->Unit(benchmark::kMillisecond);

// An EHR server's throughput: every thread renders through the same engine.
void BM_render_threads(benchmark::State& state) {
  const auto source = long_example();
  for (auto _ : state) {
    auto result = engine().render(source, {kNow});
    if (!result.ok()) state.SkipWithError("the long example does not render");
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(state.iterations());  // reported as documents per second, all threads together
}
BENCHMARK(BM_render_threads)->Threads(1)->Threads(2)->UseRealTime()->Unit(benchmark::kMillisecond);

double resident_kib() {
  std::ifstream statm("/proc/self/statm");
  long pages_total = 0, pages_resident = 0;
  statm >> pages_total >> pages_resident;
  return static_cast<double>(pages_resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1024.0;
}

// What one more engine costs in resident memory, once the libraries and the first engine are loaded.
void BM_engine_memory(benchmark::State& state) {
  constexpr int kEngines = 8;
  engine();
  double per_engine = 0;
  for (auto _ : state) {
    std::vector<std::unique_ptr<medcert::Engine>> engines;
    const double before = resident_kib();
    for (int i = 0; i < kEngines; ++i)
      engines.push_back(std::make_unique<medcert::Engine>(
          engine_config()));
    per_engine = (resident_kib() - before) / kEngines;
  }
  state.counters["RSS_KiB_per_engine"] = per_engine;
}
BENCHMARK(BM_engine_memory)->Iterations(3)->Unit(benchmark::kMillisecond);

// A software key (RSA-2048, with its CA: the PKI of tests/e2e/make_test_pki.sh, made once in a temporary
// folder) and the long example rendered once.
struct Signing {
  std::filesystem::path pki;
  std::string unsigned_pdf;
  std::unique_ptr<medcert::Signer> signer;
  Signing() {
    std::string dir = (std::filesystem::temp_directory_path() / "medcert-bench-XXXXXX").string();
    if (!mkdtemp(dir.data())) throw std::runtime_error("mkdtemp failed");
    pki = dir;
    const std::string make = "bash '" MEDCERT_SOURCE_DIR "/tests/e2e/make_test_pki.sh' '" + dir + "' >/dev/null";
    if (std::system(make.c_str()) != 0) throw std::runtime_error("make_test_pki.sh failed");
    std::string password = file_content(dir + "/password");
    password.resize(password.find('\n'));
    signer = medcert::open_pkcs12(file_content(dir + "/signer.p12"), password).signer;
    unsigned_pdf = engine().render(long_example(), {kNow}).pdf;
    if (!signer || unsigned_pdf.empty()) throw std::runtime_error("no key or no PDF to sign");
  }
  ~Signing() { std::filesystem::remove_all(pki); }
};

const Signing& signing() {
  static const Signing instance;
  return instance;
}

void BM_sign_long(benchmark::State& state) {
  medcert::SignOptions options;
  options.time = kNow;
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto result = medcert::sign_pdf(signing().unsigned_pdf, *signing().signer, options);
    if (!result.ok()) state.SkipWithError("signing failed");
    bytes = result.pdf.size();
    benchmark::DoNotOptimize(result);
  }
  state.counters["added_KiB"] = static_cast<double>(bytes - signing().unsigned_pdf.size()) / 1024.0;
}
BENCHMARK(BM_sign_long)->Unit(benchmark::kMillisecond);

void BM_verify_long(benchmark::State& state) {
  medcert::SignOptions options;
  options.time = kNow;
  const std::string signed_pdf = medcert::sign_pdf(signing().unsigned_pdf, *signing().signer, options).pdf;
  for (auto _ : state) {
    auto report = medcert::verify_pdf(signed_pdf);
    if (report.status != medcert::VerifyStatus::valid) state.SkipWithError("verification failed");
    benchmark::DoNotOptimize(report);
  }
}
BENCHMARK(BM_verify_long)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
