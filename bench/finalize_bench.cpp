// SPDX-License-Identifier: Apache-2.0
// The finalize stage alone (src/pdf/: PDF/A, XMP, font fix-ups, findings, signature field) on the long
// physician example as libharu draws it. The stages before it run once, untimed; only pdf::finalize is
// timed, at each PDF/A level. Counter: size added to libharu's PDF.
// Run: build/release/bench/medcert_finalize_bench  (see README "Performance")
#include <benchmark/benchmark.h>

#include <stdexcept>

#include <medcert/environment.hpp>

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

constexpr std::int64_t kNow = 1795219200;  // 2026-11-21T00:00:00Z, as the tests use

template <class T>
T value_of(model::Result<T> result, const char* what) {
  if (!result.value || has_errors(result.diagnostics)) throw std::runtime_error(std::string("cannot ") + what);
  return std::move(*result.value);
}

struct Rendered {
  std::string pdf;  // libharu's, before finalize
  pdf::OutputIntent intent;
  pdf::FinalizeInput input;
};

const Rendered& rendered() {
  static const Rendered once = [] {
    const Environment& env = *system_environment();
    const auto templates = value_of(load::load_templates(env, MEDCERT_SOURCE_DIR "/templates"), "load the templates");
    const auto manifest = value_of(load::load_font_manifest(env, MEDCERT_SOURCE_DIR "/fonts/manifest.yaml"), "load the manifest");
    const auto fonts = value_of(fonts::FontSet::load(env, manifest), "load the fonts");
    const char* path = MEDCERT_SOURCE_DIR "/examples/medecin/long.yaml";
    const auto text = env.read_file(path);
    if (!text) throw std::runtime_error(std::string("cannot read ") + path);
    const auto findings = value_of(load::load_findings(*text, path), "load the example");
    const model::Template& chosen = *value_of(api::select_template(templates, findings), "select the template");
    const auto pages = value_of(layout::layout(value_of(compose::compose(chosen, findings), "compose"), *fonts), "lay out");
    const auto subsets = fonts->subset(pages);  // as the engine renders: only the glyphs the pages use
    Rendered r{value_of(render::render(pages, subsets.files, render::RenderOptions{kNow}), "render"),
               value_of(pdf::load_output_intent(env, manifest.output_intent.file, manifest.output_intent.identifier),
                        "load the output intent"),
               {}};
    r.input = pdf::FinalizeInput{pdf::Conformance::a3b, kNow, pages.title, pages.author,
                                 pdf::CertificateIdentity{chosen.id, chosen.version, chosen.profession.id, false},
                                 pdf::findings_json(findings), pages.signature, nullptr};
    return r;
  }();
  return once;
}

void BM_finalize_long(benchmark::State& state) {
  const Rendered& r = rendered();
  pdf::FinalizeInput input = r.input;
  input.level = static_cast<pdf::Conformance>(state.range(0));
  input.output_intent = &r.intent;
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto result = pdf::finalize(r.pdf, input);
    if (!result.value) state.SkipWithError("finalize failed");
    bytes = result.value ? result.value->size() : 0;
    benchmark::DoNotOptimize(result);
  }
  state.SetLabel(input.level == pdf::Conformance::a3b ? "3b" : input.level == pdf::Conformance::a2b ? "2b" : "1b");
  state.counters["added_KiB"] = (static_cast<double>(bytes) - static_cast<double>(r.pdf.size())) / 1024.0;
}
BENCHMARK(BM_finalize_long)
    ->Arg(static_cast<int>(pdf::Conformance::a3b))
    ->Arg(static_cast<int>(pdf::Conformance::a1b))
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
