// SPDX-License-Identifier: Apache-2.0
// `medcert serve` without HTTP, on the public API it is built on: the form schema (Engine::form_schema),
// the conversions between the form's JSON and a findings file (<medcert/form.hpp>) and the endpoints'
// replies (serve/api.hpp).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include <medcert/engine.hpp>
#include <medcert/form.hpp>

#include "serve/api.hpp"
#include "serve/render_request.hpp"

using nlohmann::ordered_json;
using namespace medcert;

namespace {

const Engine& engine() {
  static const Engine shared(EngineConfig{MEDCERT_SOURCE_DIR, {}, {}, system_environment()});
  return shared;
}

ordered_json schema_of(const std::string& profession, Language lang = Language::fr) {
  const auto text = engine().form_schema(profession, lang);
  REQUIRE(text);
  return ordered_json::parse(*text);
}

bool has_section(const ordered_json& schema, const std::string& id) {
  const auto& sections = schema["sections"];
  return std::any_of(sections.begin(), sections.end(), [&](const auto& s) { return s["id"] == id; });
}

const ordered_json& section(const ordered_json& schema, const std::string& id) {
  for (const auto& s : schema["sections"])
    if (s["id"] == id) return s;
  FAIL("no section " << id);
  throw;
}

const ordered_json& field(const ordered_json& schema, const std::string& path) {
  for (const auto& s : schema["sections"])
    if (s.contains("fields"))
      for (const auto& f : s["fields"])
        if (f.value("path", "") == path) return f;
  FAIL("no field " << path);
  throw;
}

std::vector<std::string> ids(const ordered_json& vocabulary) {
  std::vector<std::string> out;
  for (const auto& entry : vocabulary) out.push_back(entry["id"]);
  return out;
}

std::string label_of(const ordered_json& vocabulary, const std::string& id) {
  for (const auto& entry : vocabulary)
    if (entry["id"] == id) return entry["label"];
  return {};
}

ordered_json round_trip(const ordered_json& value) {
  const auto yaml = findings_yaml(Source{value.dump(), "form"}, "un commentaire");
  REQUIRE(yaml.ok());
  CHECK(yaml.text.rfind("# un commentaire\n", 0) == 0);
  const auto back = findings_form_json(Source{yaml.text, "export"});
  REQUIRE(back.ok());
  return ordered_json::parse(back.text);
}

}  // namespace

TEST_CASE("the form has an ITT section only where the profession may state one") {
  CHECK(has_section(schema_of("medecin"), "itt"));
  for (const char* profession : {"infirmier", "masseur-kinesitherapeute", "pedicure-podologue", "chirurgien-dentiste"}) {
    const auto schema = schema_of(profession);
    CHECK_FALSE(has_section(schema, "itt"));
    CHECK_FALSE(schema["vocabularies"].contains("itt_modes"));
    CHECK(schema["capabilities"]["itt"] == false);
  }
  CHECK_FALSE(engine().form_schema("plombier"));
}

TEST_CASE("the form offers each profession's blocks to that profession only") {
  const std::vector<std::pair<std::string, std::string>> blocks = {{"pregnancy", "sage-femme"},
                                                                   {"pregnancy", "medecin"},
                                                                   {"dental_reservations", "chirurgien-dentiste"},
                                                                   {"care_reason", "masseur-kinesitherapeute"},
                                                                   {"care_reason", "pedicure-podologue"}};
  for (const char* profession : {"medecin", "infirmier", "masseur-kinesitherapeute", "pedicure-podologue", "sage-femme",
                                 "chirurgien-dentiste"}) {
    const auto schema = schema_of(profession);
    for (const char* section : {"pregnancy", "dental_reservations", "care_reason"}) {
      INFO(profession << ": " << section);
      const bool offered =
          std::find(blocks.begin(), blocks.end(), std::pair<std::string, std::string>{section, profession}) != blocks.end();
      CHECK(has_section(schema, section) == offered);
    }
  }
  // The comparison of a deficit with earlier sessions is a lesion's field, of the care_reason block.
  const auto compares = [](const std::string& profession) {
    const auto schema = schema_of(profession);
    const auto& fields = section(schema, "lesions")["fields"];
    return std::any_of(fields.begin(), fields.end(), [](const auto& f) { return f["key"] == "prior_comparison"; });
  };
  CHECK(compares("masseur-kinesitherapeute"));
  CHECK_FALSE(compares("infirmier"));
}

