// SPDX-License-Identifier: Apache-2.0
// The shipped templates as data: each profession's capabilities and rule severities (docs/rules.md),
// skeletons that validate without any diagnostic, the templates' own sentences clean under their own
// wording rules, and the fixed wording the reference requires (ITT, closing, signature, attribution).
#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "load/load.hpp"
#include "model/limits.hpp"
#include "shipped_templates.hpp"
#include "validate/validate.hpp"
#include "validate/wording.hpp"

using namespace medcert;
using testing::kProfessions;
using testing::shipped_template;

namespace {

constexpr std::int64_t kNow = 1795219200;  // 2026-11-21T00:00:00Z, after every skeleton's dates

// Every diagnostic, notices (the danger prompts) included.
Diagnostics all_diagnostics(const model::Template& tmpl, const std::string& yaml) {
  auto loaded = load::load_findings(yaml, "cas.yaml");
  REQUIRE(loaded.diagnostics.empty());
  REQUIRE(loaded.value);
  return validate::validate(tmpl, *loaded.value, kNow);
}

// The errors and warnings: the danger prompts follow the words and findings, not the rules under test
// (danger_test.cpp; the skeletons' own notices are checked below).
Diagnostics validated(const model::Template& tmpl, const std::string& yaml) {
  auto diagnostics = all_diagnostics(tmpl, yaml);
  std::erase_if(diagnostics, [](const Diagnostic& d) { return d.severity == Severity::notice; });
  return diagnostics;
}

std::string listing(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics)
    out += d.rule + " " + std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + " " +
           d.message_en + "\n";
  return out;
}

const model::WordingRule& rule_of(const model::Template& tmpl, const std::string& id) {
  const auto it = std::find_if(tmpl.wording.begin(), tmpl.wording.end(), [&](const auto& r) { return r.id == id; });
  REQUIRE(it != tmpl.wording.end());
  return *it;
}

std::string severity_name(const model::Template& tmpl, const std::string& id) {
  const auto severity = validate::severity_for(rule_of(tmpl, id), tmpl.capabilities);
  return !severity ? "off" : *severity == Severity::error ? "error" : "warning";
}

// Every sentence a template can print, placeholders removed: what the wording rules see of it.
std::vector<std::string> sentences(const model::Template& t) {
  std::vector<std::string> out{t.title, t.subtitle, t.footer};
  out.insert(out.end(), t.header.begin(), t.header.end());
  for (const auto& [name, phrase] : t.phrases) out.push_back(phrase);
  for (const auto& section : t.sections) {
    out.push_back(section.heading);
    for (const auto& b : section.blocks) out.insert(out.end(), {b.text, b.intro, b.item, b.empty});
  }
  static const std::regex placeholder(R"(\{[^}]*\})");
  for (auto& s : out) s = std::regex_replace(s, placeholder, " ");
  return out;
}

const model::TemplateBlock* block(const model::Template& t, const std::string& section, const std::string& id) {
  for (const auto& s : t.sections)
    if (s.id == section)
      for (const auto& b : s.blocks)
        if (b.id == id) return &b;
  return nullptr;
}

}  // namespace

TEST_CASE("six professions, French and English ids, with their documents and capabilities") {
  struct Expected {
    const char* id;
    const char* id_en;
    const char* title;
    const char* verb;
    bool itt, diagnosis;
    const char* compatibility;
    const char* body_scope;
  };
  const Expected expected[] = {
      {"medecin", "physician", "Certificat médical initial", "certifie", true, true, "warn", "full"},
      {"infirmier", "nurse", "Attestation clinique infirmière", "atteste", false, false, "forbidden", "full"},
      {"masseur-kinesitherapeute", "physiotherapist", "Certificat de constatation", "certifie", false, false,
       "forbidden", "full"},
      {"pedicure-podologue", "podiatrist", "Attestation clinique", "atteste", false, false, "forbidden",
       "foot_ankle"},
      {"sage-femme", "midwife", "Certificat médical descriptif", "certifie", false, true, "forbidden", "full"},
      {"chirurgien-dentiste", "dentist", "Certificat médical initial", "certifie", false, true, "forbidden", "oral"},
  };
  CHECK(testing::shipped_certificates().size() == std::size(expected));
  CHECK(testing::shipped_signalements().size() == std::size(expected));
  for (const auto& e : expected) {
    INFO(e.id);
    const auto& t = shipped_template(e.id);
    CHECK(t.profession.id_en == e.id_en);
    CHECK(t.title == e.title);
    CHECK(t.phrases.at("engagement_verb") == e.verb);
    CHECK(t.capabilities.itt == e.itt);
    CHECK(t.capabilities.diagnosis == e.diagnosis);
    CHECK(t.capabilities.compatibility == e.compatibility);
    CHECK(t.capabilities.body_scope == e.body_scope);
  }
}

