// SPDX-License-Identifier: Apache-2.0
// The danger prompts (R-DG-*) of the shipped templates: the labelled sentences of
// tests/wording-corpus/danger/ (the development set exactly; the held-out set against targets, its figures
// printed), the findings that are criteria themselves (a pregnancy, a lesion of the neck), and the notice
// itself (one per prompt, never an error, at its first trigger). FICTIONAL texts only.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "load/load.hpp"
#include "shipped_templates.hpp"
#include "validate/validate.hpp"
#include "validate/wording.hpp"

using namespace medcert;
using testing::shipped_template;

namespace {

struct Row {
  int line = 0;
  std::set<std::string> expected;
  std::string field;
  std::string sentence;
};

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator)) parts.push_back(part);
  if (!text.empty() && text.back() == separator) parts.emplace_back();
  return parts;
}

std::vector<Row> corpus(const std::string& name) {
  const std::string path = MEDCERT_SOURCE_DIR "/tests/wording-corpus/danger/" + name;
  std::istringstream in(read(path));
  std::string line;
  std::vector<Row> rows;
  for (int number = 1; std::getline(in, line); ++number) {
    if (number == 1) {
      REQUIRE(line == "expected\tfield\tsentence");
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    const auto columns = split(line, '\t');
    INFO(path << ":" << number);
    REQUIRE(columns.size() == 3);
    Row row{number, {}, columns[1], columns[2]};
    if (columns[0] != "none")
      for (const auto& id : split(columns[0], ',')) row.expected.insert(id);
    rows.push_back(std::move(row));
  }
  REQUIRE_FALSE(rows.empty());
  return rows;
}

// The person's words as a whole; the professional's texts read only by the prompts on every text.
bool person_words(const std::string& field) { return field == "declarations" || field == "complaints"; }

std::set<std::string> prompted(const validate::WordingChecker& checker, const Row& row) {
  std::set<std::string> ids;
  for (const auto& finding : checker.danger(row.sentence, person_words(row.field))) ids.insert(finding.rule->id);
  return ids;
}

std::string listed(const std::set<std::string>& ids) {
  return ids.empty() ? "none" : fmt::format("{}", fmt::join(ids, ","));
}

const validate::WordingChecker& physician_checker() {
  static Diagnostics problems;
  static const validate::WordingChecker checker(shipped_template("medecin"), problems);
  REQUIRE(problems.empty());
  return checker;
}

std::vector<Diagnostic> notices(const Diagnostics& diagnostics) {
  std::vector<Diagnostic> out;
  std::copy_if(diagnostics.begin(), diagnostics.end(), std::back_inserter(out),
               [](const Diagnostic& d) { return d.rule.rfind("R-DG-", 0) == 0; });
  return out;
}

model::Findings example(const std::string& name) {
  auto loaded = load::load_findings(read(MEDCERT_SOURCE_DIR "/examples/" + name), name);
  REQUIRE(loaded.diagnostics.empty());
  REQUIRE(loaded.value);
  return std::move(*loaded.value);
}

Diagnostics checked(const std::string& profession, const model::Findings& findings) {
  return validate::validate(shipped_template(profession), findings, 1796000000);
}

}  // namespace

TEST_CASE("danger prompts: every sentence of the development set prompts exactly what it is labelled with") {
  for (const auto& row : corpus("dev.tsv")) {
    INFO("dev.tsv:" << row.line << " " << row.field << ": " << row.sentence);
    CHECK(listed(prompted(physician_checker(), row)) == listed(row.expected));
  }
}

TEST_CASE("danger prompts: the held-out set, written without the prompts, meets the targets") {
  // Targets (docs/rules.md, "Danger prompts"): each criterion prompted for at least 85 % of the sentences
  // that name it; at most 10 % of the sentences that name none prompt anything.
  constexpr double kCaught = 0.85, kFalse = 0.10;
  std::map<std::string, std::pair<int, int>> by_id;  // caught, labelled
  int none = 0, false_prompts = 0;
  std::string details;  // every missed and false prompt, shown when a target is missed
  for (const auto& row : corpus("heldout.tsv")) {
    const auto found = prompted(physician_checker(), row);
    if (row.expected.empty()) {
      ++none;
      if (!found.empty()) {
        ++false_prompts;
        details += fmt::format("false prompt heldout.tsv:{} {}: {}\n", row.line, listed(found), row.sentence);
      }
    }
    for (const auto& id : row.expected) {
      auto& [caught, labelled] = by_id[id];
      ++labelled;
      if (found.count(id)) ++caught;
      else details += fmt::format("missed heldout.tsv:{} {}: {}\n", row.line, id, row.sentence);
    }
  }
  std::string figures;
  for (const auto& [id, counts] : by_id) figures += fmt::format("{} {}/{}; ", id, counts.first, counts.second);
  figures += fmt::format("false prompts {}/{}", false_prompts, none);
  std::cout << "danger prompts, held-out set: " << figures << '\n';
  INFO(figures << '\n' << details);
  CHECK(by_id.size() == 7);
  for (const auto& [id, counts] : by_id) {
    INFO(id);
    CHECK(counts.first >= kCaught * counts.second);
  }
  CHECK(none > 0);
  CHECK(false_prompts <= kFalse * none);
}