TEST_CASE("the form's required marks and vocabularies come from the template") {
  const auto schema = schema_of("medecin");
  CHECK(field(schema, "findings.patient.birth_date").value("required", false));
  CHECK_FALSE(field(schema, "findings.patient.birth_name").value("required", false));
  CHECK(field(schema, "findings.issuance.recipient")["vocabulary"] == "recipients");
  const auto types = ids(schema["vocabularies"]["lesion_types"]);
  CHECK(std::find(types.begin(), types.end(), "ecchymose") != types.end());
  CHECK(label_of(schema["vocabularies"]["colours"], "violacee") == "violacée");
  CHECK(schema["template"] == "medecin.cmi-violences-majeur");
  // The person's own words are marked as quoted, the professional's are not.
  CHECK(field(schema, "findings.facts.place").value("quoted", false));
  CHECK_FALSE(field(schema, "findings.psychological_state").value("quoted", false));
}

TEST_CASE("the form offers the time zone, the identity document and the place in the professional's words") {
  for (const auto& t : engine().templates()) {
    INFO(t.id);
    const auto schema = schema_of(t.profession);
    CHECK(field(schema, "findings.author.time_zone")["kind"] == "text");
    const auto& document = field(schema, "findings.patient.identity_document");
    CHECK(document["kind"] == "select");
    CHECK(document["vocabulary"] == "identity_documents");
    const auto documents = ids(schema["vocabularies"]["identity_documents"]);
    CHECK(std::find(documents.begin(), documents.end(), "passeport") != documents.end());
    CHECK_FALSE(field(schema, "findings.facts.place_own_words").value("quoted", false));
  }
}

TEST_CASE("a profession with a body scope is offered only its regions") {
  const auto regions = ids(schema_of("podologue")["vocabularies"]["regions"]);
  CHECK(std::find(regions.begin(), regions.end(), "pied") != regions.end());
  CHECK(std::find(regions.begin(), regions.end(), "thorax") == regions.end());
}

TEST_CASE("the form in English: the field table's English words and the vocabularies' English labels") {
  const auto fr = schema_of("physician", Language::fr);
  const auto en = schema_of("physician", Language::en);
  CHECK(en["language"] == "en");
  CHECK(field(en, "findings.patient.birth_date")["label"] == "Date of birth");
  CHECK(field(fr, "findings.patient.birth_date")["label"] == "Date de naissance");
  CHECK(section(en, "lesions")["item_label"] == "Lesion");
  CHECK(section(en, "patient")["label"] == "The person examined");
  CHECK(field(en, "findings.author.address")["help"] == "One line per address line.");
  CHECK(field(en, "findings.itt.days")["unit"] == "days");
  CHECK(field(fr, "findings.itt.days")["unit"] == "jours");
  CHECK(label_of(en["vocabularies"]["lesion_types"], "ecchymose") == "bruise");
  CHECK(label_of(en["vocabularies"]["regions"], "avant_bras") == "forearm");
  CHECK(label_of(fr["vocabularies"]["regions"], "avant_bras") == "avant-bras");
  CHECK(field(en, "findings.author.civility")["options"][0]["label"] == "Ms");
  // The certificate stays French: so does its title.
  CHECK(en["title"] == fr["title"]);
}

TEST_CASE("a form's field labels come from the findings format, in both languages") {
  CHECK(field_label("findings.lesions[2].size.length_cm", Language::fr) == "Longueur");
  CHECK(field_label("findings.lesions[2].size.length_cm", Language::en) == "Length");
  CHECK(field_label("findings.declarations[0]", Language::en) == "Declarations (the person's words)");
  CHECK(field_label("findings.no_such_key", Language::fr).empty());
}

TEST_CASE("export to YAML and import give back the same values") {
  const auto findings = ordered_json::parse(R"({"medcert": 1, "author": {"rpps": "0123", "given_name": "yes",
      "address": ["12 rue des Tilleuls", "69003 Lyon"], "structure": "Lyon : cabinet", "title": "[Docteur]"},
      "patient": {"birth_date": "1990-04-12", "family_name": "# Exemple"}, "itt": {"days": 5},
      "lesions": [{"size": {"length_cm": 2.5}}], "follow_up_certificate": false,
      "psychological_state": "Pleurs ;\nvoix basse « très » basse", "facts": null})");
  const auto back = round_trip(findings);
  CHECK(back == findings);
  CHECK(back.begin().key() == "medcert");  // the order of the keys is kept
}

