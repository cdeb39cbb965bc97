// SPDX-License-Identifier: Apache-2.0
// One Engine, many threads: each thread renders different certificates at the same time, and every PDF
// is byte-identical to the one rendered alone. Also run under ThreadSanitizer (preset "tsan").
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <medcert/engine.hpp>

namespace {

constexpr std::int64_t kNow = 1795219200;  // 2026-11-21T00:00:00Z
constexpr int kThreads = 4;
constexpr int kRounds = 2;

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

// Every profession's example (examples/<profession>/*.yaml, faulty/ aside), and the physician's short one
// with other ITTs: different certificates, short and long.
std::vector<medcert::Source> certificates() {
  std::vector<medcert::Source> sources;
  std::vector<std::filesystem::path> paths;
  for (const auto& folder : std::filesystem::directory_iterator(std::string(MEDCERT_SOURCE_DIR) + "/examples"))
    if (folder.is_directory())
      for (const auto& file : std::filesystem::directory_iterator(folder.path()))
        if (file.path().extension() == ".yaml") paths.push_back(file.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) sources.push_back({read(path.string()), path.string()});

  const std::string court = read(std::string(MEDCERT_SOURCE_DIR) + "/examples/medecin/court.yaml");
  const std::string itt = "itt: {mode: fixed, days: 2}";
  REQUIRE(court.find(itt) != std::string::npos);
  for (int days : {1, 3, 4}) {
    std::string text = court;
    text.replace(text.find(itt), itt.size(), "itt: {mode: fixed, days: " + std::to_string(days) + "}");
    sources.push_back({std::move(text), "court-itt-" + std::to_string(days) + ".yaml"});
  }
  return sources;
}

}  // namespace

TEST_CASE("many threads render through one engine, byte-identical to one thread") {
  const medcert::Engine engine(medcert::EngineConfig{MEDCERT_SOURCE_DIR, {}, {}, medcert::system_environment()});
  const auto sources = certificates();
  // An example's photographs are read beside it (the annexes' example has four).
  const auto options = [](const medcert::Source& source) {
    medcert::RenderOptions o{kNow};
    o.photo_folder = std::filesystem::path(source.name).parent_path().string();
    return o;
  };

  std::vector<std::string> alone;
  for (const auto& source : sources) {
    auto result = engine.render(source, options(source));
    INFO(source.name);
    REQUIRE(result.ok());
    alone.push_back(std::move(result.pdf));
  }
  REQUIRE(sources.size() >= 8);
  for (std::size_t i = 1; i < alone.size(); ++i) CHECK((alone[i] != alone[0]));  // really different documents

  // Each thread starts at a different document, so different certificates are in flight together.
  std::vector<std::vector<std::string>> together(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < kRounds; ++round)
        for (std::size_t i = 0; i < sources.size(); ++i)
          together[t].push_back(engine.render(sources[(i + t) % sources.size()], options(sources[(i + t) % sources.size()])).pdf);
    });
  for (auto& thread : threads) thread.join();

  for (int t = 0; t < kThreads; ++t) {
    REQUIRE(together[t].size() == kRounds * sources.size());
    for (std::size_t k = 0; k < together[t].size(); ++k) {
      INFO("thread " << t << ", render " << k);
      CHECK((together[t][k] == alone[(k % sources.size() + t) % sources.size()]));  // no 100 KiB dump on failure
    }
  }
}
