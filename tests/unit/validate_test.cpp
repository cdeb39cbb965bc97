// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "load/load.hpp"
#include "validate/identifiers.hpp"
#include "validate/messages.hpp"
#include "validate/validate.hpp"

using namespace medcert;
using namespace medcert::model;

namespace {

const std::string kFile = "cas.yaml";

// Gives every value of the test findings its own line, as the loader would.
class Source {
 public:
  template <class T>
  Field<T> at(const std::string& path, T value) {
    return Field<T>{std::move(value), next(), "findings." + path, true};
  }
  Text text(const std::string& path, const std::string& value) { return at(path, value); }
  Field<DateTime> datetime(const std::string& path, const std::string& iso) {
    auto parsed = iso.size() == 10 ? DateTime{*parse_date(iso)} : *parse_datetime(iso);
    return at(path, parsed);
  }
  Location next() { return Location{kFile, ++line_, 5}; }

 private:
  int line_ = 1;
};

Findings valid_findings() {
  Source s;
  Findings f;
  f.source_name = kFile;
  f.where = Location{kFile, 1, 1};
  f.format = s.at("medcert", 1);
  auto& a = f.author;
  a.where = s.next();
  a.civility = s.text("author.civility", "madame");
  a.title = s.text("author.title", "Docteur");
  a.given_name = s.text("author.given_name", "Claire");
  a.family_name = s.text("author.family_name", "Martin");
  a.profession = s.text("author.profession", "medecin");
  a.rpps = s.text("author.rpps", "10000000009");
  a.address = {s.text("author.address[0]", "12 rue des Tilleuls"), s.text("author.address[1]", "69003 Lyon")};
  auto& p = f.patient;
  p.where = s.next();
  p.civility = s.text("patient.civility", "madame");
  p.family_name = s.text("patient.family_name", "Exemple");
  p.given_names = s.text("patient.given_names", "Alice");
  p.birth_date = s.at("patient.birth_date", *parse_date("1990-04-12"));
  p.address = {s.text("patient.address[0]", "3 allée des Peupliers")};
  p.identity = s.text("patient.identity", "verified");
  p.identity_document = s.text("patient.identity_document", "carte_identite");
  auto& e = f.examination;
  e.where = s.next();
  e.datetime = s.datetime("examination.datetime", "2026-11-20T14:30:00+01:00");
  e.place_type = s.text("examination.place_type", "cabinet");
  e.place = s.text("examination.place", "Cabinet médical des Tilleuls, Lyon");
  e.request_mode = s.text("examination.request_mode", "demande_spontanee");
  f.facts.datetime = s.datetime("facts.datetime", "2026-11-19T22:00:00+01:00");
  f.facts.place = s.text("facts.place", "à son domicile");
  f.declarations = {s.text("declarations[0]", "J'ai été poussée contre le mur.")};
  f.complaints = {s.text("complaints[0]", "J'ai mal au bras gauche.")};
  Lesion lesion;
  lesion.where = s.next();
  lesion.path = "findings.lesions[0]";
  lesion.type = s.text("lesions[0].type", "ecchymose");
  lesion.region = s.text("lesions[0].region", "avant_bras");
  lesion.side = s.text("lesions[0].side", "gauche");
  lesion.face = s.text("lesions[0].face", "anterieure");
  lesion.size.length_cm = s.at("lesions[0].size.length_cm", 4.0);
  lesion.size.width_cm = s.at("lesions[0].size.width_cm", 2.5);
  lesion.colour = s.text("lesions[0].colour", "violacee");
  f.lesions = {lesion};
  Itt itt;
  itt.where = s.next();
  itt.path = "findings.itt";
  itt.mode = s.text("itt.mode", "fixed");
  itt.days = s.at("itt.days", 2);
  f.itt = itt;
  f.issuance.datetime = s.datetime("issuance.datetime", "2026-11-20T15:10:00+01:00");
  f.issuance.place = s.text("issuance.place", "Lyon");
  f.issuance.recipient = s.text("issuance.recipient", "patient");
  return f;
}

Vocabulary vocabulary(const std::string& name, const std::vector<std::string>& codes) {
  Vocabulary v{name, {}};
  for (const auto& code : codes) v.entries.push_back(VocabEntry{code, {{"label", code}}, {}});
  return v;
}

// The vocabulary with the flag `form: oui` on the entries `codes` (relative, assists…).
Vocabulary with_form(Vocabulary v, const std::string& form, const std::vector<std::string>& codes) {
  for (auto& entry : v.entries)
    if (std::find(codes.begin(), codes.end(), entry.code) != codes.end()) entry.forms[form] = "oui";
  return v;
}

Template physician_template() {
  Template t;
  t.id = "medecin.cmi-violences-majeur";
  t.version = 1;
  t.where = Location{"medecin.yaml", 1, 1};
  t.profession = Profession{"medecin", "physician", "médecin", {}, {}};
  t.capabilities.itt = true;
  t.follow_up_title = "Certificat médical complémentaire n° {follow_up.number}";
  t.required = {"author.family_name",  "author.profession",  "author.address",       "patient.family_name",
                "patient.given_names", "patient.birth_date", "examination.datetime", "examination.place_type",
                "facts.place",         "issuance.datetime",  "issuance.place",       "issuance.recipient"};
  for (auto v :
       {vocabulary("civility", {"madame", "monsieur", "neutre"}), vocabulary("identity", {"verified", "declared"}),
        vocabulary("identity_documents", {"carte_identite", "passeport", "titre_sejour", "permis_conduire", "autre"}),
        vocabulary("place_types", {"cabinet", "service_hospitalier", "domicile", "autre"}),
        vocabulary("request_modes", {"demande_spontanee", "requisition"}),
        with_form(vocabulary("interpreter_kinds", {"interprete", "assistant_communication", "non_professionnel"}),
                  "link_expected", {"non_professionnel"}),
        with_form(vocabulary("interpreter_links", {"aucun", "conjoint", "ex_conjoint", "famille", "ami", "autre"}),
                  "relative", {"conjoint", "ex_conjoint", "famille"}),
        with_form(vocabulary("legal_representative_roles", {"tutelle", "curatelle", "habilitation_representation",
                                                            "habilitation_assistance", "mandat_protection_future"}),
                  "assists", {"curatelle", "habilitation_assistance"}),
        vocabulary("lesion_types", {"ecchymose", "hematome", "abrasion", "plaie_contuse"}),
        vocabulary("regions", {"avant_bras", "bras", "cuisse", "front"}),
        vocabulary("sides", {"droite", "gauche", "mediane", "bilaterale"}),
        vocabulary("faces", {"anterieure", "posterieure", "laterale", "interne", "externe"}),
        vocabulary("colours", {"rouge", "violacee", "bleue", "jaune"}),
        vocabulary("recipients", {"patient", "legal_representative", "requisition_authority"}),
        vocabulary("itt_modes", {"fixed", "not_determined"})})
    t.vocabularies[v.name] = v;
  return t;
}

std::int64_t an_hour_after_issuance(const Findings& f) { return to_unix(f.issuance.datetime.value) + 3600; }

Diagnostics check(const Findings& f, const Template& t = physician_template()) {
  return validate::validate(t, f, an_hour_after_issuance(f));
}

// The single diagnostic a one-thing mutation must produce.
Diagnostic only(const Diagnostics& diagnostics) {
  INFO("diagnostics: " << diagnostics.size() << (diagnostics.empty() ? "" : ", first: " + diagnostics[0].rule));
  REQUIRE(diagnostics.size() == 1);
  return diagnostics.front();
}

void expect_at(const Diagnostic& d, const std::string& rule, Severity severity, const std::string& path,
               const Location& where) {
  CHECK(d.rule == rule);
  CHECK(d.severity == severity);
  CHECK(d.path == path);
  CHECK(d.location.file == where.file);
  CHECK(d.location.line == where.line);
  CHECK(d.location.column == where.column);
  CHECK_FALSE(d.message_fr.empty());
  CHECK_FALSE(d.message_en.empty());
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("valid findings give no diagnostic") { CHECK(check(valid_findings()).empty()); }

TEST_CASE("RPPS identifiers: format and Luhn key (reference §7.1 vectors)") {
  for (auto rpps : {"10000000009", "10001234565", "19999999998"}) {
    REQUIRE(validate::rpps_digits(rpps));
    CHECK(validate::luhn_valid(*validate::rpps_digits(rpps)));
  }
  for (auto rpps : {"10000000008", "10001234566"}) CHECK_FALSE(validate::luhn_valid(rpps));
  CHECK(validate::rpps_digits("810000000009") == "10000000009");
  CHECK(validate::luhn_valid(*validate::rpps_digits("810000000009")));
  CHECK_FALSE(validate::luhn_valid("810000000009"));  // why the "8" is stripped first
  CHECK_FALSE(validate::rpps_digits("1000000000"));
  CHECK_FALSE(validate::rpps_digits("910000000009"));
  CHECK_FALSE(validate::rpps_digits("1000000000A"));
  CHECK_FALSE(validate::rpps_digits("100 000 000 09"));
  CHECK(validate::adeli_well_formed("756012340"));
  CHECK(validate::adeli_well_formed("2A6012340"));
  CHECK_FALSE(validate::adeli_well_formed("75601234"));
  CHECK_FALSE(validate::adeli_well_formed("7560123X0"));
}

TEST_CASE("R-REQ: a field the template requires") {
  auto f = valid_findings();
  f.facts.place.present = false;
  const auto d = only(check(f));
  expect_at(d, "R-REQ", Severity::error, "findings.facts.place", f.facts.place.where);
  CHECK(contains(d.message_fr, "place: …"));
  CHECK(contains(d.message_fr, "medecin.cmi-violences-majeur"));
}

TEST_CASE("R-REQ: an empty list is absent and reported at its parent's position") {
  auto f = valid_findings();
  f.declarations.clear();
  auto t = physician_template();
  t.required.push_back("declarations");
  const auto d = only(check(f, t));
  expect_at(d, "R-REQ", Severity::error, "findings.declarations", f.where);
}

TEST_CASE("R-REQ: a template requiring an unknown path is reported at the template") {
  auto t = physician_template();
  t.required.push_back("patient.birthdate");
  const auto d = only(check(valid_findings(), t));
  expect_at(d, "R-REQ", Severity::error, "template.required", t.where);
  CHECK(contains(d.message_en, "patient.birthdate"));
}

TEST_CASE("R-REQ is not repeated when a more specific rule reports the field") {
  auto f = valid_findings();
  f.patient.birth_date.present = false;
  const auto d = only(check(f));
  expect_at(d, "R-ID-3", Severity::error, "findings.patient.birth_date", f.patient.birth_date.where);
}

TEST_CASE("R-VOCAB: an unknown code, with did-you-mean") {
  auto f = valid_findings();
  f.lesions[0].region.value = "avant_bra";
  const auto d = only(check(f));
  expect_at(d, "R-VOCAB", Severity::error, "findings.lesions[0].region", f.lesions[0].region.where);
  CHECK(contains(d.message_fr, "vouliez-vous dire «\u202Favant_bras\u202F»\u202F?"));
  CHECK(contains(d.message_en, "did you mean \"avant_bras\"?"));
}

TEST_CASE("R-VOCAB: with nothing close, the codes are listed") {
  auto f = valid_findings();
  f.examination.place_type.value = "voiture";
  const auto d = only(check(f));
  expect_at(d, "R-VOCAB", Severity::error, "findings.examination.place_type", f.examination.place_type.where);
  CHECK(contains(d.message_en, "cabinet, service_hospitalier, domicile, autre"));
}

TEST_CASE("R-VOCAB: every coded field is checked against its vocabulary") {
  auto f = valid_findings();
  f.author.civility.value = "docteur";
  f.patient.identity.value = "vue";
  f.examination.place_type.value = "hopital";
  f.lesions[0].side.value = "haut";
  f.itt->mode.value = "fixe";
  const auto ds = check(f);
  REQUIRE(ds.size() == 5);
  CHECK(std::all_of(ds.begin(), ds.end(), [](const Diagnostic& d) { return d.rule == "R-VOCAB"; }));
}

TEST_CASE("R-VOCAB: the profession must be the template's, in French or English") {
  auto f = valid_findings();
  f.author.profession.value = "physician";
  CHECK(check(f).empty());
  f.author.profession.value = "infirmier";
  const auto d = only(check(f));
  expect_at(d, "R-VOCAB", Severity::error, "findings.author.profession", f.author.profession.where);
  CHECK(contains(d.message_fr, "«\u202Fmedecin\u202F»"));
}

TEST_CASE("R-VOCAB: a vocabulary the template lacks is reported, not ignored") {
  auto t = physician_template();
  t.vocabularies.erase("colours");
  const auto d = only(check(valid_findings(), t));
  CHECK(d.rule == "R-VOCAB");
  CHECK(d.path == "findings.lesions[0].colour");
}

TEST_CASE("R-ID-1: the author's professional address") {
  auto f = valid_findings();
  f.author.address.clear();
  auto t = physician_template();
  const auto d = only(check(f, t));
  expect_at(d, "R-ID-1", Severity::error, "findings.author.address", f.author.where);
}

TEST_CASE("R-ID-2: at least one identifier") {
  auto f = valid_findings();
  f.author.rpps.present = false;
  expect_at(only(check(f)), "R-ID-2", Severity::error, "findings.author.rpps", f.author.rpps.where);
  f.author.ordinal_number = Text{"69/12345", Location{kFile, 90, 5}, "findings.author.ordinal_number", true};
  CHECK(check(f).empty());
}

TEST_CASE("R-ID-2: an RPPS of 10 digits is an error") {
  auto f = valid_findings();
  f.author.rpps.value = "1000000000";
  const auto d = only(check(f));
  expect_at(d, "R-ID-2", Severity::error, "findings.author.rpps", f.author.rpps.where);
  CHECK(contains(d.message_fr, "11 chiffres"));
}

TEST_CASE("R-ID-2-KEY: a Luhn mismatch is only a warning that says the key is unconfirmed") {
  auto f = valid_findings();
  f.author.rpps.value = "10000000008";
  const auto d = only(check(f));
  expect_at(d, "R-ID-2-KEY", Severity::warning, "findings.author.rpps", f.author.rpps.where);
  CHECK(contains(d.message_fr, "pas confirmé officiellement"));
  f.author.rpps.value = "810000000009";
  CHECK(check(f).empty());
}

TEST_CASE("R-ID-2: a malformed ADELI is a warning") {
  auto f = valid_findings();
  f.author.adeli = Text{"75-60123", Location{kFile, 91, 10}, "findings.author.adeli", true};
  expect_at(only(check(f)), "R-ID-2", Severity::warning, "findings.author.adeli", f.author.adeli.where);
}

TEST_CASE("R-ID-3: the person's names are required, her address recommended") {
  auto f = valid_findings();
  f.patient.given_names.value.clear();
  expect_at(only(check(f)), "R-ID-3", Severity::error, "findings.patient.given_names", f.patient.given_names.where);
  f = valid_findings();
  f.patient.address.clear();
  expect_at(only(check(f)), "R-ID-3", Severity::warning, "findings.patient.address", f.patient.where);
}

TEST_CASE("R-DT-1: the examination's date, time and place type") {
  auto f = valid_findings();
  f.examination.datetime.present = false;
  expect_at(only(check(f)), "R-DT-1", Severity::error, "findings.examination.datetime", f.examination.datetime.where);
  f = valid_findings();
  f.examination.datetime.value = DateTime{{2026, 11, 20}};
  expect_at(only(check(f)), "R-DT-1", Severity::error, "findings.examination.datetime", f.examination.datetime.where);
}

TEST_CASE("R-DT-1: place type autre needs the place") {
  auto f = valid_findings();
  f.examination.place_type.value = "autre";
  f.examination.place.present = false;
  f.examination.place.value.clear();
  expect_at(only(check(f)), "R-DT-1", Severity::error, "findings.examination.place", f.examination.place_type.where);
}

TEST_CASE("R-DT-2: no postdating, the message shows both instants") {
  auto f = valid_findings();
  const auto d = only(validate::validate(physician_template(), f, to_unix(f.issuance.datetime.value) - 3600));
  expect_at(d, "R-DT-2", Severity::error, "findings.issuance.datetime", f.issuance.datetime.where);
  CHECK(contains(d.message_fr, "2026-11-20 15:10 UTC+01:00"));
  CHECK(contains(d.message_fr, "2026-11-20 14:10 UTC+01:00"));
  CHECK(validate::validate(physician_template(), f, to_unix(f.issuance.datetime.value)).empty());
}

TEST_CASE("R-DT-3: facts before the examination, compared as instants") {
  auto f = valid_findings();
  // 14:00 at UTC-01:00 is 15:00 UTC, after the examination at 13:30 UTC.
  f.facts.datetime.value = *parse_datetime("2026-11-20T14:00:00-01:00");
  const auto d = only(check(f));
  expect_at(d, "R-DT-3", Severity::error, "findings.facts.datetime", f.facts.datetime.where);
}

TEST_CASE("R-DT-3: a date alone is compared with the examination's local date") {
  auto f = valid_findings();
  f.examination.datetime.value = *parse_datetime("2026-11-20T00:30:00+01:00");  // 2026-11-19 in UTC
  f.facts.datetime.value = DateTime{{2026, 11, 20}};
  CHECK(check(f).empty());
  f.facts.datetime.value = DateTime{{2026, 11, 21}};
  expect_at(only(check(f)), "R-DT-3", Severity::error, "findings.facts.datetime", f.facts.datetime.where);
}

TEST_CASE("R-DT-3: the certificate is written after the examination") {
  auto f = valid_findings();
  f.issuance.datetime.value = *parse_datetime("2026-11-20T14:00:00+01:00");
  expect_at(only(check(f)), "R-DT-3", Severity::error, "findings.issuance.datetime", f.issuance.datetime.where);
}

TEST_CASE("R-DT-3: the person is born before the examination") {
  auto f = valid_findings();
  f.patient.birth_date.value = CivilDate{2027, 1, 1};
  expect_at(only(check(f)), "R-DT-3", Severity::error, "findings.patient.birth_date", f.patient.birth_date.where);
}

TEST_CASE("R-DT-3: instants in the practice's zone, whatever their offsets or none") {
  auto f = valid_findings();
  // The examination is 13:30 UTC. Facts at 14:00 local Paris time (13:00 UTC) precede it; 15:00 does not.
  f.facts.datetime.value = *parse_datetime("2026-11-20T14:00:00");
  CHECK(check(f).empty());
  f.facts.datetime.value = *parse_datetime("2026-11-20T15:00:00");
  expect_at(only(check(f)), "R-DT-3", Severity::error, "findings.facts.datetime", f.facts.datetime.where);
  // In Réunion (UTC+4), 15:00 local is 11:00 UTC: before the examination.
  f.author.time_zone = Text{"Indian/Reunion", {kFile, 90, 5}, "findings.author.time_zone", true};
  CHECK(check(f).empty());
  // The engine's zone serves findings that name none.
  f.author.time_zone = Text{};
  CHECK(validate::validate(physician_template(), f, an_hour_after_issuance(f), nullptr, "Indian/Reunion").empty());
}

TEST_CASE("R-DT-3: a date alone is compared with the examination's date in the practice's zone") {
  auto f = valid_findings();
  // 23:30 UTC on 19 November is 20 November in Paris: facts declared on the 20th precede it.
  f.examination.datetime.value = *parse_datetime("2026-11-19T23:30:00Z");
  f.issuance.datetime.value = *parse_datetime("2026-11-20T00:50:00+01:00");
  f.facts.datetime.value = DateTime{{2026, 11, 20}};
  CHECK(check(f).empty());
  // In Guadeloupe (UTC-4) the examination is on the 19th: the 20th is after it.
  f.author.time_zone = Text{"America/Guadeloupe", {kFile, 90, 5}, "findings.author.time_zone", true};
  expect_at(only(check(f)), "R-DT-3", Severity::error, "findings.facts.datetime", f.facts.datetime.where);
}

TEST_CASE("R-DT-2: the issuance written in local time is compared as an instant") {
  auto f = valid_findings();
  f.issuance.datetime.value = *parse_datetime("2026-11-20T15:10:00");  // 14:10 UTC in Paris
  CHECK(check(f).empty());
  const std::int64_t now = to_unix(*parse_datetime("2026-11-20T14:40:00Z"));
  CHECK(validate::validate(physician_template(), f, now).empty());
  // In Guadeloupe, 15:10 local is 19:10 UTC: later than now.
  f.author.time_zone = Text{"America/Guadeloupe", {kFile, 90, 5}, "findings.author.time_zone", true};
  f.examination.datetime.value = *parse_datetime("2026-11-20T14:30:00");
  const auto d = only(validate::validate(physician_template(), f, now));
  expect_at(d, "R-DT-2", Severity::error, "findings.issuance.datetime", f.issuance.datetime.where);
  CHECK(contains(d.message_fr, "2026-11-20 10:40 UTC-04:00"));  // now, in Guadeloupe
}

TEST_CASE("R-DT-4: an unknown time zone is named, the engine's zone serves the other checks") {
  auto f = valid_findings();
  for (const char* id : {"Europe/Lyon", "Paris", "UTC+1", "GMT+01:00"}) {
    INFO(id);
    f.author.time_zone = Text{id, {kFile, 90, 5}, "findings.author.time_zone", true};
    const auto d = only(check(f));
    expect_at(d, "R-DT-4", Severity::error, "findings.author.time_zone", f.author.time_zone.where);
    CHECK(contains(d.message_fr, id));
    CHECK(contains(d.message_fr, "Indian/Reunion"));
  }
  for (const char* id : {"Europe/Paris", "Indian/Reunion", "America/Guadeloupe", "America/Martinique",
                         "America/Cayenne", "Indian/Mayotte", "Pacific/Noumea", "Pacific/Tahiti"}) {
    INFO(id);
    f.author.time_zone = Text{id, {kFile, 90, 5}, "findings.author.time_zone", true};
    f.examination.datetime.value = *parse_datetime("2026-11-20T14:30:00Z");
    f.issuance.datetime.value = *parse_datetime("2026-11-20T15:10:00Z");
    f.facts.datetime.value = *parse_datetime("2026-11-19T22:00:00Z");
    CHECK(check(f).empty());
  }
}

TEST_CASE("R-DT-5: a local hour the clocks skip or repeat") {
  auto f = valid_findings();
  f.facts.datetime.value = *parse_datetime("2026-03-29T02:30:00");
  auto d = only(check(f));
  expect_at(d, "R-DT-5", Severity::warning, "findings.facts.datetime", f.facts.datetime.where);
  CHECK(contains(d.message_fr, "passage à l'heure d'été"));
  CHECK(contains(d.message_fr, "2026-03-29 03:30 UTC+02:00"));
  f.facts.datetime.value = *parse_datetime("2026-10-25T02:30:00");
  d = only(check(f));
  expect_at(d, "R-DT-5", Severity::warning, "findings.facts.datetime", f.facts.datetime.where);
  CHECK(contains(d.message_fr, "+02:00 pour la première, +01:00 pour la seconde"));
  // With its offset, or in a zone without summer time, the hour is not in doubt.
  f.facts.datetime.value = *parse_datetime("2026-10-25T02:30:00+01:00");
  CHECK(check(f).empty());
  f.facts.datetime.value = *parse_datetime("2026-03-29T02:30:00");
  f.author.time_zone = Text{"Indian/Reunion", {kFile, 90, 5}, "findings.author.time_zone", true};
  CHECK(check(f).empty());
}

TEST_CASE("R-ID-4: a verified identity names the document, a declared one has none") {
  auto f = valid_findings();
  f.patient.identity_document = Text{{}, {}, "findings.patient.identity_document", false};
  auto d = only(check(f));
  expect_at(d, "R-ID-4", Severity::error, "findings.patient.identity_document", f.patient.identity.where);
  f.patient.identity.value = "declared";
  CHECK(check(f).empty());
  f.patient.identity_document = Text{"passeport", {kFile, 91, 5}, "findings.patient.identity_document", true};
  d = only(check(f));
  expect_at(d, "R-ID-4", Severity::warning, "findings.patient.identity_document", f.patient.identity_document.where);
  f.patient.identity.value = "verified";
  f.patient.identity_document.value = "carte_vitale";
  CHECK(only(check(f)).rule == "R-VOCAB");
}

TEST_CASE("R-FA-1: the place of the facts in her words or in the professional's, not both") {
  auto f = valid_findings();
  f.facts.place_own_words = Text{"au domicile de la personne examinée", {kFile, 92, 5}, "findings.facts.place_own_words",
                                 true};
  expect_at(only(check(f)), "R-FA-1", Severity::warning, "findings.facts.place_own_words",
            f.facts.place_own_words.where);
  f.facts.place = Text{{}, {}, "findings.facts.place", false};
  auto t = physician_template();
  std::erase(t.required, "facts.place");
  CHECK(check(f, t).empty());
}

TEST_CASE("R-MN-1: under 18 on the examination's date") {
  auto f = valid_findings();
  f.patient.birth_date.value = CivilDate{2008, 11, 21};
  const auto d = only(check(f));
  expect_at(d, "R-MN-1", Severity::error, "findings.patient.birth_date", f.patient.birth_date.where);
  CHECK(contains(d.message_fr, "17 ans"));
  CHECK(contains(d.message_fr, "signalement"));
  f.patient.birth_date.value = CivilDate{2008, 11, 20};
  CHECK(check(f).empty());
}

TEST_CASE("R-ITT-1: an ITT where the profession may not state one") {
  auto t = physician_template();
  t.capabilities.itt = false;
  auto f = valid_findings();
  const auto d = only(check(f, t));
  expect_at(d, "R-ITT-1", Severity::error, "findings.itt", f.itt->where);
  // The dentist's and the midwife's right is an open question (documents-fr §F.4): the message says the
  // template's capability is off, never that only a physician may state one.
  CHECK_FALSE(contains(d.message_fr, "seul un médecin"));
  CHECK_FALSE(contains(d.message_en, "only a physician"));
  CHECK(contains(d.message_fr, "capabilities.itt"));
  f.itt.reset();
  CHECK(check(f, t).empty());
}

TEST_CASE("R-ITT-3: a fixed ITT needs days in 0..365") {
  auto f = valid_findings();
  f.itt->days.present = false;
  expect_at(only(check(f)), "R-ITT-3", Severity::error, "findings.itt.days", f.itt->days.where);
  for (int days : {-1, 366}) {
    f.itt->days = Field<int>{days, Location{kFile, 70, 9}, "findings.itt.days", true};
    expect_at(only(check(f)), "R-ITT-3", Severity::error, "findings.itt.days", f.itt->days.where);
  }
  f.itt->days.value = 0;
  CHECK(check(f).empty());
  f.itt->mode.value = "not_determined";
  expect_at(only(check(f)), "R-ITT-3", Severity::warning, "findings.itt.days", f.itt->days.where);
  f.itt->days.present = false;
  CHECK(check(f).empty());
}

TEST_CASE("R-ITT-3: an ITT section names its mode") {
  auto f = valid_findings();
  f.itt->mode.present = false;
  f.itt->mode.value.clear();
  const auto d = only(check(f));
  expect_at(d, "R-ITT-3", Severity::error, "findings.itt.mode", f.itt->mode.where);
  CHECK(contains(d.message_en, "not_determined"));
}

TEST_CASE("R-ITT-3: a profession that may state an ITT must say fixed or not_determined") {
  auto f = valid_findings();
  f.itt.reset();
  const auto d = only(check(f));
  expect_at(d, "R-ITT-3", Severity::error, "findings.itt.mode", f.where);
  CHECK(contains(d.message_en, "not_determined"));
}

namespace {
// Fonts that print Latin-1 and nothing else: enough to tell covered from missing characters.
class Latin1Fonts final : public medcert::model::FontMetrics {
 public:
  bool covers(medcert::model::FontStyle, char32_t cp) const override { return cp <= 0xFF; }
  double advance(medcert::model::FontStyle, char32_t) const override { return 500; }
  double ascender(medcert::model::FontStyle) const override { return 800; }
  double descender(medcert::model::FontStyle) const override { return -200; }
};
}  // namespace

TEST_CASE("L-GLYPH: a character above U+FFFF is reported on the value that holds it") {
  auto f = valid_findings();
  f.patient.given_names.value = "Alice \U0001F600";
  const auto d = only(check(f));
  expect_at(d, "L-GLYPH", Severity::error, f.patient.given_names.path, f.patient.given_names.where);
  CHECK(contains(d.message_en, "U+1F600"));
}

TEST_CASE("L-GLYPH: with the engine's fonts, a character they lack is reported too") {
  auto f = valid_findings();
  f.lesions[0].note = Text{"\u674E", Location{kFile, 60, 11}, "findings.lesions[0].note", true};
  const Latin1Fonts fonts;
  CHECK(check(f).empty());  // without fonts, a BMP character is left to the fonts' owner
  const auto d = only(validate::validate(physician_template(), f, an_hour_after_issuance(f), &fonts));
  expect_at(d, "L-GLYPH", Severity::error, "findings.lesions[0].note", Location{kFile, 60, 11});
  CHECK(contains(d.message_en, "U+674E"));
}

TEST_CASE("R-TXT-1: every bidirectional control, in any field, the person's words included") {
  for (const char* control : {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
                              "\u2069", "\u200E", "\u200F", "\u061C"}) {
    INFO(control);
    auto f = valid_findings();
    f.patient.family_name.value = std::string("Ex") + control + "emple";
    expect_at(only(check(f)), "R-TXT-1", Severity::error, f.patient.family_name.path, f.patient.family_name.where);
    f = valid_findings();
    f.declarations[0].value += control;
    const auto d = only(check(f));
    expect_at(d, "R-TXT-1", Severity::error, f.declarations[0].path, f.declarations[0].where);
    CHECK(contains(d.message_en, "reorder"));
  }
}

TEST_CASE("R-TXT-2: invisible format characters, soft hyphen and a byte order mark inside a text included") {
  for (const char* invisible : {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"}) {
    INFO(invisible);
    auto f = valid_findings();
    f.complaints[0].value = std::string("J'ai mal suite") + invisible + " aux coups.";
    const auto d = only(check(f));
    expect_at(d, "R-TXT-2", Severity::error, f.complaints[0].path, f.complaints[0].where);
  }
}

TEST_CASE("R-TXT-3: line breaks only in the person's words, never a tab or a carriage return") {
  auto f = valid_findings();
  f.declarations[0].value = "Il a crié.\nJ'ai eu peur.";
  f.complaints[0].value = "J'ai mal.\nAu bras.";
  CHECK(check(f).empty());
  f.functional_impact = Text{"Gêne.\nDouleur.", Location{kFile, 80, 20}, "findings.functional_impact", true};
  expect_at(only(check(f)), "R-TXT-3", Severity::error, "findings.functional_impact", Location{kFile, 80, 20});
  f = valid_findings();
  f.patient.given_names.value = "Alice\nJeanne";
  expect_at(only(check(f)), "R-TXT-3", Severity::error, f.patient.given_names.path, f.patient.given_names.where);
  f = valid_findings();
  f.author.address[0].value = "12 rue\u2028des Tilleuls";
  CHECK(only(check(f)).rule == "R-TXT-3");
  for (const char* control : {"\t", "\r"}) {
    f = valid_findings();
    f.complaints[0].value = std::string("J'ai mal.") + control + "Au bras.";
    CHECK(only(check(f)).rule == "R-TXT-3");
  }
}

TEST_CASE("R-TXT-4: identifiers in ASCII only: a full-width digit is named") {
  auto f = valid_findings();
  f.author.adeli = Text{"69\uFF11234567", Location{kFile, 70, 10}, "findings.author.adeli", true};
  const auto adeli = check(f);
  REQUIRE(adeli.size() == 2);  // and R-ID-2's warning on its shape
  const auto& d = adeli[0].rule == "R-TXT-4" ? adeli[0] : adeli[1];
  expect_at(d, "R-TXT-4", Severity::error, "findings.author.adeli", Location{kFile, 70, 10});
  CHECK(contains(d.message_en, "U+FF11"));
  f = valid_findings();
  f.author.rpps.value = "1000000000\uFF19";
  const auto both = check(f);
  REQUIRE(both.size() == 2);  // R-TXT-4 says why R-ID-2 does not see 11 digits
  CHECK(std::count_if(both.begin(), both.end(), [](const Diagnostic& x) { return x.rule == "R-TXT-4"; }) == 1);
  f = valid_findings();
  f.patient.family_name.value = "Müller";  // only identifiers are ASCII
  CHECK(check(f).empty());
}

TEST_CASE("R-ITT-6: above 8 days, a notice that leaves the value alone") {
  auto f = valid_findings();
  f.itt->days.value = 8;
  CHECK(check(f).empty());
  f.itt->days.value = 10;
  const auto d = only(check(f));
  expect_at(d, "R-ITT-6", Severity::warning, "findings.itt.days", f.itt->days.where);
  CHECK(contains(d.message_fr, "10 jours"));
}

TEST_CASE("R-L-1: type and region required, size expected and positive") {
  auto f = valid_findings();
  f.lesions[0].type.value.clear();  // an empty code counts as absent: R-L-1 only, no R-VOCAB
  expect_at(only(check(f)), "R-L-1", Severity::error, "findings.lesions[0].type", f.lesions[0].type.where);
  f = valid_findings();
  f.lesions[0].region.present = false;
  f.lesions[0].region.value.clear();
  expect_at(only(check(f)), "R-L-1", Severity::error, "findings.lesions[0].region", f.lesions[0].region.where);
  f = valid_findings();
  f.lesions[0].size = Size{};
  expect_at(only(check(f)), "R-L-1", Severity::warning, "findings.lesions[0].size", f.lesions[0].where);
  f = valid_findings();
  f.lesions[0].size.width_cm.value = 0;
  expect_at(only(check(f)), "R-L-1", Severity::error, "findings.lesions[0].size.width_cm",
            f.lesions[0].size.width_cm.where);
}

TEST_CASE("R-L-1: a dental lesion is placed by its tooth, deficits have no size, a bruise has its colour") {
  auto t = physician_template();
  auto& types = t.vocabularies["lesion_types"];
  types.entries.push_back(VocabEntry{"mobilite_anormale", {{"label", "mobilité anormale"}, {"unsized", "oui"}}, {}});
  for (auto& entry : types.entries)
    if (entry.code == "ecchymose") entry.forms["colour_expected"] = "oui";
  auto f = valid_findings();
  f.lesions[0].type.value = "mobilite_anormale";
  f.lesions[0].region = Text{};
  f.lesions[0].side = Text{};
  f.lesions[0].face = Text{};
  f.lesions[0].size = Size{};
  Source s;
  f.lesions[0].tooth = s.text("lesions[0].tooth", "31");
  CHECK(check(f, t).empty());
  f = valid_findings();
  f.lesions[0].colour = Text{};
  expect_at(only(check(f, t)), "R-L-1", Severity::warning, "findings.lesions[0].colour", f.lesions[0].where);
}

// The physician's template with what R-L-6 and R-L-7 read: plurals, a type plural by nature, a single region,
// the bilateral side's determiner, and the vocabularies of arrangements and measures.
Template counting_template() {
  auto t = physician_template();
  for (auto& entry : t.vocabularies["lesion_types"].entries)
    if (entry.code != "plaie_contuse") entry.forms["plural"] = entry.code + "s";
  t.vocabularies["lesion_types"].entries.push_back(
      VocabEntry{"petechies",
                 {{"label", "pétéchies"}, {"plural_only", "oui"}, {"plural", "pétéchies"}, {"extent", "oui"}},
                 {}});
  t.vocabularies["lesion_types"].entries.push_back(
      VocabEntry{"erytheme", {{"label", "érythème"}, {"extent", "oui"}}, {}});
  for (auto& entry : t.vocabularies["regions"].entries)
    if (entry.code == "front") entry.forms["single"] = "oui";
  for (auto& entry : t.vocabularies["sides"].entries)
    if (entry.code == "bilaterale") entry.forms["determiner"] = "les deux";
  for (auto v : {vocabulary("lesion_groupings", {"alignees", "paralleles"}),
                 vocabulary("size_measures", {"each", "largest", "group"}),
                 vocabulary("lesion_shapes", {"arrondie", "lineaire"})})
    t.vocabularies[v.name] = v;
  return t;
}

// A lesion case on that template: findings without a diagnostic, their lesion at hand.
struct CountingCase {
  const Template t = counting_template();
  Source s;
  Findings f = valid_findings();
  Lesion& l = f.lesions[0];
};

TEST_CASE_METHOD(CountingCase,
                 "R-L-6: a count from 1 to 99, of a type with a plural, consistent with the sides and the "
                 "arrangement") {
  l.count = s.at("lesions[0].count", 3);
  l.size.measures = s.text("lesions[0].size.measures", "each");
  l.grouping = s.text("lesions[0].grouping", "alignees");
  CHECK(check(f, t).empty());
  for (int wrong : {0, -2, 100}) {
    l.count.value = wrong;
    const auto d = only(check(f, t));
    expect_at(d, "R-L-6", Severity::error, "findings.lesions[0].count", l.count.where);
    CHECK(contains(d.message_fr, std::to_string(wrong)));
  }
  // A type without a plural form is not counted.
  f = valid_findings();
  f.lesions[0].type.value = "plaie_contuse";
  f.lesions[0].count = s.at("lesions[0].count", 2);
  f.lesions[0].size.measures = s.text("lesions[0].size.measures", "each");
  expect_at(only(check(f, t)), "R-L-6", Severity::error, "findings.lesions[0].count", f.lesions[0].count.where);
  // A type plural by nature is not one.
  f.lesions[0].type.value = "petechies";
  f.lesions[0].count.value = 1;
  f.lesions[0].size.measures = {};
  expect_at(only(check(f, t)), "R-L-6", Severity::error, "findings.lesions[0].count", f.lesions[0].count.where);
  f.lesions[0].count = {};
  CHECK(check(f, t).empty());
}

TEST_CASE_METHOD(CountingCase, "R-L-6: one lesion on both sides of a paired region, an arrangement of one") {
  l.side = s.text("lesions[0].side", "bilaterale");
  // Both are said at once: one lesion cannot lie on both sides, and one size of two would be ambiguous.
  auto both = check(f, t);
  REQUIRE(both.size() == 2);
  expect_at(both[0], "R-L-6", Severity::error, "findings.lesions[0].side", l.side.where);
  CHECK(both[1].rule == "R-L-7");
  l.size.measures = s.text("lesions[0].size.measures", "each");
  expect_at(only(check(f, t)), "R-L-6", Severity::error, "findings.lesions[0].side", l.side.where);
  l.count = s.at("lesions[0].count", 1);  // written, still one
  expect_at(only(check(f, t)), "R-L-6", Severity::error, "findings.lesions[0].side", l.side.where);
  l.count.value = 2;
  CHECK(check(f, t).empty());
  // Both sides of a single region are one place: "du front, des deux côtés".
  f = valid_findings();
  f.lesions[0].region.value = "front";
  f.lesions[0].face = {};
  f.lesions[0].side = s.text("lesions[0].side", "bilaterale");
  CHECK(check(f, t).empty());
  // A zone (pétéchies, érythème) lies on both sides without a count; its size says whose it is.
  f.lesions[0].region.value = "avant_bras";
  for (const auto* zone : {"petechies", "erytheme"}) {
    f.lesions[0].type.value = zone;
    expect_at(only(check(f, t)), "R-L-7", Severity::error, "findings.lesions[0].size.measures",
              f.lesions[0].size.length_cm.where);
  }
  f = valid_findings();
  f.lesions[0].grouping = s.text("lesions[0].grouping", "paralleles");
  expect_at(only(check(f, t)), "R-L-6", Severity::error, "findings.lesions[0].grouping", f.lesions[0].grouping.where);
}

TEST_CASE_METHOD(CountingCase,
                 "R-L-6: a text that counts lesions the entry does not count, in letters or digits, any case") {
  for (const auto* counted : {"trois ecchymoses alignées, de taille comparable", "3 Ecchymoses alignées",
                              "présence de deux petites ecchymoses", "PLUSIEURS ECCHYMOSES", "quatre hématomes"}) {
    l.note = s.text("lesions[0].note", counted);
    const auto d = only(check(f, t));
    expect_at(d, "R-L-6", Severity::warning, "findings.lesions[0].note", l.note.where);
    CHECK(d.message_id == "R-L-6.count_in_text");
  }
  for (const auto* not_counted : {"à 3 cm du pli du coude", "des deux côtés", "deux arcs se faisant face",
                                  "ecchymoses comparables", "1 ecchymose"}) {
    l.note = s.text("lesions[0].note", not_counted);
    CHECK(check(f, t).empty());
  }
  // Counted, the words may repeat the count.
  l.note = s.text("lesions[0].note", "trois ecchymoses alignées");
  l.count = s.at("lesions[0].count", 3);
  l.size.measures = s.text("lesions[0].size.measures", "each");
  CHECK(check(f, t).empty());
}

TEST_CASE_METHOD(CountingCase, "R-L-7: a size of several lesions says what it measures, and only then") {
  l.count = s.at("lesions[0].count", 4);
  const auto d = only(check(f, t));
  expect_at(d, "R-L-7", Severity::error, "findings.lesions[0].size.measures", l.size.length_cm.where);
  CHECK(contains(d.message_fr, "measures: each"));
  for (const auto* measures : {"each", "largest", "group"}) {
    l.size.measures = s.text("lesions[0].size.measures", measures);
    CHECK(check(f, t).empty());
  }
  l.size = Size{};  // no size, nothing to say of it (R-L-1 asks for one)
  CHECK(only(check(f, t)).rule == "R-L-1");
  f = valid_findings();
  f.lesions[0].size.measures = s.text("lesions[0].size.measures", "each");
  expect_at(only(check(f, t)), "R-L-7", Severity::error, "findings.lesions[0].size.measures",
            f.lesions[0].size.measures.where);
  // The whole group on both sides is not one zone.
  f.lesions[0].side = s.text("lesions[0].side", "bilaterale");
  f.lesions[0].count = s.at("lesions[0].count", 2);
  f.lesions[0].size.measures.value = "group";
  expect_at(only(check(f, t)), "R-L-7", Severity::error, "findings.lesions[0].size.measures",
            f.lesions[0].size.measures.where);
}

TEST_CASE_METHOD(CountingCase, "R-VOCAB: a lesion's shape, arrangement and measure come from their vocabularies") {
  l.count = s.at("lesions[0].count", 3);
  l.shape = s.text("lesions[0].shape", "ronde");
  l.grouping = s.text("lesions[0].grouping", "en_ligne");
  l.size.measures = s.text("lesions[0].size.measures", "chacune");
  const auto ds = check(f, t);
  REQUIRE(ds.size() == 3);
  CHECK(std::all_of(ds.begin(), ds.end(), [](const Diagnostic& d) { return d.rule == "R-VOCAB"; }));
  CHECK(ds[0].path == "findings.lesions[0].shape");
  CHECK(ds[1].path == "findings.lesions[0].grouping");
  CHECK(ds[2].path == "findings.lesions[0].size.measures");
}

TEST_CASE_METHOD(CountingCase, "R-L-8: the upper or lower eyelid is a region, not a precision in a text") {
  auto tmpl = t;
  auto& regions = tmpl.vocabularies["regions"].entries;
  regions.push_back(VocabEntry{
      "paupiere", {{"label", "paupière"}, {"upper", "paupiere_superieure"}, {"lower", "paupiere_inferieure"}}, {}});
  regions.push_back(VocabEntry{"paupiere_superieure", {{"label", "paupière supérieure"}}, {}});
  regions.push_back(VocabEntry{"paupiere_inferieure", {{"label", "paupière inférieure"}}, {}});
  l.region.value = "paupiere";
  l.face = {};
  for (const auto& [text, part] : {std::pair{"paupière supérieure", "paupière supérieure"},
                                   std::pair{"bord libre, PAUPIERE INFERIEURE", "paupière inférieure"},
                                   std::pair{"versant supérieur", "paupière supérieure"}}) {
    l.location_detail = s.text("lesions[0].location_detail", text);
    const auto d = only(check(f, tmpl));
    expect_at(d, "R-L-8", Severity::warning, "findings.lesions[0].location_detail", l.location_detail.where);
    CHECK(contains(d.message_fr, part));
  }
  l.location_detail = s.text("lesions[0].location_detail", "angle externe");
  CHECK(check(f, tmpl).empty());
  // The avant-bras has no such parts: « tiers supérieur » is a precision.
  l.region.value = "avant_bras";
  l.location_detail = s.text("lesions[0].location_detail", "tiers supérieur");
  CHECK(check(f, tmpl).empty());
}

TEST_CASE("R-L-4: a tooth is an FDI number, permanent 11 to 48 or deciduous 51 to 85") {
  auto f = valid_findings();
  Source s;
  for (const auto* good : {"11", "18", "21", "38", "41", "48", "51", "55", "65", "71", "85"}) {
    f.lesions[0].tooth = s.text("lesions[0].tooth", good);
    CHECK(check(f).empty());
  }
  for (const auto* bad : {"19", "10", "56", "86", "50", "49", "91", "8", "111", "2l"}) {
    INFO(bad);
    f.lesions[0].tooth = s.text("lesions[0].tooth", bad);
    const auto d = only(check(f));
    expect_at(d, "R-L-4", Severity::error, "findings.lesions[0].tooth", f.lesions[0].tooth.where);
    CHECK(contains(d.message_fr, "quadrant"));
  }
}

TEST_CASE("R-SC-1: outside the profession's body scope, a warning to describe without diagnosis") {
  auto t = physician_template();
  t.capabilities.body_scope = "foot_ankle";
  t.body_scopes["foot_ankle"] = BodyScope{"foot_ankle", "le pied et la cheville", {"pied", "cheville"}, {}};
  auto f = valid_findings();  // an ecchymose of the forearm
  const auto d = only(check(f, t));
  expect_at(d, "R-SC-1", Severity::warning, "findings.lesions[0].region", f.lesions[0].region.where);
  CHECK(contains(d.message_fr, "le pied et la cheville"));
  CHECK(contains(d.message_fr, "sans diagnostic"));
  f.lesions[0].region.value = "cheville";
  t.vocabularies["regions"].entries.push_back(VocabEntry{"cheville", {{"label", "cheville"}}, {}});
  CHECK(check(f, t).empty());
  t.capabilities.body_scope = "full";
  f.lesions[0].region.value = "avant_bras";
  CHECK(check(f, t).empty());
}

TEST_CASE("R-DL-2: never to a third party, the spouse included") {
  for (const auto* third_party : {"conjoint", "mari", "avocat"}) {
    INFO(third_party);
    auto f = valid_findings();
    f.issuance.recipient.value = third_party;
    const auto d = only(check(f));
    expect_at(d, "R-DL-2", Severity::error, "findings.issuance.recipient", f.issuance.recipient.where);
    CHECK(contains(d.message_fr, "jamais à un tiers"));
  }
  auto f = valid_findings();
  f.issuance.recipient.value = "patiente";
  CHECK(contains(only(check(f)).message_en, "did you mean \"patient\"?"));
}

TEST_CASE("R-Q-1: guillemets typed around her words would be printed twice") {
  auto f = valid_findings();
  f.declarations[0].value = "« J'ai été poussée contre le mur. »";
  expect_at(only(check(f)), "R-Q-1", Severity::warning, "findings.declarations[0]", f.declarations[0].where);
  f.declarations[0].value = "J'ai entendu « sale menteuse ».";
  CHECK(check(f).empty());
}

TEST_CASE("R-DL-3: a requisition names its authority, and the certificate goes to it") {
  auto f = valid_findings();
  f.examination.request_mode.value = "requisition";
  const auto r_dl_3 = [](const Diagnostics& ds) {
    std::vector<std::string> paths;
    for (const auto& d : ds)
      if (d.rule == "R-DL-3") paths.push_back(d.path);
    return paths;
  };
  CHECK(r_dl_3(check(f)) ==
        std::vector<std::string>{"findings.examination.requisition.authority", "findings.issuance.recipient"});

  Source s;
  f.examination.requisition.authority = s.text("examination.requisition.authority", "Commissariat de Lyon 8e");
  f.issuance.recipient.value = "requisition_authority";
  CHECK(r_dl_3(check(f)).empty());  // the reference is optional; the officer and the mission are R-RQ-*'s
}

TEST_CASE("R-DL-3: no requiring authority without a requisition") {
  auto f = valid_findings();
  f.issuance.recipient.value = "requisition_authority";
  expect_at(only(check(f)), "R-DL-3", Severity::error, "findings.issuance.recipient", f.issuance.recipient.where);
}

// A legal representative as the loader reads one, each value on its own line (from line 100).
Attendant representative(const std::string& role, std::optional<bool> not_implicated) {
  Attendant r;
  r.where = Location{kFile, 100, 3};
  r.path = "findings.examination.legal_representative";
  const auto at = [](const std::string& key, const std::string& value, int line) {
    return Text{value, Location{kFile, line, 5}, "findings.examination.legal_representative." + key, true};
  };
  r.civility = at("civility", "madame", 101);
  r.given_name = at("given_name", "Jeanne", 102);
  r.family_name = at("family_name", "Fictive", 103);
  r.role = at("role", role, 104);
  if (not_implicated) r.not_implicated = Field<bool>{*not_implicated, Location{kFile, 105, 5}, r.path + ".not_implicated", true};
  return r;
}

TEST_CASE("R-DL-2: a legal representative receives the certificate only when named") {
  auto f = valid_findings();
  f.issuance.recipient.value = "legal_representative";
  expect_at(only(check(f)), "R-DL-2", Severity::error, "findings.issuance.recipient", f.issuance.recipient.where);
  f.examination.legal_representative = representative("tutelle", true);
  CHECK(check(f).empty());
}

TEST_CASE("R-DL-5: a legal representative receives the certificate only when confirmed not implicated") {
  auto f = valid_findings();
  f.issuance.recipient.value = "legal_representative";
  for (const auto& role : {"tutelle", "habilitation_representation", "mandat_protection_future"}) {
    INFO(role);
    f.examination.legal_representative = representative(role, std::nullopt);
    expect_at(only(check(f)), "R-DL-5", Severity::error, "findings.issuance.recipient", f.issuance.recipient.where);
    f.examination.legal_representative = representative(role, false);
    expect_at(only(check(f)), "R-DL-5", Severity::error, "findings.issuance.recipient", f.issuance.recipient.where);
    f.examination.legal_representative = representative(role, true);
    CHECK(check(f).empty());
  }
  // Present but not receiving it, he need not be confirmed: the person receives it herself.
  f.issuance.recipient.value = "patient";
  f.examination.legal_representative = representative("tutelle", std::nullopt);
  CHECK(check(f).empty());
}

TEST_CASE("R-DL-6: under an assistance measure the person receives the certificate herself") {
  auto f = valid_findings();
  for (const auto& role : {"curatelle", "habilitation_assistance"}) {
    INFO(role);
    f.examination.legal_representative = representative(role, true);
    f.issuance.recipient.value = "legal_representative";
    const auto d = only(check(f));
    expect_at(d, "R-DL-6", Severity::error, "findings.issuance.recipient", f.issuance.recipient.where);
    CHECK(contains(d.message_fr, "curatelle") == (std::string(role) == "curatelle"));
    // Not confirmed either: both are said.
    f.examination.legal_representative = representative(role, std::nullopt);
    CHECK(check(f).size() == 2);
    f.issuance.recipient.value = "patient";
    CHECK(check(f).empty());
  }
}

TEST_CASE("R-REQ: a legal representative says the civility and the measure the certificate prints") {
  auto f = valid_findings();
  auto r = representative("tutelle", true);
  r.role = Text{"", r.where, "findings.examination.legal_representative.role", false};
  f.examination.legal_representative = r;
  expect_at(only(check(f)), "R-REQ", Severity::error, "findings.examination.legal_representative.role", r.where);
  r = representative("tutelle", true);
  r.civility = Text{"", r.where, "findings.examination.legal_representative.civility", false};
  f.examination.legal_representative = r;
  expect_at(only(check(f)), "R-REQ", Severity::error, "findings.examination.legal_representative.civility", r.where);
  r = representative("tutelle_renforcee", true);
  f.examination.legal_representative = r;
  CHECK(only(check(f)).rule == "R-VOCAB");
}

// An interpreter as the loader reads one (from line 80).
Attendant interpreter(const std::string& kind, const std::string& family_name, const std::string& link) {
  Attendant i;
  i.where = Location{kFile, 80, 3};
  i.path = "findings.examination.interpreter";
  const auto at = [](const std::string& key, const std::string& value, int line) {
    return Text{value, Location{kFile, line, 11}, "findings.examination.interpreter." + key, !value.empty()};
  };
  i.kind = at("kind", kind, 81);
  i.given_name = at("given_name", "Samir", 82);
  i.family_name = at("family_name", family_name, 83);
  i.language = at("language", "arabe", 84);
  i.link = at("link", link, 85);
  return i;
}

TEST_CASE("R-IN-1: an interpreter who is the partner or a relative is a warning, whatever his kind") {
  auto f = valid_findings();
  for (const auto& kind : {"interprete", "non_professionnel"}) {
    for (const auto& link : {"conjoint", "ex_conjoint", "famille"}) {
      INFO(kind << " " << link);
      f.examination.interpreter = interpreter(kind, "Fictif", link);
      const auto d = only(check(f));
      expect_at(d, "R-IN-1", Severity::warning, "findings.examination.interpreter.link",
                f.examination.interpreter->link.where);
      CHECK(contains(d.message_fr, link));
    }
    for (const auto& link : {"aucun", "ami", "autre"}) {
      INFO(kind << " " << link);
      f.examination.interpreter = interpreter(kind, "Fictif", link);
      CHECK(check(f).empty());
    }
  }
}

TEST_CASE("R-IN-1: an interpreter who bears the person's name, a non-professional whose link is unsaid") {
  auto f = valid_findings();
  // The person is Alice Exemple: the same name, in any case and with accents, is a relative unless said.
  for (const auto& name : {"Exemple", "EXEMPLE", "Exémple"}) {
    INFO(name);
    f.examination.interpreter = interpreter("interprete", name, "");
    expect_at(only(check(f)), "R-IN-1", Severity::warning, "findings.examination.interpreter.family_name",
              f.examination.interpreter->family_name.where);
  }
  // Said to be family, the warning is the link's, once.
  f.examination.interpreter = interpreter("interprete", "Exemple", "famille");
  CHECK(only(check(f)).path == "findings.examination.interpreter.link");
  // Her birth name too.
  f.patient.birth_name = Text{"Fictif", Location{kFile, 90, 5}, "findings.patient.birth_name", true};
  f.examination.interpreter = interpreter("interprete", "Fictif", "aucun");
  CHECK(only(check(f)).path == "findings.examination.interpreter.family_name");
  f.patient.birth_name = {};
  // A non-professional says his link; a professional interpreter need not.
  f.examination.interpreter = interpreter("non_professionnel", "Fictif", "");
  expect_at(only(check(f)), "R-IN-1", Severity::warning, "findings.examination.interpreter.kind",
            f.examination.interpreter->kind.where);
  f.examination.interpreter = interpreter("interprete", "Fictif", "");
  CHECK(check(f).empty());
}

TEST_CASE("an interpreter present is named") {
  auto f = valid_findings();
  Attendant interpreter;
  interpreter.where = Location{kFile, 80, 3};
  interpreter.path = "findings.examination.interpreter";
  interpreter.kind = Text{"interprete", Location{kFile, 81, 11}, "findings.examination.interpreter.kind", true};
  interpreter.family_name = Text{"", interpreter.where, "findings.examination.interpreter.family_name", false};
  interpreter.given_name = Text{"Samir", Location{kFile, 82, 17}, "findings.examination.interpreter.given_name", true};
  f.examination.interpreter = interpreter;
  expect_at(only(check(f)), "R-REQ", Severity::error, "findings.examination.interpreter.family_name",
            interpreter.where);
}

TEST_CASE("diagnostics are collected and sorted by line and column") {
  auto f = valid_findings();
  f.issuance.recipient.value = "conjoint";
  f.lesions[0].region.value = "bra";
  f.author.rpps.value = "123";
  const auto ds = check(f);
  REQUIRE(ds.size() == 3);
  CHECK(std::is_sorted(ds.begin(), ds.end(),
                       [](const Diagnostic& a, const Diagnostic& b) { return a.location.line < b.location.line; }));
  CHECK(ds.front().rule == "R-ID-2");
}

TEST_CASE("French messages follow French typography") {
  CHECK(model::french_typography("Il manque « x » : ajoutez ; vraiment ?") ==
        "Il manque «\u202Fx\u202F»\u202F: ajoutez\u202F; vraiment\u202F?");
  auto f = valid_findings();
  f.facts.place.present = false;
  const auto d = only(check(f));
  CHECK_FALSE(contains(d.message_fr, " :"));
  CHECK(contains(d.message_fr, "\u202F:"));
}

TEST_CASE("R-TXT-5: a word mixing scripts, in a name or a sentence, is a warning that names the word") {
  // Cyrillic « е о а і с р », Greek « ο α ε », each inside a Latin word.
  for (const char* letter : {"\u0435", "\u043E", "\u0430", "\u0456", "\u0441", "\u0440", "\u03BF", "\u03B1", "\u03B5"}) {
    INFO(letter);
    auto f = valid_findings();
    f.patient.family_name.value = std::string("Ex") + letter + "mple";
    const auto d = only(check(f));
    expect_at(d, "R-TXT-5", Severity::warning, f.patient.family_name.path, f.patient.family_name.where);
    CHECK(contains(d.message_en, std::string("\"Ex") + letter + "mple\" (at character 1)"));
    f = valid_findings();
    f.psychological_state = Text{std::string("Pleurs, voix b") + letter + "sse.", Location{kFile, 90, 24},
                                 "findings.psychological_state", true};
    const auto sentence = only(check(f));
    expect_at(sentence, "R-TXT-5", Severity::warning, "findings.psychological_state", Location{kFile, 90, 24});
    CHECK(contains(sentence.message_en, "(at character 14)"));
  }
  auto f = valid_findings();
  f.patient.family_name.value = "Иванова";  // a name in one script alone is a name
  f.complaints[0].value = "J'ai mal au bras gauche, Ω = 3, 5 µg.";
  CHECK(check(f).empty());
}

TEST_CASE("R-TXT-6: at most three combining marks on one letter") {
  auto f = valid_findings();
  f.patient.given_names.value = "Ale\u0301\u0300\u0302xia";  // three: allowed
  CHECK(check(f).empty());
  f.patient.given_names.value = "Ale\u0301\u0300\u0302\u0308xia";
  const auto d = only(check(f));
  expect_at(d, "R-TXT-6", Severity::error, f.patient.given_names.path, f.patient.given_names.where);
  CHECK(contains(d.message_en, "(at character 7)"));
  f = valid_findings();
  f.complaints[0].value = "J'ai mal";
  for (int i = 0; i < 150; ++i) f.complaints[0].value += "\u0301";  // the 150 stacked accents
  CHECK(only(check(f)).rule == "R-TXT-6");
}

TEST_CASE("R-Q-3: quotation marks balance in the professional's own text, the error says where") {
  const auto with_state = [](const std::string& text) {
    auto f = valid_findings();
    f.psychological_state = Text{text, Location{kFile, 90, 24}, "findings.psychological_state", true};
    return check(f);
  };
  for (const char* balanced : {"Pleurs ; dit « j'ai peur ».", "Pleurs ; dit “j'ai peur”.", "Pleurs ; dit \"j'ai peur\".",
                               "Pleurs ; dit „j'ai peur“.", "Dit « il a crié “sors” » en pleurant.",
                               "L'examen de l'avant-bras, l’épaule."}) {
    INFO(balanced);
    CHECK(with_state(balanced).empty());
  }
  const auto unclosed = only(with_state("Pleurs ; dit « j'ai peur. Voix basse."));
  expect_at(unclosed, "R-Q-3", Severity::error, "findings.psychological_state", Location{kFile, 90, 24});
  CHECK(unclosed.message_id == "R-Q-3.unclosed");
  CHECK(contains(unclosed.message_en, "at character 14 (\"« j'ai peur. Voix ba…\")"));
  const auto lone = only(with_state("Pleurs ; dit \"j'ai peur."));
  CHECK(lone.message_id == "R-Q-3.unclosed");
  CHECK(contains(lone.message_en, "at character 14"));
  const auto curly = only(with_state("Pleurs ; dit “j'ai peur."));
  CHECK(curly.message_id == "R-Q-3.unclosed");
  const auto stray = only(with_state("Pleurs » ; voix basse."));
  CHECK(stray.message_id == "R-Q-3.unopened");
  CHECK(contains(stray.message_en, "at character 8"));
  // A mark of another pair closes nothing: « … ” leaves « open and ” alone, both said, in reading order.
  const auto crossed = with_state("Dit « j'ai peur ” puis se tait.");
  REQUIRE(crossed.size() == 2);
  CHECK(crossed[0].message_id == "R-Q-3.unclosed");
  CHECK(crossed[1].message_id == "R-Q-3.unopened");
  // The person's words (quoted as a whole by medcert) are not the professional's text.
  auto f = valid_findings();
  f.declarations[0].value = "Il a dit « dégage et je suis partie.";
  CHECK(check(f).empty());
}

TEST_CASE("R-DT-6: a year of birth from 1900 on") {
  auto f = valid_findings();
  f.patient.birth_date.value = CivilDate{1900, 1, 1};
  CHECK(check(f).empty());
  for (const auto& birth : {CivilDate{1899, 12, 31}, CivilDate{1, 1, 1}, CivilDate{1500, 6, 15}}) {
    f.patient.birth_date.value = birth;
    const auto d = only(check(f));
    expect_at(d, "R-DT-6", Severity::error, f.patient.birth_date.path, f.patient.birth_date.where);
    CHECK(contains(d.message_en, "before 1900"));
  }
}

TEST_CASE("R-L-1, R-L-9: a size from a millimetre to the type's plausible maximum") {
  auto t = physician_template();
  for (auto& entry : t.vocabularies["lesion_types"].entries)
    if (entry.code == "ecchymose") entry.forms["max_cm"] = "40";
  auto f = valid_findings();
  f.lesions[0].size.length_cm.value = 0.1;
  f.lesions[0].size.width_cm.value = 40;
  CHECK(check(f, t).empty());
  for (const double tiny : {0.09, 1e-12, 0.0, -2.0}) {
    INFO(tiny);
    f.lesions[0].size.length_cm.value = tiny;
    const auto d = only(check(f, t));
    expect_at(d, "R-L-1", Severity::error, "findings.lesions[0].size.length_cm", f.lesions[0].size.length_cm.where);
    CHECK(contains(d.message_en, "at least 0.1"));
  }
  f.lesions[0].size.length_cm.value = 41;
  const auto large = only(check(f, t));
  expect_at(large, "R-L-9", Severity::warning, "findings.lesions[0].size.length_cm", f.lesions[0].size.length_cm.where);
  CHECK(contains(large.message_en, "A length of 41 cm exceeds what a lesion of type \"ecchymose\" usually measures (40 cm at most)"));
  f.lesions[0].size.length_cm.value = 1e6;
  const auto body = only(check(f, t));
  CHECK(body.message_id == "R-L-9.body");
  CHECK(body.severity == Severity::error);
  CHECK(contains(body.message_en, "A length of 1000000 cm exceeds the size of a body (200 cm)"));
  f.lesions[0].type.value = "hematome";  // no max_cm: only a body's height bounds it
  f.lesions[0].size.length_cm.value = 150;
  f.lesions[0].colour = Text{};
  CHECK(check(f, t).empty());
}

namespace {

Pregnancy pregnancy(Source& s) {
  Pregnancy p;
  p.where = s.next();
  p.path = "findings.pregnancy";
  p.term_weeks = s.at("pregnancy.term_weeks", 24);
  p.term_days = s.at("pregnancy.term_days", 3);
  p.term_basis = s.text("pregnancy.term_basis", "echographie");
  p.fetal_heart = s.text("pregnancy.fetal_heart", "entendus");
  p.fetal_heart_method = s.text("pregnancy.fetal_heart_method", "au Doppler fœtal");
  return p;
}

Template with_blocks(std::vector<std::string> blocks) {
  auto t = physician_template();
  t.capabilities.blocks = std::move(blocks);
  t.vocabularies["pregnancy_term_bases"] = vocabulary("pregnancy_term_bases", {"declaration", "ddr", "echographie"});
  t.vocabularies["fetal_movements"] = vocabulary("fetal_movements", {"rapportes", "percus", "absents"});
  t.vocabularies["fetal_heart"] = vocabulary("fetal_heart", {"entendus", "non_entendus", "non_recherches"});
  t.vocabularies["dental_reservations"] =
      vocabulary("dental_reservations", {"vitalite_pulpaire", "maintien_arcade", "germe"});
  t.vocabularies["prior_comparisons"] = vocabulary("prior_comparisons", {"inchange", "majoration", "nouveau"});
  t.vocabularies["regions"].entries.push_back(VocabEntry{"epaule", {{"label", "épaule"}, {"label_en", "shoulder"}}, {}});
  t.vocabularies["lesion_types"].entries.push_back(
      VocabEntry{"limitation_amplitude", {{"label", "limitation de l'amplitude articulaire"}, {"unsized", "oui"}, {"deficit", "oui"}}, {}});
  return t;
}

}  // namespace

TEST_CASE("R-SC-2: a block the template does not print is refused once, where it starts") {
  auto f = valid_findings();
  Source s;
  f.pregnancy = pregnancy(s);
  CHECK(check(f, with_blocks({"pregnancy"})).empty());
  const auto d = only(check(f, with_blocks({"dental"})));
  expect_at(d, "R-SC-2", Severity::error, "findings.pregnancy", f.pregnancy->where);
  CHECK(contains(d.message_fr, "pregnancy"));
  // A list element's field of another block: the comparison of a deficit belongs to care_reason.
  f.pregnancy.reset();
  f.lesions[0].prior_comparison = s.text("lesions[0].prior_comparison", "majoration");
  expect_at(only(check(f, with_blocks({"pregnancy"}))), "R-SC-2", Severity::error,
            "findings.lesions[0].prior_comparison", f.lesions[0].prior_comparison.where);
}

TEST_CASE("R-SF-1: a term of 1 to 44 weeks and 0 to 6 days, days with weeks, a method with a heart sought") {
  const auto t = with_blocks({"pregnancy"});
  auto f = valid_findings();
  Source s;
  f.pregnancy = pregnancy(s);
  for (int weeks : {1, 24, 44}) {
    f.pregnancy->term_weeks = s.at("pregnancy.term_weeks", weeks);
    CHECK(check(f, t).empty());
  }
  for (int weeks : {0, 45, 54}) {
    f.pregnancy->term_weeks = s.at("pregnancy.term_weeks", weeks);
    expect_at(only(check(f, t)), "R-SF-1", Severity::error, "findings.pregnancy.term_weeks",
              f.pregnancy->term_weeks.where);
  }
  f.pregnancy->term_weeks = s.at("pregnancy.term_weeks", 24);
  f.pregnancy->term_days = s.at("pregnancy.term_days", 7);
  expect_at(only(check(f, t)), "R-SF-1", Severity::error, "findings.pregnancy.term_days", f.pregnancy->term_days.where);
  f.pregnancy->term_days = s.at("pregnancy.term_days", 3);
  f.pregnancy->term_weeks.present = false;
  CHECK(check(f, t).size() == 2);  // the days and the basis, each without weeks
  f.pregnancy->term_weeks.present = true;
  f.pregnancy->fetal_heart = s.text("pregnancy.fetal_heart", "non_recherches");
  expect_at(only(check(f, t)), "R-SF-1", Severity::error, "findings.pregnancy.fetal_heart_method",
            f.pregnancy->fetal_heart_method.where);
}

TEST_CASE("R-CD-2: each injured tooth has a reservation on its future, in the dentist's template only") {
  auto f = valid_findings();
  Source s;
  f.lesions[0].tooth = s.text("lesions[0].tooth", "11");
  CHECK(check(f, with_blocks({})).empty());  // the physician names a tooth without reservations
  const auto t = with_blocks({"dental"});
  expect_at(only(check(f, t)), "R-CD-2", Severity::warning, "findings.lesions[0].tooth", f.lesions[0].tooth.where);
  DentalReservation r;
  r.where = s.next();
  r.path = "findings.dental_reservations[0]";
  r.tooth = s.text("dental_reservations[0].tooth", "21");
  r.kind = s.text("dental_reservations[0].kind", "vitalite_pulpaire");
  f.dental_reservations = {r};
  CHECK(only(check(f, t)).rule == "R-CD-2");  // a reservation on another tooth
  f.dental_reservations[0].tooth = s.text("dental_reservations[0].tooth", "11");
  CHECK(check(f, t).empty());
  f.dental_reservations[0].tooth = s.text("dental_reservations[0].tooth", "19");
  f.lesions[0].tooth = s.text("lesions[0].tooth", "19");
  // A wrong number is said once, by R-L-4, for the lesion and for the reservation.
  const auto wrong = check(f, t);
  CHECK(wrong.size() == 2);
  CHECK(std::all_of(wrong.begin(), wrong.end(), [](const Diagnostic& d) { return d.rule == "R-L-4"; }));
  f.dental_reservations[0].tooth.present = false;
  f.lesions[0].tooth = s.text("lesions[0].tooth", "11");
  const auto missing = check(f, t);
  CHECK(std::any_of(missing.begin(), missing.end(), [](const Diagnostic& d) {
    return d.rule == "R-CD-2" && d.severity == Severity::error && d.path == "findings.dental_reservations[0].tooth";
  }));
}

TEST_CASE("R-AN-2: a deficit of the region the care under way treats says how it compares with earlier sessions") {
  const auto t = with_blocks({"care_reason"});
  auto f = valid_findings();
  Source s;
  CareReason reason;
  reason.where = s.next();
  reason.path = "findings.care_reason";
  reason.description = s.text("care_reason.description", "rééducation de l'épaule gauche");
  reason.region = s.text("care_reason.region", "epaule");
  reason.side = s.text("care_reason.side", "gauche");
  f.care_reason = reason;
  Lesion deficit;
  deficit.where = s.next();
  deficit.path = "findings.lesions[1]";
  deficit.type = s.text("lesions[1].type", "limitation_amplitude");
  deficit.region = s.text("lesions[1].region", "epaule");
  deficit.side = s.text("lesions[1].side", "gauche");
  f.lesions.push_back(deficit);
  const auto d = only(check(f, t));
  expect_at(d, "R-AN-2", Severity::warning, "findings.lesions[1].prior_comparison", deficit.where);
  CHECK(contains(d.message_fr, "épaule"));
  for (const auto* side : {"bilaterale", ""}) {
    f.lesions[1].side = s.text("lesions[1].side", side);
    if (std::string(side).empty()) f.lesions[1].side.present = false;
    CHECK(only(check(f, t)).rule == "R-AN-2");
  }
  f.lesions[1].side = s.text("lesions[1].side", "droite");  // the other shoulder
  CHECK(check(f, t).empty());
  f.lesions[1].side = s.text("lesions[1].side", "gauche");
  f.lesions[1].prior_comparison = s.text("lesions[1].prior_comparison", "majoration");
  CHECK(check(f, t).empty());
  // An ecchymose of the treated region is no deficit; a missing description is R-REQ.
  f.lesions[1].prior_comparison.present = false;
  f.lesions[1].type = s.text("lesions[1].type", "ecchymose");
  f.lesions[1].size.length_cm = s.at("lesions[1].size.length_cm", 2.0);
  f.lesions[1].colour = s.text("lesions[1].colour", "bleue");
  CHECK(check(f, t).empty());
  f.care_reason->description.present = false;
  CHECK(only(check(f, t)).rule == "R-REQ");
}

namespace {

// A follow-up n° 1 of a certificate whose examination was the day before the test findings' (documents-fr §E).
Findings follow_up_findings() {
  auto f = valid_findings();
  Source s;
  FollowUp u;
  u.where = Location{kFile, 200, 1};
  u.path = "findings.follow_up";
  u.number = s.at("follow_up.number", 1);
  u.initial.where = Location{kFile, 201, 3};
  u.initial.path = "findings.follow_up.initial";
  u.initial.datetime = s.datetime("follow_up.initial.datetime", "2026-11-19T09:40:00+01:00");
  u.initial.author = s.text("follow_up.initial.author", "le Docteur Paul EXEMPLE");
  u.initial.rpps = s.text("follow_up.initial.rpps", "10000000017");
  u.initial.sha256 = s.text("follow_up.initial.sha256",
                            "E7EE4250F57E60AC62ECE7BCEBF7E207c89a411cd81b3b21d23a45f27cd01de1");
  u.initial.itt_days = s.at("follow_up.initial.itt_days", 1);
  f.follow_up = u;
  return f;
}

}  // namespace

TEST_CASE("R-FU: a follow-up that names its initial document gives no diagnostic") {
  CHECK(check(follow_up_findings()).empty());
}

TEST_CASE("R-FU-1: a follow-up names the date of the initial examination, and says where to write it") {
  auto f = follow_up_findings();
  // Absent, the loader places it at the mapping that should hold it; it is reported there.
  f.follow_up->initial.datetime = {{}, f.follow_up->initial.where, "findings.follow_up.initial.datetime", false};
  const auto d = only(check(f));
  expect_at(d, "R-FU-1", Severity::error, "findings.follow_up.initial.datetime", f.follow_up->initial.where);
  CHECK(contains(d.message_fr, "follow_up.initial"));
  CHECK(contains(d.message_fr, "datetime: 2026-11-19"));
  CHECK(contains(d.message_en, "`follow_up.initial`"));
  // Without the follow-up section, nothing is asked.
  f.follow_up.reset();
  CHECK(check(f).empty());
}

TEST_CASE("R-FU-2: a follow-up's number, from 1") {
  auto f = follow_up_findings();
  f.follow_up->number = {0, f.follow_up->where, "findings.follow_up.number", false};
  const auto missing = only(check(f));
  expect_at(missing, "R-FU-2", Severity::error, "findings.follow_up.number", f.follow_up->where);
  CHECK(contains(missing.message_fr, "number: 1"));
  f = follow_up_findings();
  for (int wrong : {0, -1, 100}) {
    f.follow_up->number.value = wrong;
    const auto d = only(check(f));
    expect_at(d, "R-FU-2", Severity::error, "findings.follow_up.number", f.follow_up->number.where);
    CHECK(contains(d.message_fr, std::to_string(wrong)));
  }
  f.follow_up->number.value = 2;
  CHECK(check(f).empty());
}

TEST_CASE("R-FU-3: the follow-up's examination comes after the initial one") {
  auto f = follow_up_findings();
  const auto& initial = f.follow_up->initial.datetime;
  // The same instant as this examination (13:30 UTC), then later: refused, both dates shown.
  f.follow_up->initial.datetime.value = *parse_datetime("2026-11-20T13:30:00Z");
  auto d = only(check(f));
  expect_at(d, "R-FU-3", Severity::error, "findings.follow_up.initial.datetime", initial.where);
  CHECK(contains(d.message_fr, "2026-11-20 14:30 UTC+01:00"));
  f.follow_up->initial.datetime.value = *parse_datetime("2026-11-21T08:00:00+01:00");
  expect_at(only(check(f)), "R-FU-3", Severity::error, "findings.follow_up.initial.datetime", initial.where);
  // An hour earlier is before it.
  f.follow_up->initial.datetime.value = *parse_datetime("2026-11-20T13:30:00+01:00");
  CHECK(check(f).empty());
  // A date alone: the same day may hold both examinations, the next day may not.
  f.follow_up->initial.datetime.value = DateTime{{2026, 11, 20}};
  CHECK(check(f).empty());
  f.follow_up->initial.datetime.value = DateTime{{2026, 11, 21}};
  expect_at(only(check(f)), "R-FU-3", Severity::error, "findings.follow_up.initial.datetime", initial.where);
}

TEST_CASE("R-FU-5: the SHA-256 of the initial PDF is 64 hexadecimal digits") {
  auto f = follow_up_findings();
  const std::string good = f.follow_up->initial.sha256.value;
  for (const std::string& wrong : {good.substr(1), good + "0", "e7ee 4250" + good.substr(9), "g" + good.substr(1),
                                  "sha256:" + good}) {
    f.follow_up->initial.sha256.value = wrong;
    const auto d = only(check(f));
    expect_at(d, "R-FU-5", Severity::error, "findings.follow_up.initial.sha256", f.follow_up->initial.sha256.where);
    CHECK(contains(d.message_fr, "64 chiffres hexadécimaux"));
  }
}

TEST_CASE("R-FU-6: the initial ITT is recalled only by a template that states an ITT") {
  auto t = physician_template();
  t.capabilities.itt = false;
  auto f = follow_up_findings();
  f.itt.reset();
  const auto d = only(check(f, t));
  expect_at(d, "R-FU-6", Severity::error, "findings.follow_up.initial.itt_days", f.follow_up->initial.itt_days.where);
  CHECK(contains(d.message_fr, "médecin"));
  f.follow_up->initial.itt_days = {};
  CHECK(check(f, t).empty());
}

TEST_CASE("R-FU-7 and R-ID-2: the initial author's RPPS, with the author's name, in its form") {
  auto f = follow_up_findings();
  f.follow_up->initial.author = {};
  expect_at(only(check(f)), "R-FU-7", Severity::error, "findings.follow_up.initial.rpps",
            f.follow_up->initial.rpps.where);
  f = follow_up_findings();
  f.follow_up->initial.rpps.value = "1000000001";
  expect_at(only(check(f)), "R-ID-2", Severity::error, "findings.follow_up.initial.rpps",
            f.follow_up->initial.rpps.where);
  f.follow_up->initial.rpps.value = "10000000018";
  expect_at(only(check(f)), "R-ID-2-KEY", Severity::warning, "findings.follow_up.initial.rpps",
            f.follow_up->initial.rpps.where);
}

TEST_CASE("R-FU-8: a follow-up only with a template that titles one") {
  auto t = physician_template();
  t.follow_up_title.clear();
  auto f = follow_up_findings();
  const auto d = only(check(f, t));
  expect_at(d, "R-FU-8", Severity::error, "findings.follow_up", f.follow_up->where);
  CHECK(contains(d.message_fr, t.id));
  f.follow_up.reset();
  CHECK(check(f, t).empty());
}
