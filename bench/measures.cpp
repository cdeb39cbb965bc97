// SPDX-License-Identifier: Apache-2.0
// The measures of README "Performance" (issue 8), as medians of timed loops, printed one per line.
//   medcert_measures time [PKI_DIR]  render + finalize per document (the stages alone, and the whole
//                                    Engine::render), signed per document (PKI_DIR/signer.p12, an
//                                    RSA-2048 key made by tests/e2e/make_test_pki.sh), one-page size
//   medcert_measures memory N        peak RSS of this process after N renders through one engine
//   medcert_measures annexes [DIR]   Engine::render of the 12-lesion example with its diagram and four
//                                    12-megapixel photographs (camera_photos.hpp): time, PDF size, peak
//                                    RSS; DIR receives the example and its photographs for a cold CLI run
// Run them all: bench/run_all.sh BUILD_DIR
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <time.h>

#include <medcert/engine.hpp>
#include <medcert/signing.hpp>

#include "camera_photos.hpp"
#include "file_content.hpp"
#include "api/template_selection.hpp"
#include "compose/compose.hpp"
#include "fonts/font_set.hpp"
#include "layout/layout.hpp"
#include "load/load.hpp"
#include "pdf/finalize.hpp"
#include "pdf/findings_json.hpp"
#include "render/render.hpp"

