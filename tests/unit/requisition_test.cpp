// SPDX-License-Identifier: Apache-2.0
// R-RQ-1 to R-RQ-4 and R-DL-3 on the shipped templates: the good réquisition example, then one change at a
// time, each giving exactly the diagnostics it must; and the written oath every template keeps.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "load/load.hpp"
#include "shipped_templates.hpp"
#include "validate/validate.hpp"

using namespace medcert;
using testing::shipped_template;

namespace {

constexpr std::int64_t kNow = 1795219200;  // 2026-11-21T00:00:00Z, after the example's issuance

std::string example() { return testing::example_text("medecin/requisition.yaml"); }

// The example with `from` replaced by `to` (which must be found).
std::string changed(const std::string& from, const std::string& to, std::string yaml = example()) {
  return testing::changed_once(std::move(yaml), from, to);
}

// "RULE path severity" for each diagnostic, in order.
std::vector<std::string> diagnostics(const std::string& yaml, const std::string& profession = "medecin") {
  auto loaded = load::load_findings(yaml, "requisition.yaml");
  REQUIRE(loaded.diagnostics.empty());
  REQUIRE(loaded.value);
  std::vector<std::string> out;
  for (const auto& d : validate::validate(shipped_template(profession), *loaded.value, kNow))
    out.push_back(d.rule + " " + d.path + (d.severity == Severity::error ? " error" : " warning"));
  return out;
}

using Lines = std::vector<std::string>;

const std::string kItt = R"(itt:
  mode: not_determined
  reason: dans l'attente de l'avis spécialisé demandé
  follow_up: à l'issue d'un nouvel examen après réception de cet avis
)";

}  // namespace

TEST_CASE("R-RQ: the good réquisition example has no diagnostic") { CHECK(diagnostics(example()).empty()); }

TEST_CASE("R-RQ-1: the officer who signed the réquisition, its date and its hour") {
  CHECK(diagnostics(changed("    officer: {name: Julien Exemple, rank: capitaine de police, unit: brigade de sûreté urbaine}\n",
                            "    officer: {unit: brigade de sûreté urbaine}\n")) ==
        Lines{"R-RQ-1 findings.examination.requisition.officer.name error",
              "R-RQ-1 findings.examination.requisition.officer.rank error"});
  CHECK(diagnostics(changed("    datetime: 2026-11-17T15:10:00+01:00\n", "")) ==
        Lines{"R-RQ-1 findings.examination.requisition.datetime error"});
  // A date alone is read, then refused: the réquisition is dated and timed.
  CHECK(diagnostics(changed("2026-11-17T15:10:00+01:00", "2026-11-17")) ==
        Lines{"R-RQ-1 findings.examination.requisition.datetime error"});
  // A local time (no offset) is a time.
  CHECK(diagnostics(changed("2026-11-17T15:10:00+01:00", "2026-11-17T15:10")).empty());
  // The examination (16:20) answers the réquisition: one signed later is a wrong date (R-DT-3).
  CHECK(diagnostics(changed("2026-11-17T15:10:00+01:00", "2026-11-17T17:10:00+01:00")) ==
        Lines{"R-DT-3 findings.examination.requisition.datetime error"});
}

TEST_CASE("R-RQ-2: a mission, each question with its text and its answer") {
  const auto mission_start = example().find("mission:\n");
  const auto mission_end = example().find("itt:\n");
  REQUIRE(mission_start < mission_end);
  const auto without_mission =
      example().substr(0, mission_start) + example().substr(mission_end);
  CHECK(diagnostics(without_mission) == Lines{"R-RQ-2 findings.mission error"});
  CHECK(diagnostics(changed("    answer: Les lésions constatées sont décrites à la rubrique « Examen clinique » ci-dessus.\n",
                            "    answer: \"\"\n")) == Lines{"R-RQ-2 findings.mission[0].answer error"});
  CHECK(diagnostics(changed("  - question: Procéder à l'examen médical de M. Marc ESSAI et décrire les lésions constatées.\n"
                            "    answer:",
                            "  - answer:")) == Lines{"R-RQ-2 findings.mission[0].question error"});
}