TEST_CASE("what is no findings mapping is neither exported nor imported, with the reader's rule") {
  ordered_json deep = "x";
  for (int i = 0; i <= 100; ++i) deep = ordered_json::array({deep});
  const auto nested = findings_yaml(Source{ordered_json{{"lesions", deep}}.dump(), "form"});
  CHECK_FALSE(nested.ok());
  REQUIRE_FALSE(nested.diagnostics.empty());
  CHECK(nested.diagnostics[0].rule == "F-NESTING");
  const auto list = findings_form_json(Source{"- a\n- b\n", "list.yaml"});
  CHECK_FALSE(list.ok());
  REQUIRE_FALSE(list.diagnostics.empty());
  CHECK(list.diagnostics[0].rule == "F-TYPE");
  const auto broken = findings_form_json(Source{"a: [", "broken.yaml"});
  CHECK_FALSE(broken.ok());
  REQUIRE_FALSE(broken.diagnostics.empty());
  CHECK(broken.diagnostics[0].rule == "F-SYNTAX");
  CHECK(broken.diagnostics[0].location.file == "broken.yaml");
}

TEST_CASE("the professions come from the engine's templates, with an English label") {
  const serve::ServerConfig config{&engine(), "", 1795219200, {}};
  const serve::Api api(config);
  const auto professions = nlohmann::json::parse(api.professions().body)["professions"];
  const auto templates = engine().templates();
  const auto adult_certificates = std::count_if(templates.begin(), templates.end(), [](const auto& t) {
    return t.person == "majeur" && t.document_kind != "signalement" && t.document_kind != "information_preoccupante";
  });
  // One entry per profession: its adult certificate, and its other documents beside it.
  REQUIRE(adult_certificates > 0);
  REQUIRE(static_cast<std::size_t>(adult_certificates) < templates.size());
  REQUIRE(professions.size() == static_cast<std::size_t>(adult_certificates));
  for (const auto& p : professions) {
    const auto id = p["id"].get<std::string>();
    INFO(id);
    CHECK(p["label_en"] == p["id_en"]);
    CHECK(p["template"].get<std::string>().rfind(id + ".", 0) == 0);
    CHECK(p["template"].get<std::string>().find("mineur") == std::string::npos);
    CHECK(p["signalement"]["template"] == id + ".signalement-procureur-majeur");
    CHECK(p["signalement"]["title"] == "Signalement au procureur de la République");
    CHECK(p["minor_certificate"]["template"] == id + ".certificat-mineur");
    CHECK(p["minor_certificate"]["title"] == p["title"]);
    CHECK(p["minor_signalement"]["template"] == id + ".signalement-procureur-mineur");
    CHECK(p["minor_signalement"]["title"] == "Signalement au procureur de la République");
    CHECK(p["information_preoccupante"]["template"] == id + ".information-preoccupante");
    CHECK(p["information_preoccupante"]["title"] == "Information préoccupante");
  }
}

TEST_CASE("the endpoints answer without HTTP") {
  const serve::ServerConfig config{&engine(), "", 1795219200, {}};
  const serve::Api api(config);
  CHECK(api.form({{"profession", "nurse"}}).status == 200);
  CHECK(api.form({{"profession", "plombier"}}).status == 404);
  CHECK(api.check("[1]", {}).status == 400);
  CHECK(api.check("{not json", {}).status == 400);
  const auto missing = api.check(R"({"medcert": 1, "author": {"profession": "medecin"}})", {});
  CHECK(missing.status == 200);
  CHECK(nlohmann::json::parse(missing.body)["ok"] == false);
  CHECK(api.render(R"({"medcert": 1})", {}).status == 422);
  CHECK(api.render("{}", {{"pdfa", "4z"}}).status == 400);
  CHECK(api.export_findings("{}", {{"format", "xml"}}).status == 400);
  CHECK(api.import_findings("a: [", {}).status == 400);
  const auto english = api.form({{"profession", "medecin"}, {"lang", "en"}});
  CHECK(nlohmann::json::parse(english.body)["language"] == "en");
  const auto imported = api.import_findings("medcert: 1\nitt: {days: 5}\n", {});
  CHECK(imported.status == 200);
  CHECK(nlohmann::json::parse(imported.body)["findings"]["itt"]["days"] == 5);
  const auto exported = api.export_findings(R"({"medcert": 1, "itt": {"days": 5}})", {});
  CHECK(exported.status == 200);
  CHECK(exported.body.find("days: 5") != std::string::npos);
}

