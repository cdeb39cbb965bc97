// SPDX-License-Identifier: Apache-2.0
// R-SIG-* on the shipped signalement templates: the good example, then one change at a time, each giving exactly
// the diagnostics it must; the signalement's fixed words; a certificate refuses the signalement's fields.
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

std::string example() { return testing::example_text("medecin/signalement.yaml"); }

// The example with `from` replaced by `to` (which must be found).
std::string changed(const std::string& from, const std::string& to, std::string yaml = example()) {
  return testing::changed_once(std::move(yaml), from, to);
}

// "RULE path severity" for each error and warning, in order; notices (danger prompts, R-SIG-7) only when asked.
std::vector<std::string> diagnostics(const std::string& yaml, bool notices = false,
                                     const model::Template& tmpl = shipped_template("medecin", true)) {
  auto loaded = load::load_findings(yaml, "signalement.yaml");
  INFO(yaml);
  REQUIRE(loaded.diagnostics.empty());
  REQUIRE(loaded.value);
  std::vector<std::string> out;
  for (const auto& d : validate::validate(tmpl, *loaded.value, kNow)) {
    if (d.severity == Severity::notice && !notices) continue;
    const char* severity = d.severity == Severity::error ? " error" : d.severity == Severity::warning ? " warning" : " notice";
    out.push_back(d.rule + " " + d.path + severity);
  }
  return out;
}

using Lines = std::vector<std::string>;

const std::string kCriteria = R"(danger_criteria:
  - criterion: menaces_de_mort
    detail: contre elle et contre les enfants, en cas de départ, selon ses déclarations
  - criterion: separation
    detail: projet de départ évoqué le soir des faits, selon ses dires
  - criterion: peur
  - criterion: violences_multiples
    detail: « ça dure depuis deux ans, et c'est de pire en pire depuis l'été », selon ses mots
)";

const std::string kEmprise = R"(emprise_elements:
  - confiscation de son téléphone et de sa carte bancaire, selon ses déclarations
  - interdiction de voir ses proches depuis un an, selon ses dires
)";

const std::string kConsent = R"(  consent: impossible
  informed_datetime: 2026-11-20T15:05:00+01:00
  informed_how: oralement, au cours de la consultation
)";

}  // namespace

TEST_CASE("R-SIG: the signalement example has no error and no warning, and notices what a signalement notices") {
  CHECK(diagnostics(example()).empty());
  const auto notices = diagnostics(example(), true);
  CHECK(std::count(notices.begin(), notices.end(), "R-SIG-7 findings.household_children[0] notice") == 1);
}

TEST_CASE("a signalement requires the certificate's fields and its own") {
  CHECK(diagnostics(changed("  request_mode: demande_spontanee\n", "")) ==
        Lines{"R-REQ findings.examination.request_mode error"});
  CHECK(diagnostics(changed("  parquet: tribunal judiciaire de Lyon\n", "")) ==
        Lines{"R-SIG-4 findings.signalement.parquet error"});
  CHECK(diagnostics(changed("  recipient: procureur\n", "")) == Lines{"R-SIG-4 findings.issuance.recipient error"});
  const auto& t = shipped_template("medecin", true);
  for (const auto& path : shipped_template("medecin").required)
    CHECK(std::find(t.required.begin(), t.required.end(), path) != t.required.end());
}

TEST_CASE("R-SIG-1: danger and control (226-14, 3°) need a criterion of danger and an element of control") {
  CHECK(diagnostics(changed(kCriteria, "")) == Lines{"R-SIG-1 findings.signalement.route error"});
  CHECK(diagnostics(changed(kEmprise, "")) == Lines{"R-SIG-1 findings.signalement.route error"});
  // With her consent (226-14, 2°), neither is required.
  auto consented = changed(kConsent, "  consent: obtenu\n  consent_datetime: 2026-11-20T15:00:00+01:00\n");
  consented = changed("route: danger_emprise", "route: accord", consented);
  CHECK(diagnostics(changed(kEmprise, "", changed(kCriteria, "", consented))).empty());
}

