// SPDX-License-Identifier: Apache-2.0
// R-MN-*, R-MIN-* on the shipped minor's templates: the good examples, then one change at a time, each giving
// exactly the diagnostics it must; the birth date in letters; the two quoted fields kept apart.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "load/load.hpp"
#include "shipped_templates.hpp"
#include "validate/validate.hpp"

using namespace medcert;
using testing::shipped_template_id;

namespace {

constexpr std::int64_t kNow = 1795219200;  // 2026-11-21T00:00:00Z, after the examples' issuance

using Lines = std::vector<std::string>;

// "RULE path severity" for each error and warning, in order.
Lines diagnostics(const std::string& yaml, const std::string& template_id) {
  auto loaded = load::load_findings(yaml, "minor.yaml");
  INFO(yaml);
  REQUIRE(loaded.diagnostics.empty());
  REQUIRE(loaded.value);
  Lines out;
  for (const auto& d : validate::validate(shipped_template_id(template_id), *loaded.value, kNow)) {
    if (d.severity == Severity::notice) continue;
    out.push_back(d.rule + " " + d.path + (d.severity == Severity::error ? " error" : " warning"));
  }
  return out;
}

const std::string kCertificate = "medecin.certificat-mineur";
const std::string kSignalement = "medecin.signalement-procureur-mineur";
const std::string kInformation = "infirmier.information-preoccupante";

std::string certificate() { return testing::example_text("medecin/mineur.yaml"); }
std::string signalement() { return testing::example_text("medecin/mineur-signalement.yaml"); }
std::string information() { return testing::example_text("infirmier/information-preoccupante.yaml"); }

std::string changed(std::string yaml, const std::string& from, const std::string& to) {
  return testing::changed_once(std::move(yaml), from, to);
}

}  // namespace

TEST_CASE("minors: the three examples have no error and no warning") {
  CHECK(diagnostics(certificate(), kCertificate).empty());
  CHECK(diagnostics(signalement(), kSignalement).empty());
  CHECK(diagnostics(information(), kInformation).empty());
}

TEST_CASE("R-MN-1, R-MN-2: a template for the person's age") {
  CHECK(diagnostics(certificate(), "medecin.cmi-violences-majeur") ==
        Lines{"R-MN-1 findings.patient.birth_date error", "R-SC-2 findings.accompanying error",
              "R-VOCAB findings.examination.legal_representative.role error"});
  CHECK(diagnostics(changed(certificate(), "birth_date: 2014-03-12", "birth_date: 2008-11-20"), kCertificate) ==
        Lines{"R-MN-2 findings.patient.birth_date error"});
  // The day before the eighteenth birthday is still a minor's.
  CHECK(diagnostics(changed(certificate(), "birth_date: 2014-03-12", "birth_date: 2008-11-21"), kCertificate).empty());
}

TEST_CASE("R-MIN-1: who came with the child, and that person's words apart") {
  const auto without = changed(changed(certificate(), "accompanying:\n  status: majeur\n  civility: madame\n"
                                                      "  given_name: Claire\n  family_name: Exemple\n  link: parent\n"
                                                      "  contact: au 06 00 00 00 00\n", ""),
                               "accompanying_words:\n  - Elle est rentrée du centre de loisirs en pleurant, avec des "
                               "marques au bras.\n", "");
  CHECK(diagnostics(without, kCertificate) == Lines{"R-MIN-1 findings.accompanying.status error"});
  CHECK(diagnostics(changed(certificate(), "  link: parent\n", ""), kCertificate) ==
        Lines{"R-MIN-1 findings.accompanying.link warning"});
  CHECK(diagnostics(changed(certificate(), "  status: majeur\n", "  status: seul\n"), kCertificate) ==
        Lines{"R-MIN-1 findings.accompanying.civility error", "R-MIN-1 findings.accompanying.given_name error",
              "R-MIN-1 findings.accompanying.family_name error", "R-MIN-1 findings.accompanying.link error",
              "R-MIN-1 findings.accompanying.contact error", "R-MIN-1 findings.accompanying_words[0] error"});
  CHECK(diagnostics(changed(certificate(), "role: autorite_parentale", "role: mandat_protection_future"), kCertificate) ==
        Lines{"R-MIN-1 findings.examination.legal_representative.role error"});
}

TEST_CASE("R-MIN-2: a representative not confirmed uninvolved does not receive the certificate") {
  CHECK(diagnostics(changed(certificate(), "not_implicated: true", "not_implicated: false"), kCertificate) ==
        Lines{"R-MIN-2 findings.issuance.recipient error"});
  CHECK(diagnostics(changed(certificate(), ", not_implicated: true", ""), kCertificate) ==
        Lines{"R-MIN-2 findings.issuance.recipient error"});
  const auto kept = changed(changed(certificate(), "not_implicated: true", "not_implicated: false"),
                            "recipient: legal_representative", "recipient: dossier");
  CHECK(diagnostics(kept, kCertificate).empty());
  const auto to_child = changed(changed(certificate(), "not_implicated: true", "not_implicated: false"),
                                "recipient: legal_representative", "recipient: patient");
  CHECK(diagnostics(to_child, kCertificate) == Lines{"R-MIN-2 findings.issuance.recipient warning"});
}