TEST_CASE("danger prompts: the long example gives one notice per criterion, at its first trigger, never an error") {
  const auto findings = example("medecin/long.yaml");
  const auto found = notices(checked("medecin", findings));
  std::vector<std::string> ids;
  for (const auto& d : found) {
    CHECK(d.severity == Severity::notice);
    CHECK(d.message_id == "common.danger");
    ids.push_back(d.rule);
  }
  // In the order of the file: the strangulation (a declaration, then the petechiae and the two neck lesions),
  // « pas la première fois » (the last declaration), « avec les enfants » (the last complaint).
  CHECK(ids == std::vector<std::string>{"R-DG-1", "R-DG-6", "R-DG-5"});
  REQUIRE(found.size() == 3);
  CHECK(found[0].path == "findings.declarations[1]");
  const auto words = found[0].param("words", Language::fr);
  CHECK(words.find("serré le cou") != std::string::npos);
  CHECK(words.find("lésion n° 4 (cou)") != std::string::npos);
  CHECK(words.find("lésion n° 5 (cou)") != std::string::npos);
  CHECK(found[0].message_fr.find("Ce rappel ne décide rien") != std::string::npos);
  CHECK(found[0].message_en.find("This reminder decides nothing") != std::string::npos);
  CHECK(found[1].path == "findings.declarations[4]");
  CHECK(found[2].path == "findings.complaints[4]");
}

TEST_CASE("danger prompts: findings are criteria too, whatever the words") {
  auto findings = example("medecin/court.yaml");
  REQUIRE(notices(checked("medecin", findings)).empty());

  SECTION("a lesion of the neck asks for the neck's examination") {
    REQUIRE_FALSE(findings.lesions.empty());
    findings.lesions[0].region.value = "cou";
    const auto found = notices(checked("medecin", findings));
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "R-DG-1");
    CHECK(found[0].path == findings.lesions[0].region.path);
    CHECK(found[0].location.line == findings.lesions[0].region.where.line);
    CHECK(found[0].param("words", Language::en) == "lesion 1 (neck)");
  }
  SECTION("a pregnancy, for the midwife whose findings record one") {
    const auto midwife = example("sage-femme/certificat.yaml");
    REQUIRE(midwife.pregnancy);
    const auto found = notices(checked("sage-femme", midwife));
    CHECK(std::any_of(found.begin(), found.end(), [](const Diagnostic& d) { return d.rule == "R-DG-4"; }));
  }
}

TEST_CASE("danger prompts: the same for every profession, and a prompt set off is not run") {
  for (const auto& tmpl : testing::shipped_templates()) {
    INFO(tmpl.profession.id);
    Diagnostics problems;
    const validate::WordingChecker checker(tmpl, problems);
    CHECK(problems.empty());
    CHECK(checker.danger_prompts().size() == 7);
  }
  auto tmpl = shipped_template("infirmier");
  for (auto& prompt : tmpl.danger)
    if (prompt.rule.id == "R-DG-2") prompt.rule.severity = "off";
  const validate::WordingChecker checker(tmpl);
  const auto found = checker.danger("Il m'a dit qu'il allait me tuer.", true);
  CHECK(found.empty());
}

TEST_CASE("danger prompts: the professional's legitimate text of the wording corpus seldom prompts") {
  // tests/wording-corpus/legitimate.tsv: what professionals write in their own fields (profession, field,
  // category, sentence). Many rows do name a criterion (« pétéchies sous-conjonctivales », « grossesse de 24
  // SA », « devant les enfants »): a prompt there is right, so the target bounds the share (about 6.5 % on
  // 2026-12-03, nearly all of them right), it does not forbid it.
  std::istringstream in(read(MEDCERT_SOURCE_DIR "/tests/wording-corpus/legitimate.tsv"));
  std::string line;
  int rows = 0, prompting = 0;
  std::string details;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("profession\t", 0) == 0) continue;
    const auto columns = split(line, '\t');
    REQUIRE(columns.size() == 4);
    ++rows;
    const auto found = prompted(physician_checker(), Row{0, {}, columns[1], columns[3]});
    if (!found.empty()) {
      ++prompting;
      details += listed(found) + ": " + columns[3] + "\n";
    }
  }
  std::cout << fmt::format("danger prompts, legitimate professional text: {}/{} prompt\n", prompting, rows);
  INFO(details);
  CHECK(rows > 1000);
  CHECK(prompting <= 0.08 * rows);
}