TEST_CASE("the form's messages name its labels, the JSON carries both renderings and the parameters") {
  const serve::ServerConfig config{&engine(), "", 1795219200, {}};
  const serve::Api api(config);
  const auto reply = api.check(R"({"medcert": 1, "author": {"profession": "medecin"},
      "lesions": [{"type": "ecchymose", "size": {"length_cm": "6 cm", "width_cm": 1}}]})", {});
  const auto doc = nlohmann::json::parse(reply.body);
  CHECK(doc["format_version"] == kDiagnosticsJsonVersion);
  const auto at = [&](const std::string& path) {
    std::vector<nlohmann::json> found;
    for (const auto& d : doc["diagnostics"])
      if (d["path"].get<std::string>().rfind(path, 0) == 0) found.push_back(d);
    return found;
  };
  // One mistake, one message: the refused length is not also a missing size.
  const auto size = at("findings.lesions[0].size");
  REQUIRE(size.size() == 1);
  CHECK(size[0]["rule"] == "F-TYPE");
  CHECK(size[0]["found"] == "6 cm");
  CHECK(size[0]["message"].get<std::string>().find("lesions[0].size.length_cm") != std::string::npos);
  CHECK(size[0]["form_message"].get<std::string>().find("Longueur") != std::string::npos);
  CHECK(size[0]["form_message"].get<std::string>().find("length_cm") == std::string::npos);
  const auto region = at("findings.lesions[0].region");
  REQUIRE(region.size() == 1);
  CHECK(region[0]["message_id"] == "R-L-1.missing_code");
  CHECK(region[0]["form_message"].get<std::string>().find("Région") != std::string::npos);
  CHECK(region[0]["message"].get<std::string>().find("region: avant_bras") != std::string::npos);
}

TEST_CASE("the form's messages in English name its English labels") {
  const serve::ServerConfig config{&engine(), "", 1795219200, {}};
  const serve::Api api(config);
  const auto reply = api.check(R"({"medcert": 1, "author": {"profession": "medecin"},
      "lesions": [{"type": "ecchymose", "size": {"length_cm": "6 cm", "width_cm": 1}}]})", {{"lang", "en"}});
  bool length = false, region = false;
  const auto doc = nlohmann::json::parse(reply.body);
  for (const auto& d : doc["diagnostics"]) {
    const auto message = d["form_message"].get<std::string>();
    const auto path = d["path"].get<std::string>();
    length = length || (path == "findings.lesions[0].size.length_cm" && message.find("Length") != std::string::npos);
    region = region || (path == "findings.lesions[0].region" && message.find("Region") != std::string::npos);
  }
  CHECK(length);
  CHECK(region);
}

TEST_CASE("the form offers the interpreter's link and the representative's measure, with their choices") {
  for (const char* profession : {"medecin", "infirmier", "sage-femme", "chirurgien-dentiste"}) {
    INFO(profession);
    const auto schema = schema_of(profession);
    CHECK(field(schema, "findings.examination.interpreter.link")["vocabulary"] == "interpreter_links");
    CHECK(field(schema, "findings.examination.interpreter.civility")["vocabulary"] == "civilities");
    CHECK(field(schema, "findings.examination.legal_representative.role")["vocabulary"] ==
          "legal_representative_roles");
    CHECK(field(schema, "findings.examination.legal_representative.not_implicated")["kind"] == "checkbox");
    const auto links = ids(schema["vocabularies"]["interpreter_links"]);
    CHECK(std::find(links.begin(), links.end(), "conjoint") != links.end());
    CHECK(label_of(schema["vocabularies"]["legal_representative_roles"], "curatelle") == "curatelle");
  }
  CHECK(label_of(schema_of("medecin", Language::en)["vocabularies"]["interpreter_kinds"], "non_professionnel") ==
        "relative or other non-professional person");
}

