// `medcert serve` without HTTP: the form schema generated from the templates, the JSON ↔ tree conversion,
// the YAML export (load/emit_yaml) and the endpoints' replies (serve/api.hpp).
#include <catch2/catch.hpp>

#include <algorithm>

#include <nlohmann/json.hpp>

#include <medcert/engine.hpp>

#include "load/emit_yaml.hpp"
#include "load/load.hpp"
#include "load/parse_yaml.hpp"
#include "serve/api.hpp"
#include "serve/findings_json.hpp"
#include "serve/form_schema.hpp"

using nlohmann::ordered_json;
using namespace medcert;

namespace {

const std::vector<model::Template>& templates() {
  static const auto loaded = load::load_templates(*system_environment(), std::string(MEDCERT_SOURCE_DIR) + "/templates");
  return *loaded.value;
}

const model::Template& of(const std::string& profession) {
  const auto& all = templates();
  return *std::find_if(all.begin(), all.end(), [&](const auto& t) { return t.profession.id == profession; });
}

bool has_section(const ordered_json& schema, const std::string& id) {
  const auto& sections = schema["sections"];
  return std::any_of(sections.begin(), sections.end(), [&](const auto& s) { return s["id"] == id; });
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

ordered_json round_trip(const ordered_json& value) {
  const auto text = load::emit_yaml(*serve::to_node(value), "un commentaire");
  const auto tree = load::parse_yaml(text, "export", load::kFindingsSize);
  REQUIRE(tree.value);
  return serve::to_json(*tree.value);
}

}  // namespace

TEST_CASE("the form has an ITT section only where the profession may state one") {
  CHECK(has_section(serve::form_schema(of("medecin")), "itt"));
  for (const char* profession : {"infirmier", "masseur-kinesitherapeute", "pedicure-podologue", "chirurgien-dentiste"}) {
    const auto schema = serve::form_schema(of(profession));
    CHECK_FALSE(has_section(schema, "itt"));
    CHECK_FALSE(schema["vocabularies"].contains("itt_modes"));
    CHECK(schema["capabilities"]["itt"] == false);
  }
}

TEST_CASE("the form's required marks and vocabularies come from the template") {
  const auto schema = serve::form_schema(of("medecin"));
  CHECK(field(schema, "findings.patient.birth_date").value("required", false));
  CHECK_FALSE(field(schema, "findings.patient.birth_name").value("required", false));
  CHECK(field(schema, "findings.issuance.recipient")["vocabulary"] == "recipients");
  const auto types = ids(schema["vocabularies"]["lesion_types"]);
  CHECK(std::find(types.begin(), types.end(), "ecchymose") != types.end());
  CHECK(schema["vocabularies"]["colours"][1]["label"] == "violacée");
  CHECK(schema["template"] == "medecin.cmi-violences-majeur");
  // The person's own words are marked as quoted, the professional's are not.
  CHECK(field(schema, "findings.facts.place").value("quoted", false));
  CHECK_FALSE(field(schema, "findings.psychological_state").value("quoted", false));
}

TEST_CASE("the form offers the time zone, the identity document and the place in the professional's words") {
  for (const auto& t : templates()) {
    if (t.abstract) continue;
    INFO(t.id);
    const auto schema = serve::form_schema(t);
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
  const auto regions = ids(serve::form_schema(of("pedicure-podologue"))["vocabularies"]["regions"]);
  CHECK(std::find(regions.begin(), regions.end(), "pied") != regions.end());
  CHECK(std::find(regions.begin(), regions.end(), "thorax") == regions.end());
  CHECK(serve::professions_json(templates())["professions"].size() == templates().size());
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

TEST_CASE("a JSON value nested deeper than a findings file is refused") {
  ordered_json deep = "x";
  for (int i = 0; i <= serve::kMaxJsonDepth; ++i) deep = ordered_json::array({deep});
  CHECK_FALSE(serve::to_node(deep));
}

TEST_CASE("the endpoints answer without HTTP") {
  const Engine engine(EngineConfig{MEDCERT_SOURCE_DIR, {}, {}, system_environment()});
  serve::ServerConfig config{&engine, templates(), "", 1795219200, {}};
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
}

TEST_CASE("the form's messages name its labels; the JSON carries both renderings and the parameters") {
  const Engine engine(EngineConfig{MEDCERT_SOURCE_DIR, {}, {}, system_environment()});
  serve::ServerConfig config{&engine, templates(), "", 1795219200, {}};
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
