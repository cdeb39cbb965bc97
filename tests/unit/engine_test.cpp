// SPDX-License-Identifier: Apache-2.0
// The public API end to end, in memory: one Engine, findings in, diagnostics and PDF bytes out.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <unistd.h>

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
  return d.rule + " " + at + " " + medcert::severity_name(d.severity);
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

// The options of an example: its photographs are read beside it, as the CLI reads them.
medcert::RenderOptions beside(const std::filesystem::path& example) {
  medcert::RenderOptions options{kNow};
  options.photo_folder = example.parent_path().string();
  return options;
}

TEST_CASE("every profession's good examples render to PDF bytes with no error or warning") {
  int count = 0;
  std::error_code not_a_folder;
  for (const auto& folder : std::filesystem::directory_iterator(MEDCERT_SOURCE_DIR "/examples")) {
    for (const auto& file : std::filesystem::directory_iterator(folder.path(), not_a_folder)) {
      if (file.path().extension() != ".yaml") continue;
      const auto name = folder.path().filename().string() + "/" + file.path().filename().string();
      INFO(name);
      const auto result = engine().render(example(name), beside(file.path()));
      // A danger prompt (a notice) follows the example's words: danger_test.cpp checks the long one's.
      for (const auto& d : result.diagnostics) {
        INFO(d.rule << " " << d.message_en);
        CHECK(d.severity == medcert::Severity::notice);
      }
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
      const auto result = engine().check(example(name), beside(file.path()));
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

TEST_CASE("the engine's time zone: printed for findings that name none, an unknown one refuses the engine") {
  medcert::EngineConfig config{MEDCERT_SOURCE_DIR, {}, {}, medcert::system_environment()};
  config.time_zone = "America/Guadeloupe";
  const medcert::Engine guadeloupe(config);
  // heure-utc.yaml: 09:15Z, 5 h 15 in Guadeloupe; the same findings give another certificate than in Paris.
  const auto there = guadeloupe.render(example("medecin/heure-utc.yaml"), {kNow});
  const auto paris = engine().render(example("medecin/heure-utc.yaml"), {kNow});
  REQUIRE(there.ok());
  REQUIRE(paris.ok());
  CHECK(there.pdf != paris.pdf);
  config.time_zone = "Europe/Lyon";
  try {
    const medcert::Engine refused(config);
    FAIL("an unknown time zone was accepted");
  } catch (const medcert::ConfigError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].rule == "R-DT-4");
    CHECK(e.diagnostics()[0].message_en.find("Europe/Lyon") != std::string::npos);
  }
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

TEST_CASE("a profession's signalement: its skeleton, its template chosen by the findings' signalement section") {
  const auto skeleton = engine().skeleton("physician", medcert::Document::signalement);
  REQUIRE(skeleton);
  CHECK(skeleton->find("signalement:") != std::string::npos);
  CHECK(skeleton->find("recipient: procureur") != std::string::npos);
  CHECK(skeleton->find("itt:") == std::string::npos);
  CHECK(engine().skeleton("medecin.signalement-procureur-majeur") == skeleton);
  CHECK(engine().skeleton("medecin")->find("signalement:") == std::string::npos);
  const auto list = engine().templates();
  // Per profession: the adult's signalement and the minor's.
  CHECK(std::count_if(list.begin(), list.end(), [](const auto& t) { return t.document_kind == "signalement"; }) == 12);
  // Without `template:`, the signalement section chooses the signalement; the certificate refuses its fields.
  const auto chosen = engine().check(example("medecin/signalement.yaml"), {kNow});
  CHECK(chosen.ok());
  medcert::RenderOptions certificate{kNow};
  certificate.template_id = "medecin.cmi-violences-majeur";
  const auto refused = engine().check(example("medecin/signalement.yaml"), certificate);
  CHECK_FALSE(refused.ok());
  CHECK(std::any_of(refused.diagnostics.begin(), refused.diagnostics.end(),
                    [](const auto& d) { return d.rule == "R-SC-2"; }));
}

TEST_CASE("an engine without its data throws ConfigError with diagnostics") {
  auto env = std::make_shared<FakeEnvironment>();
  CHECK_THROWS_AS(medcert::Engine(medcert::EngineConfig{"/nowhere", {}, {}, env}), medcert::ConfigError);
}

namespace {

// A copy of the shipped templates with one text replaced in the common template; the copy's directory.
std::filesystem::path templates_with(const std::string& from, const std::string& to) {
  const auto dir = std::filesystem::temp_directory_path() / ("medcert-templates-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::copy(std::string(MEDCERT_SOURCE_DIR) + "/templates", dir, std::filesystem::copy_options::recursive);
  const auto common = dir / "commun" / "violences-majeur.yaml";
  std::string text = read(common.string());
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(common, std::ios::binary | std::ios::trunc) << text;
  return dir;
}

// The line (1-based) of the first occurrence of `needle` in the file.
int line_of(const std::string& path, const std::string& needle) {
  const std::string text = read(path);
  const auto at = text.find(needle);
  REQUIRE(at != std::string::npos);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

// The diagnostics of the ConfigError the engine throws on these templates.
medcert::Diagnostics start_up_errors(const std::filesystem::path& templates) {
  try {
    medcert::Engine refused(medcert::EngineConfig{MEDCERT_SOURCE_DIR, templates.string(), {}, medcert::system_environment()});
  } catch (const medcert::ConfigError& e) {
    return e.diagnostics();
  }
  FAIL("the engine started");
  return {};
}

}  // namespace

TEST_CASE("a templates directory without the signalement: F-TEMPLATE.no_signalement at the findings' section") {
  const auto dir = templates_with("", "");
  std::filesystem::remove_all(dir / "signalement");
  const medcert::Engine without(medcert::EngineConfig{MEDCERT_SOURCE_DIR, dir.string(), {}, medcert::system_environment()});
  const auto result = without.check(example("medecin/signalement.yaml"), {kNow});
  std::filesystem::remove_all(dir);
  REQUIRE(result.diagnostics.size() == 1);
  const auto& d = result.diagnostics.front();
  CHECK(d.message_id == "F-TEMPLATE.no_signalement");
  CHECK(d.path == "findings.signalement");
  CHECK(d.location.line == line_of(MEDCERT_SOURCE_DIR "/examples/medecin/signalement.yaml", "route: danger_emprise"));
  CHECK_FALSE(without.skeleton("medecin", medcert::Document::signalement));
}

TEST_CASE("a templates directory without a template refuses the engine: C-TEMPLATES, in French and English") {
  const auto errors = start_up_errors("/nowhere/templates");
  REQUIRE(errors.size() == 1);
  const auto& d = errors.front();
  CHECK(d.rule == "C-TEMPLATES");
  CHECK(d.param("directory", medcert::Language::fr) == "/nowhere/templates");
  CHECK(d.message(medcert::Language::fr) ==
        "aucun modèle dans le dossier /nowhere/templates\u202F: donnez le dossier de données de medcert "
        "(--data-dir), qui contient templates/ et fonts/");
  CHECK(d.message(medcert::Language::en) ==
        "no template in the directory /nowhere/templates: give medcert's data directory (--data-dir), which holds "
        "templates/ and fonts/");
}

TEST_CASE("a template with a misspelt variable refuses the engine, at the template's file:line:column") {
  const auto dir = templates_with("à {examination.time},", "à {examination.tim},");
  const auto errors = start_up_errors(dir);
  std::filesystem::remove_all(dir);
  REQUIRE_FALSE(errors.empty());
  const auto& d = errors.front();
  CHECK(d.rule == "T-VARIABLE");
  CHECK(d.severity == medcert::Severity::error);
  CHECK(d.location.file == (dir / "commun" / "violences-majeur.yaml").string());
  // The block that holds the text (every template extending the common one says it: the same place).
  CHECK(d.location.line == line_of(std::string(MEDCERT_SOURCE_DIR) + "/templates/commun/violences-majeur.yaml",
                                   "- id: date_lieu"));
  CHECK(d.location.column > 0);
  CHECK(d.path == "sections.contexte.blocks.date_lieu.text");
  CHECK(d.message_id == "T-VARIABLE");
  CHECK(d.param("found", medcert::Language::fr) == "examination.tim");
  CHECK(d.message(medcert::Language::fr) ==
        "variable inconnue «\u202Fexamination.tim\u202F»\u202F; vouliez-vous dire «\u202Fexamination.time\u202F»\u202F? "
        "(docs/templates.md liste les variables)");
  CHECK(d.message(medcert::Language::en) ==
        "unknown variable \"examination.tim\"; did you mean \"examination.time\"? (docs/templates.md lists the "
        "variables)");
  CHECK(errors.size() == 1);  // once, though every profession's template extends the common one
}

TEST_CASE("a condition comparing a coded variable with an unknown code refuses the engine") {
  const auto dir = templates_with("\"examination.request_mode == requisition\"", "\"examination.request_mode == requisiton\"");
  const auto errors = start_up_errors(dir);
  std::filesystem::remove_all(dir);
  REQUIRE_FALSE(errors.empty());
  const auto& d = errors.front();
  CHECK(d.rule == "T-VOCABULARY");
  CHECK(d.location.line == line_of(std::string(MEDCERT_SOURCE_DIR) + "/templates/commun/violences-majeur.yaml",
                                   "examination.request_mode == requisition\"]"));
  CHECK(d.message_en.find("did you mean \"requisition\"") != std::string::npos);
  CHECK_FALSE(d.message_fr.empty());
}

TEST_CASE("a template without a vocabulary its variables need refuses the engine") {
  const auto broken = templates_with("\n  sides:", "\n  sides_renamed:");
  const auto errors = start_up_errors(broken);
  std::filesystem::remove_all(broken);
  bool missing = false;
  for (const auto& d : errors)
    missing = missing || (d.rule == "T-VOCABULARY" && d.path == "vocabularies.sides" && d.location.line > 0);
  CHECK(missing);
}

TEST_CASE("the batch report as JSON: versioned, each file under what became of it") {
  const auto refused = engine().check(example("medecin/faulty/unknown-key.yaml"), {kNow});
  REQUIRE_FALSE(refused.ok());
  const std::vector<medcert::BatchFile> files = {
      {"a.yaml", "out/a.pdf", medcert::BatchOutcome::rendered, {}, {}},
      {"b.yaml", "out/b.pdf", medcert::BatchOutcome::refused, refused.diagnostics, {}},
      {"c.yaml", "out/c.pdf", medcert::BatchOutcome::exists, {}, {}},
      {"d.yaml", "out/d.pdf", medcert::BatchOutcome::unwritable, {}, "disque plein"},
  };
  const auto json = medcert::batch_report_json(files, 1234, medcert::Language::en);
  CHECK(json.find("\"format_version\": 1") != std::string::npos);
  CHECK(json.find("\"elapsed_ms\": 1234") != std::string::npos);
  CHECK(json.find("\"rule\": \"F-UNKNOWN-KEY\"") != std::string::npos);
  CHECK(json.find("\"reason\": \"exists\"") != std::string::npos);
  CHECK(json.find("\"error\": \"cannot write out/d.pdf (disque plein)\"") != std::string::npos);
  CHECK(medcert::batch_file_reason(files[1], medcert::Language::fr).find("F-UNKNOWN-KEY") != std::string::npos);
  CHECK(medcert::batch_file_reason(files[0], medcert::Language::fr).empty());
}