TEST_CASE("every vocabulary entry has an English label, for forms and messages in English") {
  for (const auto& tmpl : testing::shipped_templates())
    for (const auto& [name, vocabulary] : tmpl.vocabularies)
      for (const auto& entry : vocabulary.entries) {
        INFO(tmpl.id << ": vocabularies." << name << "." << entry.code << " (" << entry.where.file << ":"
                     << entry.where.line << ") needs a label_en");
        CHECK_FALSE(entry.form("label_en").empty());
        CHECK(entry.label(Language::en) == entry.form("label_en"));
        CHECK(entry.label(Language::fr) == entry.form("label"));
      }
}

TEST_CASE("a lesion type's max_cm is a number of centimetres a lesion may reach, from 1 to 200 (R-L-9)") {
  for (const auto& tmpl : testing::shipped_templates()) {
    const auto found = tmpl.vocabularies.find("lesion_types");
    if (found == tmpl.vocabularies.end()) continue;
    for (const auto& entry : found->second.entries) {
      const auto& written = entry.form("max_cm");
      if (written.empty()) continue;
      INFO(tmpl.id << ": lesion_types." << entry.code << ".max_cm = " << written);
      std::size_t used = 0;
      const double max = std::stod(written, &used);
      CHECK(used == written.size());
      CHECK(max >= 1);
      CHECK(max <= model::kMaxLesionCm);
    }
  }
}

TEST_CASE("rule severities per profession, as docs/rules.md lists them") {
  // R-A-2 R-C-5 R-D-1 R-P-1 R-ITT-1 R-L-5 R-ITT-7 for each profession; every other wording rule is the
  // same for all.
  const std::map<std::string, std::vector<std::string>> expected{
      {"medecin", {"off", "warning", "off", "off", "off", "off", "error"}},
      {"infirmier", {"warning", "error", "error", "error", "error", "error", "off"}},
      {"masseur-kinesitherapeute", {"warning", "error", "error", "error", "error", "error", "off"}},
      {"pedicure-podologue", {"warning", "error", "error", "error", "error", "error", "off"}},
      {"sage-femme", {"off", "error", "off", "warning", "error", "error", "off"}},
      {"chirurgien-dentiste", {"off", "error", "off", "warning", "error", "error", "off"}},
  };
  const std::map<std::string, std::string> common{
      {"R-A-1", "error"},   {"R-A-3", "warning"}, {"R-A-4", "error"},   {"R-C-1", "error"},   {"R-C-2", "error"},
      {"R-C-2-DOUTE", "warning"}, {"R-C-3", "error"}, {"R-C-4", "error"}, {"R-C-6", "error"},
      {"R-Q-1", "warning"}, {"R-Q-2", "error"},   {"R-L-3", "error"},   {"R-ITT-5", "error"},
      {"R-AB-1", "warning"}};
  for (const auto& [profession, severities] : expected) {
    INFO(profession);
    const auto& t = shipped_template(profession);
    std::vector<std::string> found;
    for (const auto* id : {"R-A-2", "R-C-5", "R-D-1", "R-P-1", "R-ITT-1", "R-L-5", "R-ITT-7"})
      found.push_back(severity_name(t, id));
    CHECK(found == severities);
    for (const auto& [id, severity] : common) CHECK(severity_name(t, id) == severity);
    CHECK(t.wording.size() == common.size() + 7);
  }
}

TEST_CASE("every wording rule says where it comes from and what to write instead, and compiles") {
  for (const auto& t : testing::shipped_templates()) {
    INFO(t.id);
    Diagnostics problems;
    const validate::WordingChecker checker(t, problems);
    INFO(listing(problems));
    CHECK(problems.empty());
    for (const auto& rule : t.wording) {
      INFO(rule.id);
      CHECK(!rule.source.empty());
      CHECK(!rule.message_fr.empty());
      CHECK(!rule.message_en.empty());
      CHECK(rule.terms.size() + rule.patterns.size() + rule.tokens.size() > 0);
    }
  }
}

TEST_CASE("each profession's skeleton validates with no diagnostic but the midwife's pregnancy prompt") {
  for (const auto& profession : kProfessions) {
    INFO(profession);
    const auto& t = shipped_template(profession);
    const auto diagnostics = all_diagnostics(t, t.skeleton);
    INFO(listing(diagnostics));
    if (std::string(profession) == "sage-femme") {
      // Her skeleton records a pregnancy: a criterion of danger, whatever else it says (R-DG-4).
      REQUIRE(diagnostics.size() == 1);
      CHECK(diagnostics.front().rule == "R-DG-4");
      CHECK(diagnostics.front().severity == Severity::notice);
    } else {
      CHECK(diagnostics.empty());
    }
  }
}

