// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: arbitrary bytes as a findings file, through the whole check that `medcert check`
// runs (load, template selection, validate with the wording rules, compose, layout). The engine, with
// the source tree's templates and fonts, is built once: only the findings change between inputs.
#include <cstddef>
#include <cstdint>
#include <string>

#include <medcert/engine.hpp>

namespace {

// SOURCE_DATE_EPOCH of the tests: a fixed "now", so that an input behaves the same on every run.
constexpr std::int64_t kNow = 1795219200;

const medcert::Engine& engine() {
  static const medcert::Engine instance(medcert::EngineConfig{MEDCERT_FUZZ_DATA_DIR, {}, {}});
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const medcert::Source source{std::string(reinterpret_cast<const char*>(data), size), "fuzz.yaml"};
  const auto result = engine().check(source, medcert::RenderOptions{kNow});
  // What every caller relies on: text that cannot be read is reported, never silently accepted.
  if (!result.parsed && result.diagnostics.empty()) __builtin_trap();
  return 0;
}
