// The public API end to end, in memory: one Engine, findings in, diagnostics and PDF bytes out.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <medcert/engine.hpp>

namespace {

constexpr std::int64_t kNow = 1795219200;  // 2026-11-21T00:00:00Z

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

const medcert::Engine& engine() {
  static const medcert::Engine instance(medcert::EngineConfig{MEDCERT_SOURCE_DIR, {}, {}, medcert::system_environment()});
  return instance;
}

medcert::Source example(const std::string& name) {
  const std::string path = std::string(MEDCERT_SOURCE_DIR) + "/examples/" + name;
  return {read(path), path};
}

// A FILE.expect: "# expect: exit=N", then one "RULE LINE:COLUMN SEVERITY" line per diagnostic.
struct Expected {
  int exit = -1;
  std::multiset<std::string> lines;
};

Expected expected_diagnostics(const std::string& path) {
  Expected expected;
  std::istringstream text(read(path));
  std::string line;
  while (std::getline(text, line)) {
    if (line.rfind("# expect: exit=", 0) == 0) expected.exit = std::stoi(line.substr(15));
    if (!line.empty() && line[0] != '#') expected.lines.insert(line);
  }
  REQUIRE(expected.exit >= 0);
  return expected;
}

std::string listed(const medcert::Diagnostic& d) {
  const auto at = d.location.line == 0 ? std::string("-")
                                       : std::to_string(d.location.line) + ":" + std::to_string(d.location.column);
  return d.rule + " " + at + " " + (d.severity == medcert::Severity::error ? "error" : "warning");
}

// Files from a map and a fixed clock: the engine must reach the world only through this.
class FakeEnvironment final : public medcert::Environment {
 public:
  std::map<std::string, std::string> files;
  std::optional<std::string> read_file(const std::string& path) const override {
    auto it = files.find(path);
    if (it == files.end()) return std::nullopt;
    return it->second;
  }
  std::vector<std::string> list_directory(const std::string&) const override { return {}; }
  std::vector<std::string> list_subdirectories(const std::string&) const override { return {}; }
  std::int64_t now() const override { return kNow; }
};

}  // namespace

TEST_CASE("every profession's good examples render to PDF bytes with no diagnostic at all") {
  int count = 0;
  std::error_code not_a_folder;
  for (const auto& folder : std::filesystem::directory_iterator(MEDCERT_SOURCE_DIR "/examples")) {
    for (const auto& file : std::filesystem::directory_iterator(folder.path(), not_a_folder)) {
      if (file.path().extension() != ".yaml") continue;
      const auto name = folder.path().filename().string() + "/" + file.path().filename().string();
      INFO(name);
      const auto result = engine().render(example(name), {kNow});
      for (const auto& d : result.diagnostics) UNSCOPED_INFO(d.rule << " " << d.message_en);
      CHECK(result.diagnostics.empty());
      REQUIRE(result.ok());
      CHECK(result.pdf.rfind("%PDF-", 0) == 0);
      CHECK(result.pdf.find("%%EOF") != std::string::npos);
      ++count;
    }
  }
  CHECK(count >= 8);
}

TEST_CASE("every faulty example gives exactly the diagnostics listed in its FILE.expect") {
  int count = 0;
  std::error_code no_faulty_folder;  // a folder without faulty/ (examples/ehr-integration) is skipped
  for (const auto& folder : std::filesystem::directory_iterator(MEDCERT_SOURCE_DIR "/examples")) {
    for (const auto& file : std::filesystem::directory_iterator(folder.path() / "faulty", no_faulty_folder)) {
      if (file.path().extension() != ".yaml") continue;
      const auto name = folder.path().filename().string() + "/faulty/" + file.path().filename().string();
      INFO(name);
      const auto expected = expected_diagnostics(file.path().string() + ".expect");
      const auto result = engine().check(example(name), {kNow});
      std::multiset<std::string> reported;
      for (const auto& d : result.diagnostics) reported.insert(listed(d));
      CHECK(reported == expected.lines);
      CHECK(result.parsed == (expected.exit != 2));
      CHECK(result.ok() == (expected.exit == 0));
      ++count;
    }
  }
  CHECK(count >= 20);
}

TEST_CASE("same findings and same time give the same bytes") {
  const auto a = engine().render(example("medecin/court.yaml"), {kNow});
  const auto b = engine().render(example("medecin/court.yaml"), {kNow});
  REQUIRE(a.ok());
  CHECK(a.pdf == b.pdf);
  const auto later = engine().render(example("medecin/court.yaml"), {kNow + 3600});
  CHECK(later.pdf != a.pdf);  // the creation date is part of the file
}

TEST_CASE("errors refuse rendering and come back as located diagnostics") {
  const auto result = engine().render(example("medecin/faulty/unknown-key.yaml"), {kNow});
  CHECK(result.parsed);
  CHECK_FALSE(result.ok());
  CHECK(result.pdf.empty());
  REQUIRE_FALSE(result.diagnostics.empty());
  CHECK(result.diagnostics.front().rule == "F-UNKNOWN-KEY");
  CHECK(result.diagnostics.front().location.line > 0);
}

TEST_CASE("unreadable findings are not parsed") {
  const auto result = engine().check(medcert::Source{"author: [unclosed", "broken.yaml"}, {kNow});
  CHECK_FALSE(result.parsed);
  CHECK_FALSE(result.ok());
}

TEST_CASE("the clock comes from the options, else from the environment") {
  // An issuance in the future of the injected clock is postdating.
  const auto early = engine().check(example("medecin/court.yaml"), {kNow - 86400 * 365});
  CHECK_FALSE(early.ok());
  bool postdated = false;
  for (const auto& d : early.diagnostics) postdated = postdated || d.rule == "R-DT-2";
  CHECK(postdated);
}

TEST_CASE("templates, skeletons and professions are listed") {
  const auto list = engine().templates();
  REQUIRE_FALSE(list.empty());
  bool physician = false;
  for (const auto& t : list) physician = physician || (t.profession == "medecin" && t.profession_en == "physician");
  CHECK(physician);
  CHECK(engine().skeleton("physician") == engine().skeleton("medecin"));
  CHECK(engine().skeleton("physician")->find("author:") != std::string::npos);
  CHECK_FALSE(engine().skeleton("astronaut"));
}

TEST_CASE("an engine without its data throws ConfigError with diagnostics") {
  auto env = std::make_shared<FakeEnvironment>();
  CHECK_THROWS_AS(medcert::Engine(medcert::EngineConfig{"/nowhere", {}, {}, env}), medcert::ConfigError);
}