TEST_CASE("nothing silent: a forgotten section is reported, the physician's psychological state as an error") {
  for (const auto& profession : kProfessions) {
    INFO(profession);
    const auto& t = shipped_template(profession);
    // The skeleton without its psychological state: R-SI-4, and nothing else.
    const auto without = std::regex_replace(t.skeleton, std::regex("\npsychological_state:[^\n]*"), "");
    REQUIRE(without != t.skeleton);
    const auto diagnostics = validated(t, without);
    INFO(listing(diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics.front().rule == "R-SI-4");
    CHECK(diagnostics.front().path == "findings.psychological_state_statement");
    CHECK(diagnostics.front().severity ==
          (std::string(profession) == "medecin" ? Severity::error : Severity::warning));
    // The statement speaks for the section; beside the content it denies, it contradicts it (R-SI-7).
    CHECK(validated(t, without + "psychological_state_statement: non_evaluable\n").empty());
    const auto both = validated(t, t.skeleton + "psychological_state_statement: sans_particularite\n");
    REQUIRE(both.size() == 1);
    CHECK(both.front().rule == "R-SI-7");
  }
}

TEST_CASE("the templates' own sentences pass their own wording rules") {
  // Rules decided by a capability are left out: the ITT sentence is the template's own, for when the
  // profession may state one.
  for (const auto& t : testing::shipped_templates()) {
    Diagnostics problems;
    const validate::WordingChecker checker(t, problems);
    for (const auto& sentence : sentences(t)) {
      for (const auto& finding : checker.own_text(sentence)) {
        INFO(t.id << ": " << finding.rule->id << " in \"" << sentence << "\"");
        CHECK(!finding.rule->capability.empty());
      }
    }
  }
}

TEST_CASE("fixed wording: ITT with its reference point and reserve, closing, signature, attribution") {
  for (const auto& t : testing::shipped_certificates()) {
    INFO(t.id);
    // R-ITT-3/4/5: in letters, from a reference point the certificate names (the declared date of the facts,
    // or, unknown, the day of the examination), under reserve; never an arrêt de travail.
    const auto* itt = block(t, "conclusion", "itt");
    REQUIRE(itt);
    CHECK(itt->text.find("{itt.de_days_letters} {itt.unit} à compter du {facts.date}, date déclarée des faits, "
                         "sous réserve de complications.") != std::string::npos);
    const auto* from_examination = block(t, "conclusion", "itt_depuis_examen");
    REQUIRE(from_examination);
    CHECK(from_examination->text.find("{itt.de_days_letters} {itt.unit} à compter du jour de l'examen, le "
                                      "{examination.date}, la date des faits n'étant pas connue, sous réserve de "
                                      "complications.") != std::string::npos);
    // R-DL-1, R-DL-3: at her request and handed to her in person; on requisition, to the authority.
    const auto* handed = block(t, "cloture", "remise_personne");
    REQUIRE(handed);
    CHECK(handed->text.find("{phrase.at_request} et {phrase.handed} en main propre.") != std::string::npos);
    CHECK(t.phrases.at("at_request") == (t.for_minor() ? "à la demande de {issuance.requested_by}"
                                                       : "à la demande de l'intéressé{patient.e}"));
    const auto* requisition = block(t, "cloture", "remise_requisition");
    REQUIRE(requisition);
    CHECK(requisition->text.find("à l'autorité requérante.") != std::string::npos);
    // R-SG-1: a signature.
    const auto* signature = block(t, "cloture", "signature");
    REQUIRE(signature);
    CHECK(signature->kind == model::TemplateBlockKind::signature);
    // R-Q-1: her words come after an attribution ("déclare", "dit se plaindre").
    CHECK(block(t, "declarations", "paroles")->intro.find("déclare") != std::string::npos);
    CHECK(block(t, "doleances", "plaintes")->intro.find("dit") != std::string::npos);
  }
}

TEST_CASE("ITT for the midwife and the dentist: off by default, one capability to turn it on") {
  for (const auto* profession : {"sage-femme", "chirurgien-dentiste"}) {
    INFO(profession);
    auto t = shipped_template(profession);
    const auto yaml = t.skeleton + "itt: {mode: fixed, days: 2}\n";
    const auto refused = validated(t, yaml);
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].rule == "R-ITT-1");
    t.capabilities.itt = true;
    const auto accepted = validated(t, yaml);
    INFO(listing(accepted));
    CHECK(accepted.empty());
  }
}