TEST_CASE("R-SIG-2: without her consent she is told of the signalement, or why she could not be is said") {
  const auto untold = changed(kConsent, "  consent: impossible\n");
  CHECK(diagnostics(untold) == Lines{"R-SIG-2 findings.signalement.informed_datetime error"});
  const auto reason = changed(kConsent, "  consent: impossible\n  not_informed_reason: elle a quitté le cabinet avant\n");
  CHECK(diagnostics(reason) == Lines{"R-SIG-2 findings.signalement.not_informed_reason warning"});
  const auto no_how = changed("  informed_how: oralement, au cours de la consultation\n", "");
  CHECK(diagnostics(no_how) == Lines{"R-SIG-2 findings.signalement.informed_how error"});
  // With her consent: its date; what only a refusal prints is refused, not dropped.
  const auto consented = changed(kConsent, "  consent: obtenu\n");
  CHECK(diagnostics(consented) == Lines{"R-SIG-2 findings.signalement.consent_datetime error"});
  const auto mixed =
      changed(kConsent, "  consent: obtenu\n  consent_datetime: 2026-11-20T15:00:00+01:00\n  informed_how: oralement\n");
  CHECK(diagnostics(mixed) == Lines{"R-SIG-2 findings.signalement.informed_how error"});
  const auto dated = changed("  consent: impossible\n", "  consent: impossible\n  consent_datetime: 2026-11-20T15:00:00+01:00\n");
  CHECK(diagnostics(dated) == Lines{"R-SIG-2 findings.signalement.consent_datetime error"});
  const auto both = changed("  informed_how: oralement, au cours de la consultation\n",
                            "  informed_how: oralement, au cours de la consultation\n  not_informed_reason: sans objet\n");
  CHECK(diagnostics(both) == Lines{"R-SIG-2 findings.signalement.not_informed_reason error"});
}

TEST_CASE("R-SIG-3: with consent as the route (226-14, 2°), her consent, or what keeps her from protecting herself") {
  const auto route = changed("route: danger_emprise", "route: accord");
  CHECK(diagnostics(route) == Lines{"R-SIG-3 findings.signalement.consent error"});
  const auto unable = changed("route: danger_emprise", "route: accord\n  unable_to_protect: troubles cognitifs sévères");
  CHECK(diagnostics(unable).empty());
  const auto unprinted = changed("route: danger_emprise", "route: danger_emprise\n  unable_to_protect: troubles");
  CHECK(diagnostics(unprinted) == Lines{"R-SIG-3 findings.signalement.unable_to_protect error"});
}

TEST_CASE("R-SIG-4, R-SIG-8: to the prosecutor only, never on a réquisition, the call only when urgent") {
  CHECK(diagnostics(changed("recipient: procureur", "recipient: patient")) ==
        Lines{"R-SIG-4 findings.issuance.recipient error"});
  CHECK(diagnostics(changed("recipient: procureur", "recipient: legal_representative")) ==
        Lines{"R-SIG-4 findings.issuance.recipient error"});
  // A third party: the one rule that says where a signalement goes, not the certificate's R-DL-2.
  CHECK(diagnostics(changed("recipient: procureur", "recipient: conjoint")) ==
        Lines{"R-SIG-4 findings.issuance.recipient error"});
  const auto requisition = diagnostics(changed("request_mode: demande_spontanee", "request_mode: requisition"));
  CHECK(std::count(requisition.begin(), requisition.end(), "R-SIG-8 findings.examination.request_mode error") == 1);
  CHECK(diagnostics(changed("  urgent: true\n", "")) == Lines{"R-SIG-8 findings.signalement.phoned_datetime error"});
}

TEST_CASE("R-SIG-5: the professional's text designates no third party, in any form, her quoted words may") {
  for (const auto* words : {"son conjoint lui confisque son téléphone", "confiscation du téléphone par le mari",
                            "contrôle exercé par son ex-compagnon", "l'agresseur garde sa carte bancaire",
                            "contrôle de ses sorties par son partenaire", "son ex garde sa carte bancaire",
                            "confiscation de ses papiers par l'auteur", "son concubin contrôle ses dépenses",
                            "surveillance par son petit ami", "menaces de son époux", "sa femme garde ses papiers",
                            "contrôle de ses sorties par son homme", "son copain garde son téléphone",
                            "sa copine contrôle ses comptes", "par conjointe interposée", "ex-épouse présente",
                            "pacsée présente", "ex-copain présent"}) {
    INFO(words);
    // Once: R-A-1 (a certificate's rule) for a relation after a possessive or an article, R-SIG-5 for the rest.
    const auto found = diagnostics(changed("interdiction de voir ses proches depuis un an, selon ses dires", words));
    CHECK(found.size() == 1);
    CHECK((found == Lines{"R-SIG-5 findings.emprise_elements[1] error"} ||
           found == Lines{"R-A-1 findings.emprise_elements[1] error"}));
  }
  // What only a signalement refuses: a relation with neither possessive nor article.
  for (const auto* words : {"interdiction de sortir, selon elle, par conjoint interposé",
                            "ex-conjoint présent au domicile, selon ses déclarations",
                            "mari absent ce jour, selon ses dires", "contrôle de ses comptes par concubin"}) {
    INFO(words);
    CHECK(diagnostics(changed("interdiction de voir ses proches depuis un an, selon ses dires", words)) ==
          Lines{"R-SIG-5 findings.emprise_elements[1] error"});
  }
  // Words of anatomy or of daily life that the common « relation » class also holds are no third party.
  CHECK(diagnostics(changed("functional_impact: Douleur à la déglutition.",
                            "functional_impact: Gêne à la mobilisation du membre supérieur gauche."))
            .empty());
  // Between « », her words: not the professional's.
  CHECK(diagnostics(changed("interdiction de voir ses proches depuis un an, selon ses dires",
                            "« mon mari m'interdit de voir ma mère », selon ses mots"))
            .empty());
  // The children of the household are said, in a signalement: no third party.
  CHECK(diagnostics(changed("selon ses déclarations\n  - criterion: separation",
                            "selon ses déclarations ; devant les enfants\n  - criterion: separation"))
            .empty());
}