TEST_CASE("R-MIN-2: who asked for a minor's certificate is said, never presumed") {
  CHECK(diagnostics(changed(certificate(), "  requested_by: legal_representative\n", ""), kCertificate) ==
        Lines{"R-MIN-2 findings.issuance.requested_by error"});
  CHECK(diagnostics(changed(signalement(), "  recipient: procureur\n", "  recipient: procureur\n  requested_by: patient\n"),
                    kSignalement) == Lines{"R-MIN-2 findings.issuance.requested_by error"});
}

TEST_CASE("R-MIN-3, R-MIN-4: the prosecutor with a copy to the cell, the cell without urgency, the parents") {
  CHECK(diagnostics(changed(signalement(), "  copy_crip: true\n", ""), kSignalement) ==
        Lines{"R-MIN-3 findings.signalement warning"});
  CHECK(diagnostics(changed(information(), "  parents_informed: oui\n", "  parents_informed: oui\n  urgent: true\n"),
                    kInformation) == Lines{"R-MIN-3 findings.signalement.urgent warning"});
  CHECK(diagnostics(changed(information(), "  parents_informed: oui\n",
                            "  parents_informed: oui\n  phoned_datetime: 2026-11-20T10:50:00+01:00\n"),
                    kInformation) == Lines{"R-MIN-3 findings.signalement.phoned_datetime error"});
  CHECK(diagnostics(changed(information(), "  parents_informed: oui\n", "  parents_informed: oui\n  copy_crip: true\n"),
                    kInformation) == Lines{"R-MIN-3 findings.signalement.copy_crip error"});
  CHECK(diagnostics(changed(information(), "  parents_informed: oui\n", ""), kInformation) ==
        Lines{"R-MIN-4 findings.signalement warning"});
  CHECK(diagnostics(changed(information(), "  parents_informed: oui\n", "  parents_informed: non\n"), kInformation) ==
        Lines{"R-MIN-4 findings.signalement.parents_informed warning"});
  const auto told_author =
      changed(information(), "  request_mode: demande_spontanee\n",
              "  request_mode: demande_spontanee\n  legal_representative: {civility: monsieur, given_name: Paul, "
              "family_name: Exemple, role: autorite_parentale}\n");
  CHECK(diagnostics(told_author, kInformation) == Lines{"R-MIN-4 findings.signalement.parents_informed warning"});
}

TEST_CASE("a minor's report: no adult route or consent, its own addressee") {
  // The adult's route, consent and criteria are a block the minor's reports do not offer.
  CHECK(diagnostics(changed(signalement(), "  parquet: tribunal judiciaire de Lyon\n",
                            "  parquet: tribunal judiciaire de Lyon\n  route: danger_emprise\n  consent: impossible\n"),
                    kSignalement) == Lines{"R-SC-2 findings.signalement.route error"});
  CHECK(diagnostics(signalement() + "danger_criteria:\n  - criterion: peur\n", kSignalement) ==
        Lines{"R-SC-2 findings.danger_criteria[0] error"});
  CHECK(diagnostics(changed(signalement(), "  copy_crip: true\n  crip: conseil départemental du Rhône\n",
                            "  copy_crip: true\n"),
                    kSignalement) == Lines{"R-MIN-3 findings.signalement.crip error"});
  CHECK(diagnostics(changed(information(), "  recipient: crip", "  recipient: procureur"), kInformation) ==
        Lines{"R-SIG-4 findings.issuance.recipient error"});
  CHECK(diagnostics(changed(information(), "  crip: conseil départemental du Rhône\n",
                            "  crip: conseil départemental du Rhône\n  parquet: tribunal judiciaire de Lyon\n"),
                    kInformation) == Lines{"R-SIG-4 findings.signalement.parquet error"});
}

TEST_CASE("R-SIG-7 in a minor's report: the other children of the household are the siblings") {
  const auto yaml = signalement() + "household_children:\n  - {age_years: 4, violence: rapportees}\n";
  CHECK(diagnostics(yaml, kSignalement) == Lines{"R-SIG-7 findings.household_children[0].violence warning"});
  auto loaded = load::load_findings(yaml, "minor.yaml");
  REQUIRE(loaded.value);
  const auto found = validate::validate(shipped_template_id(kSignalement), *loaded.value, kNow);
  const auto sibling = std::find_if(found.begin(), found.end(), [](const auto& d) { return d.rule == "R-SIG-7"; });
  REQUIRE(sibling != found.end());
  CHECK(sibling->message_fr.find("personne majeure") == std::string::npos);
  CHECK(sibling->message_fr.find("autre enfant du foyer") != std::string::npos);
}