namespace {

using namespace medcert;

const std::string kSource = MEDCERT_SOURCE_DIR;
const std::string kLong = kSource + "/examples/medecin/long.yaml";
const std::string kShort = kSource + "/examples/medecin/court.yaml";
const std::string kAnnexes = kSource + "/examples/medecin/annexes.yaml";
constexpr std::int64_t kNow = 1795219200;  // SOURCE_DATE_EPOCH of the tests
constexpr int kRuns = 200;

template <class T>
T value_of(model::Result<T> result, const char* what) {
  if (!result.value || has_errors(result.diagnostics)) throw std::runtime_error(std::string("cannot ") + what);
  return std::move(*result.value);
}

/// Medians of `runs` calls after a few untimed warm-up calls, in milliseconds: the thread's CPU time
/// (steady on a shared machine) and the wall time.
struct Median {
  double cpu = 0, wall = 0;
};

double thread_cpu_ms() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double median_of(std::vector<double>& values) {
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
  return values[values.size() / 2];
}

Median median_ms(const std::function<void()>& call, int runs = kRuns) {
  for (int i = 0; i < 5; ++i) call();
  std::vector<double> cpu, wall;
  for (int i = 0; i < runs; ++i) {
    const double cpu_start = thread_cpu_ms();
    const auto start = std::chrono::steady_clock::now();
    call();
    wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    cpu.push_back(thread_cpu_ms() - cpu_start);
  }
  return {median_of(cpu), median_of(wall)};
}

void print(const char* what, const Median& median) {
  std::printf("%s: %.3f ms CPU (%.3f ms wall), median of %d\n", what, median.cpu, median.wall, kRuns);
}

Engine make_engine() { return Engine(EngineConfig{kSource, {}, {}, system_environment()}); }

RenderResult render_or_throw(const Engine& engine, const Source& source) {
  auto result = engine.render(source, {kNow});
  if (!result.ok()) throw std::runtime_error("cannot render " + source.name);
  return result;
}

/// render + finalize alone: the stages before them run once, untimed, as an engine would have them.
Median stages_ms() {
  const Environment& env = *system_environment();
  const auto templates = value_of(load::load_templates(env, kSource + "/templates"), "load the templates");
  const auto manifest = value_of(load::load_font_manifest(env, kSource + "/fonts/manifest.yaml"), "load the manifest");
  const auto fonts = value_of(fonts::FontSet::load(env, manifest), "load the fonts");
  const auto intent = value_of(
      pdf::load_output_intent(env, manifest.output_intent.file, manifest.output_intent.identifier), "load the ICC");
  const auto findings = value_of(load::load_findings(file_content(kLong), kLong), "load the example");
  const model::Template& chosen = *value_of(api::select_template(templates, findings), "select the template");
  const auto pages = value_of(layout::layout(value_of(compose::compose(chosen, findings), "compose"), *fonts), "lay out");
  const pdf::FinalizeInput input{pdf::Conformance::a3b, kNow, pages.title, pages.author,
                                 pdf::CertificateIdentity{chosen.id, chosen.version, chosen.profession.id, false},
                                 pdf::findings_json(findings), pages.signature, &intent};
  return median_ms([&] {
    const auto subsets = fonts->subset(pages);
    const auto rendered = value_of(render::render(pages, subsets.files, render::RenderOptions{kNow}), "render");
    value_of(pdf::finalize(rendered, input), "finalize");
  });
}

int time_all(const std::string& pki) {
  const Engine engine = make_engine();
  const Source long_example{file_content(kLong), kLong};
  print("render+finalize, long example, the stages alone (subset, libharu, PoDoFo)", stages_ms());
  print("Engine::render, long example (load, validate, compose, layout, render, finalize)",
        median_ms([&] { render_or_throw(engine, long_example); }));
  if (!pki.empty()) {
    std::string password = file_content(pki + "/password");
    password.resize(password.find('\n'));
    const auto opened = open_pkcs12(file_content(pki + "/signer.p12"), password);
    if (!opened.signer) throw std::runtime_error("cannot open the test key");
    SignOptions options;
    options.time = kNow;
    const std::string unsigned_pdf = render_or_throw(engine, long_example).pdf;
    const auto sign = [&](const std::string& pdf) {
      if (!sign_pdf(pdf, *opened.signer, options).ok()) throw std::runtime_error("cannot sign");
    };
    print("sign alone (RSA-2048 software key, PAdES B-B)", median_ms([&] { sign(unsigned_pdf); }));
    print("Engine::render + sign, long example", median_ms([&] { sign(render_or_throw(engine, long_example).pdf); }));
  }
  const std::string one_page = render_or_throw(engine, Source{file_content(kShort), kShort}).pdf;
  std::printf("size, examples/medecin/court.yaml, PDF/A-3b with embedded findings, unsigned: %zu bytes (%.1f KB)\n",
              one_page.size(), static_cast<double>(one_page.size()) / 1000.0);
  return 0;
}

double process_cpu_ms() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// The example's photographs replaced by 12-megapixel ones, under the names its findings give: what a phone's
// photographs cost, not the example's small synthetic files. The process's CPU time, since libvips decodes on
// its worker thread.
int annexes(const std::string& dir) {
  const Engine engine = make_engine();
  const Source example{file_content(kAnnexes), kAnnexes};
  const std::vector<std::string> names = {"photos/avant-bras-droit.jpg", "photos/epaule-gauche.jpg",
                                          "photos/cuisse-gauche.jpg", "photos/bras-droit.jpg"};
  const auto jpegs = bench::camera_jpegs(static_cast<int>(names.size()));
  RenderOptions options{kNow};
  for (std::size_t i = 0; i < names.size(); ++i) options.photos[names[i]] = jpegs[i];
  const auto render = [&] {
    auto result = engine.render(example, options);
    if (!result.ok()) throw std::runtime_error("cannot render the annexes example");
    return result.pdf;
  };
  constexpr int kAnnexRuns = 15;
  for (int i = 0; i < 2; ++i) render();
  std::vector<double> cpu, wall;
  std::string pdf;
  for (int i = 0; i < kAnnexRuns; ++i) {
    const double cpu_start = process_cpu_ms();
    const auto start = std::chrono::steady_clock::now();
    pdf = render();
    wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    cpu.push_back(process_cpu_ms() - cpu_start);
  }
  std::size_t in_bytes = 0;
  for (const auto& jpeg : jpegs) in_bytes += jpeg.size();
  std::printf("Engine::render, 12 lesions + diagram + four 12-MP photographs (%.1f MB in): %.1f ms process CPU "
              "(%.1f ms wall), median of %d\n",
              static_cast<double>(in_bytes) / 1e6, median_of(cpu), median_of(wall), kAnnexRuns);
  std::printf("size of that PDF (PDF/A-3b, findings embedded, unsigned): %zu bytes (%.2f MB)\n", pdf.size(),
              static_cast<double>(pdf.size()) / 1e6);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS of this process (engine, photographs in memory, %d renders): %.1f MiB\n", kAnnexRuns + 2,
              static_cast<double>(usage.ru_maxrss) / 1024.0);
  if (!dir.empty()) {
    std::filesystem::create_directories(dir + "/photos");
    std::ofstream(dir + "/annexes.yaml", std::ios::binary) << example.text;
    for (std::size_t i = 0; i < names.size(); ++i) std::ofstream(dir + "/" + names[i], std::ios::binary) << jpegs[i];
  }
  return 0;
}

int memory(int documents) {
  const Engine engine = make_engine();
  const Source long_example{file_content(kLong), kLong};
  for (int i = 0; i < documents; ++i) render_or_throw(engine, long_example);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS, engine + %d renders of the long example in one process: %.1f MiB\n", documents,
              static_cast<double>(usage.ru_maxrss) / 1024.0);  // KiB on Linux
  // What the resident memory is made of at the end: the heap (anonymous) against the pages of the shared
  // libraries and ICU's data file (file-backed).
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("RssAnon:", 0) == 0 || line.rfind("RssFile:", 0) == 0) std::printf("  now %s\n", line.c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "time") return time_all(argc > 2 ? argv[2] : "");
    if (mode == "memory" && argc > 2) return memory(std::stoi(argv[2]));
    if (mode == "annexes") return annexes(argc > 2 ? argv[2] : "");
    std::fprintf(stderr, "usage: medcert_measures time [PKI_DIR] | memory N | annexes [DIR]\n");
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "medcert_measures: %s\n", e.what());
    return 1;
  }
}
