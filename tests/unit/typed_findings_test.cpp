// SPDX-License-Identifier: Apache-2.0
// Findings as a typed object (include/medcert/findings.hpp): checked by the same rules as text.
#include <catch2/catch.hpp>

#include <medcert/engine.hpp>

namespace {

constexpr std::int64_t kNow = 1795219200;  // 2026-11-21T00:00:00Z

const medcert::Engine& engine() {
  static const medcert::Engine instance(medcert::EngineConfig{MEDCERT_SOURCE_DIR, {}, {}, medcert::system_environment()});
  return instance;
}

// examples/medecin/court.yaml, as an EHR would fill it (fictional people, synthetic RPPS).
medcert::Findings short_case() {
  medcert::Findings f;
  f.author = medcert::FindingsAuthor{};
  f.author->civility = "madame";
  f.author->title = "Docteur";
  f.author->given_name = "Claire";
  f.author->family_name = "Martin";
  f.author->profession = "medecin";
  f.author->rpps = "10000000009";
  f.author->address = {"12 rue des Tilleuls", "69003 Lyon"};
  f.patient = medcert::FindingsPatient{};
  f.patient->civility = "madame";
  f.patient->family_name = "Exemple";
  f.patient->given_names = "Alice";
  f.patient->birth_date = "1990-04-12";
  f.patient->identity = "verified";
  f.patient->identity_document = "carte_identite";
  f.examination = medcert::FindingsExamination{};
  f.examination->datetime = "2026-11-20T10:15:00+01:00";
  f.examination->place_type = "cabinet";
  f.examination->place = "Cabinet médical des Tilleuls, Lyon";
  f.examination->request_mode = "demande_spontanee";
  f.facts = medcert::FindingsFacts{"2026-11-19T22:00:00+01:00", "à son domicile", std::nullopt};
  f.declarations = {"J'ai été poussée contre le mur de la cuisine, puis il m'a tenue par le bras."};
  f.complaints = {"J'ai mal au bras gauche quand je le bouge."};
  medcert::FindingsLesion bruise;
  bruise.type = "ecchymose";
  bruise.region = "avant_bras";
  bruise.side = "gauche";
  bruise.face = "anterieure";
  bruise.size = medcert::FindingsLesionSize{4.0, 2.5, {}};
  bruise.colour = "violacee";
  f.lesions = {bruise};
  f.follow_up_certificate = false;
  f.psychological_state = "Voix basse ; pleurs à l'évocation des faits.";
  f.functional_impact = "Gêne à la mobilisation du membre supérieur gauche.";
  f.itt = medcert::FindingsItt{};
  f.itt->mode = "fixed";
  f.itt->days = 2;
  f.issuance = medcert::FindingsIssuance{"2026-11-20T10:50:00+01:00", "Lyon", "patient", std::nullopt};
  return f;
}

}  // namespace

TEST_CASE("typed findings render like text") {
  const auto result = engine().render(short_case(), {kNow});
  for (const auto& d : result.diagnostics) INFO(d.rule << " " << d.path << " " << d.message_en);
  REQUIRE(result.ok());
  CHECK(result.pdf.rfind("%PDF-", 0) == 0);
}

TEST_CASE("typed findings are checked by the same rules, named by path") {
  auto findings = short_case();
  findings.author->rpps.reset();
  findings.lesions.front().size->length_cm = -1.0;
  findings.patient->birth_date = "1990-02-30";
  const auto result = engine().check(findings, {kNow});
  CHECK(result.parsed);
  CHECK_FALSE(result.ok());
  std::vector<std::string> paths;
  for (const auto& d : result.diagnostics) {
    CHECK(d.location.line == 0);
    CHECK(d.location.file == "<findings>");
    if (d.severity == medcert::Severity::error) paths.push_back(d.path);
  }
  CHECK(std::find(paths.begin(), paths.end(), "findings.patient.birth_date") != paths.end());
  CAPTURE(paths);
  CHECK(std::find(paths.begin(), paths.end(), "findings.lesions[0].size.length_cm") != paths.end());
  CHECK(std::find_if(paths.begin(), paths.end(), [](const std::string& p) {
          return p.rfind("findings.author", 0) == 0;
        }) != paths.end());
}

TEST_CASE("text with quotes, backslashes and line breaks survives the typed path") {
  auto findings = short_case();
  findings.declarations = {"Il a dit : \"tu vas voir\" \\ puis\nil est parti."};
  CHECK(engine().check(findings, {kNow}).parsed);
  findings.template_id = "inconnu";
  const auto unknown = engine().check(findings, {kNow});
  REQUIRE_FALSE(unknown.diagnostics.empty());
  CHECK(unknown.diagnostics.front().rule == "F-TEMPLATE");
}

TEST_CASE("a tooth number reaches the checks through the typed path") {
  auto findings = short_case();
  findings.lesions.front().tooth = "59";  // not a permanent FDI tooth
  const auto result = engine().check(findings, {kNow});
  CHECK(std::any_of(result.diagnostics.begin(), result.diagnostics.end(), [](const medcert::Diagnostic& d) {
    return d.rule == "R-L-4" && d.path == "findings.lesions[0].tooth";
  }));
}