TEST_CASE("R-RQ-2: the question is the authority's text, not checked by the wording rules, the answer is") {
  // « victime », « agression » in a question are the réquisition's words (R-C-4, R-Q-2 would refuse them in the
  // professional's text).
  CHECK(diagnostics(changed("de M. Marc ESSAI et décrire", "de la victime de l'agression et décrire")).empty());
  CHECK(diagnostics(changed("answer: Les lésions constatées sont décrites",
                            "answer: Les lésions de la victime sont décrites")) ==
        Lines{"R-C-4 findings.mission[0].answer error"});
}

TEST_CASE("R-RQ-3: the ITT the mission asks for is answered") {
  const auto without_itt = changed(kItt, "");
  // Instead of R-ITT-3, at the question that asks.
  CHECK(diagnostics(without_itt) == Lines{"R-RQ-3 findings.mission[2] error"});
  // Not determined: with its reason, as an error (R-SI-6 is not reported twice).
  CHECK(diagnostics(changed("  reason: dans l'attente de l'avis spécialisé demandé\n", "")) ==
        Lines{"R-RQ-3 findings.itt.reason error"});
  // Without `asks_itt`, the question's words say it, in any spelling of the ITT word class...
  const auto unflagged = changed("    asks_itt: true\n", "", without_itt);
  CHECK(diagnostics(unflagged) == Lines{"R-RQ-3 findings.mission[2] error"});
  for (const char* words : {"Fixer l'I.T.T.", "Dire la durée de l'ITT éventuelle.", "Évaluer l'INCAPACITÉ TOTALE DE TRAVAIL."})
    CHECK(diagnostics(changed("Fixer la durée de l'incapacité totale de travail (ITT).", words, unflagged)) ==
          Lines{"R-RQ-3 findings.mission[2] error"});
  // ...and `asks_itt: false` says it does not; a question without those words asks nothing: R-ITT-3 again.
  CHECK(diagnostics(changed("    asks_itt: true\n", "    asks_itt: false\n", without_itt)) ==
        Lines{"R-ITT-3 findings.itt.mode error"});
  CHECK(diagnostics(changed("Fixer la durée de l'incapacité totale de travail (ITT).", "Décrire la gêne.", unflagged)) ==
        Lines{"R-ITT-3 findings.itt.mode error"});
}

TEST_CASE("R-RQ-3: a profession that states no ITT is told to say so in its answer") {
  const auto nurse = changed("  profession: medecin\n", "  profession: infirmier\n", changed(kItt, ""));
  const auto found = diagnostics(nurse, "infirmier");
  CHECK(std::count(found.begin(), found.end(), "R-RQ-3 findings.mission[2] warning") == 1);
  CHECK(std::none_of(found.begin(), found.end(), [](const std::string& d) { return d.rfind("R-ITT-3", 0) == 0; }));
}

TEST_CASE("R-DL-3 and R-RQ-4: the réquisition's document goes to the authority, a mission needs a réquisition") {
  CHECK(diagnostics(changed("  recipient: requisition_authority\n", "  recipient: patient\n")) ==
        Lines{"R-DL-3 findings.issuance.recipient error"});
  auto spontaneous = changed("  request_mode: requisition\n", "  request_mode: demande_spontanee\n");
  spontaneous = changed("  recipient: requisition_authority\n", "  recipient: patient\n", spontaneous);
  const auto found = diagnostics(spontaneous);
  CHECK(found == Lines{"R-RQ-4 findings.mission[0] warning"});
}

TEST_CASE("the written oath: every certificate prints it in the statutory words, at the head, unless sworn expert") {
  for (const auto& t : testing::shipped_certificates()) {
    INFO(t.id);
    REQUIRE_FALSE(t.sections.empty());
    const auto& head = t.sections.front();
    CHECK(head.id == "serment");
    const auto when = [&](const std::string& variable) {
      return std::any_of(head.when.begin(), head.when.end(),
                         [&](const model::Condition& c) { return c.variable == variable; });
    };
    CHECK(when("examination.request_mode"));
    CHECK(when("requisition.sworn_expert"));
    REQUIRE(head.blocks.size() == 1);
    CHECK(head.blocks.front().text.find("prête serment d'apporter mon concours à la justice en mon honneur et en ma "
                                        "conscience.") != std::string::npos);
  }
}