TEST_CASE("R-SIG-1: a child under two or a pregnancy, not among the criteria, gives a notice (D7)") {
  const auto baby = changed("{age_years: 3, violence: non_rapportees}", "{age_years: 1, violence: non_rapportees}");
  const auto found = diagnostics(baby, true);
  CHECK(std::count(found.begin(), found.end(), "R-SIG-1 findings.household_children[1].age_years notice") == 1);
  const auto named = changed("  - criterion: peur\n", "  - criterion: peur\n  - criterion: grossesse_jeune_enfant\n", baby);
  const auto none = diagnostics(named, true);
  CHECK(std::none_of(none.begin(), none.end(), [](const std::string& d) { return d.rfind("R-SIG-1 ", 0) == 0; }));
  CHECK(diagnostics(baby).empty());  // a notice: no error, no warning
  const auto pregnant = diagnostics(changed("negative_findings:", "pregnancy: {term_weeks: 24, term_basis: declaration}\nnegative_findings:"), true);
  CHECK(std::count(pregnant.begin(), pregnant.end(), "R-SIG-1 findings.pregnancy notice") == 1);
}

TEST_CASE("R-SIG-7: reported violence against a child is a warning, a child of the household a notice") {
  const auto violence = changed("{age_years: 3, violence: non_rapportees}", "{age_years: 3, violence: rapportees}");
  CHECK(diagnostics(violence) == Lines{"R-SIG-7 findings.household_children[1].violence warning"});
  const auto criterion = changed("  - criterion: peur\n", "  - criterion: peur\n  - criterion: violences_enfants\n");
  CHECK(diagnostics(criterion) == Lines{"R-SIG-7 findings.danger_criteria[3].criterion warning"});
}

TEST_CASE("a certificate refuses the signalement's fields rather than drop them (R-SC-2)") {
  const auto found = diagnostics(example(), false, shipped_template("medecin"));
  CHECK(std::count_if(found.begin(), found.end(), [](const std::string& d) { return d.rfind("R-SC-2 ", 0) == 0; }) >= 1);
}

TEST_CASE("the signalement's fixed words: to the prosecutor, the law's words, no ITT, never handed to anyone") {
  for (const auto& t : testing::shipped_signalements()) {
    INFO(t.id);
    CHECK(t.title == "Signalement au procureur de la République");
    CHECK(t.follow_up_title.empty());
    CHECK_FALSE(t.capabilities.itt);
    CHECK(t.capabilities.compatibility == "forbidden");
    std::vector<std::string> ids;
    for (const auto& s : t.sections) ids.push_back(s.id);
    for (const auto* absent : {"serment", "document_initial", "mission", "conclusion", "conclusion_itt_differee"})
      CHECK(std::find(ids.begin(), ids.end(), absent) == ids.end());
    REQUIRE(ids.front() == "destinataire");
    CHECK(t.sections.front().blocks.front().text.find("procureur de la République près le {signalement.parquet}") !=
          std::string::npos);
    std::string all;
    for (const auto& s : t.sections)
      for (const auto& b : s.blocks) all += b.text + "\n" + b.intro + "\n" + b.item + "\n";
    // 226-14, 3°: the law's words on the control; 226-14, 2°: age or incapacity.
    CHECK(all.find("« en raison de la contrainte morale résultant de l'emprise exercée par l'auteur des violences »") !=
          std::string::npos);
    CHECK(all.find("en raison de son âge ou de son incapacité physique ou psychique") != std::string::npos);
    CHECK(all.find("informé{patient.e} de ce signalement") != std::string::npos);
    CHECK(all.find("en main propre") == std::string::npos);
    CHECK(all.find("adressé au seul procureur de la République") != std::string::npos);
    CHECK(t.phrases.at("legal_basis_danger") == "article 226-14, 3°, du code pénal");
    CHECK(t.phrases.at("legal_basis_consent") == "article 226-14, 2°, du code pénal");
    CHECK(t.vocabularies.at("danger_criteria").entries.size() == 15);
    // The profession's blocks are kept: what its certificate prints, its signalement prints.
    const auto& certificate = shipped_template(t.profession.id);
    for (const auto& block : certificate.capabilities.blocks) CHECK(t.capabilities.offers(block));
    CHECK(t.vocabularies.at("recipients").find("procureur"));
    const auto r_sig_5 = std::find_if(t.wording.begin(), t.wording.end(), [](const auto& r) { return r.id == "R-SIG-5"; });
    REQUIRE(r_sig_5 != t.wording.end());
    CHECK(r_sig_5->severity == "error");
  }
}