TEST_CASE("the form draws the body diagram's views the profession offers, with their anchors") {
  const auto view_ids = [](const ordered_json& schema) {
    std::vector<std::string> out;
    for (const auto& view : schema["diagram_views"]) out.push_back(view["id"]);
    return out;
  };
  CHECK(view_ids(schema_of("medecin")) ==
        std::vector<std::string>{"corps_face", "corps_dos", "visage", "mains", "pieds", "perinee_f", "perinee_m"});
  CHECK(view_ids(schema_of("infirmier")) ==
        std::vector<std::string>{"corps_face", "corps_dos", "visage", "mains", "pieds"});  // R-PH-5
  CHECK(view_ids(schema_of("pedicure-podologue")) == std::vector<std::string>{"pieds"});
  const auto front = schema_of("medecin")["diagram_views"][0];
  CHECK(front["label"] == "Schéma corporel, face antérieure");
  CHECK(schema_of("medecin", Language::en)["diagram_views"][0]["label"] == "Body diagram, front view");
  CHECK(front["width"] == 220);
  CHECK(front["outline"][0].get<std::string>().rfind("M 110 14 C ", 0) == 0);
  const auto& anchors = front["anchors"];
  REQUIRE(!anchors.empty());
  // Every anchor lies on its view, and names a region the profession's vocabulary has.
  const auto regions = ids(schema_of("medecin")["vocabularies"]["regions"]);
  for (const auto& anchor : anchors) {
    CHECK(anchor["x"].get<double>() >= 0);
    CHECK(anchor["x"].get<double>() <= 220);
    CHECK(std::find(regions.begin(), regions.end(), anchor["region"].get<std::string>()) != regions.end());
  }
  const auto teeth = schema_of("chirurgien-dentiste")["diagram_views"][0];
  CHECK(teeth["id"] == "odontogramme");
  CHECK(std::any_of(teeth["anchors"].begin(), teeth["anchors"].end(), [](const auto& a) { return a.value("tooth", "") == "11"; }));
}

TEST_CASE("a photograph's file is chosen in the form, its fingerprint is medcert's") {
  const auto photos = section(schema_of("medecin"), "photos");
  std::vector<std::string> keys;
  for (const auto& f : photos["fields"]) keys.push_back(f["key"]);
  CHECK(keys == std::vector<std::string>{"file", "lesion", "taken", "taken_by", "scale"});
  CHECK(photos["fields"][0]["kind"] == "photo");
  CHECK(photos["fields"][0]["required"] == true);
}

TEST_CASE("a render request carries the photographs' bytes beside the findings") {
  serve::RequestError error{};
  const auto alone = serve::render_request(R"({"medcert": 1})", error);
  REQUIRE(alone);
  CHECK(alone->findings == R"({"medcert": 1})");
  CHECK(alone->photos.empty());
  // "AAEC/w==" is the bytes 00 01 02 ff; a line break inside the base64 is skipped.
  const auto both = serve::render_request(
      R"({"findings": {"medcert": 1}, "photos": [{"file": "a.jpg", "data": "AAEC/w=="}, {"file": "b.png", "data": "aGk=\n"}]})",
      error);
  REQUIRE(both);
  CHECK(nlohmann::json::parse(both->findings) == nlohmann::json{{"medcert", 1}});
  CHECK(both->photos.at("a.jpg") == std::string("\x00\x01\x02\xff", 4));
  CHECK(both->photos.at("b.png") == "hi");
  for (const char* bad : {"[1]", "{not json", R"({"findings": "medcert: 1"})", R"({"findings": {}, "photos": {}})",
                          R"({"findings": {}, "photos": [{"file": "a.jpg"}]})",
                          R"({"findings": {}, "photos": [{"file": "a.jpg", "data": "pas du base64 !"}]})",
                          R"({"findings": {}, "photos": [{"file": "a.jpg", "data": "aGk="}, {"file": "a.jpg", "data": "aGk="}]})"}) {
    CAPTURE(bad);
    CHECK_FALSE(serve::render_request(bad, error));
    CHECK(std::string(error.en).size() > 10);
  }
}
