// SPDX-License-Identifier: Apache-2.0
// load/: YAML and JSON text → positioned tree → Findings, Templates (extends merged), font manifest.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "load/findings_paths.hpp"
#include "load/load.hpp"
#include "load/parse_yaml.hpp"
#include "model/limits.hpp"

using namespace medcert;
using load::load_findings;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(MEDCERT_SOURCE_DIR) + "/tests/fixtures/load/" + name, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::string listing(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics)
    out += d.rule + " " + d.path + " " + std::to_string(d.location.line) + ":" + std::to_string(d.location.column) +
           " " + d.message_en + "\n";
  return out;
}

std::vector<const Diagnostic*> with_rule(const Diagnostics& diagnostics, const std::string& rule) {
  std::vector<const Diagnostic*> found;
  for (const auto& d : diagnostics)
    if (d.rule == rule) found.push_back(&d);
  return found;
}

// The only diagnostic of `rule`; fails the test when there is none or several.
const Diagnostic& only(const Diagnostics& diagnostics, const std::string& rule) {
  INFO(listing(diagnostics));
  const auto found = with_rule(diagnostics, rule);
  REQUIRE(found.size() == 1);
  return *found.front();
}

void check_at(const Location& where, int line, int column) {
  CHECK(where.line == line);
  CHECK(where.column == column);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

/// True when the English message of one of `found` contains `part`.
bool any_message_has(const std::vector<const Diagnostic*>& found, const std::string& part) {
  return std::any_of(found.begin(), found.end(), [&](const Diagnostic* d) { return contains(d->message_en, part); });
}

// Every value of the findings, positions left out: what must not differ between YAML and JSON.
std::string values(const model::Findings& f) {
  std::ostringstream out;
  const auto text = [&](const model::Text& t) { out << (t.present ? t.value : "<absent>") << '|'; };
  const auto texts = [&](const std::vector<model::Text>& list) {
    for (const auto& t : list) text(t);
    out << ";";
  };
  const auto datetime = [&](const model::Field<model::DateTime>& d) {
    out << d.present << d.value.date.year << '-' << d.value.date.month << '-' << d.value.date.day << 'T'
        << d.value.has_time << d.value.hour << ':' << d.value.minute << ':' << d.value.second << d.value.offset_minutes
        << '|';
  };
  const auto attendant = [&](const std::optional<model::Attendant>& a) {
    if (!a) {
      out << "none|";
      return;
    }
    for (const auto* t : {&a->kind, &a->civility, &a->given_name, &a->family_name, &a->language, &a->link, &a->role})
      text(*t);
    out << a->not_implicated.present << a->not_implicated.value << '|';
  };
  out << f.format.value << '|';
  text(f.template_id);
  const auto& a = f.author;
  for (const auto* t : {&a.civility, &a.title, &a.given_name, &a.family_name, &a.profession, &a.specialty, &a.rpps,
                        &a.adeli, &a.ordinal_number, &a.structure, &a.phone, &a.email})
    text(*t);
  texts(a.address);
  const auto& p = f.patient;
  for (const auto* t : {&p.civility, &p.family_name, &p.birth_name, &p.given_names, &p.identity}) text(*t);
  out << p.birth_date.value.year << p.birth_date.value.month << p.birth_date.value.day << '|';
  texts(p.address);
  const auto& e = f.examination;
  datetime(e.datetime);
  for (const auto* t : {&e.place_type, &e.place, &e.request_mode, &e.requisition.authority, &e.requisition.reference})
    text(*t);
  datetime(e.requisition.datetime);
  attendant(e.legal_representative);
  attendant(e.interpreter);
  datetime(f.facts.datetime);
  text(f.facts.place);
  texts(f.declarations);
  texts(f.complaints);
  for (const auto& l : f.lesions) {
    for (const auto* t : {&l.type, &l.region, &l.side, &l.face, &l.location_detail, &l.colour, &l.aspect, &l.note})
      text(*t);
    out << l.size.length_cm.present << l.size.length_cm.value << 'x' << l.size.width_cm.present << l.size.width_cm.value
        << '|';
  }
  texts(f.negative_findings);
  text(f.psychological_state);
  text(f.functional_impact);
  for (const auto& c : f.complementary_exams) {
    text(c.exam);
    text(c.result);
  }
  out << f.follow_up_certificate.present << f.follow_up_certificate.value << '|';
  if (f.itt) {
    text(f.itt->mode);
    out << f.itt->days.present << f.itt->days.value << '|';
  }
  datetime(f.issuance.datetime);
  text(f.issuance.place);
  text(f.issuance.recipient);
  return out.str();
}

// Findings wrapped around one patient section, for the tests of one value.
model::Result<model::Findings> with_patient(const std::string& patient_lines) {
  return load_findings("medcert: 1\npatient:\n" + patient_lines, "f.yaml");
}

// Files in memory; directories are the folders of the file paths.
class MemoryEnvironment final : public Environment {
 public:
  explicit MemoryEnvironment(std::map<std::string, std::string> files) : files_(std::move(files)) {}

  std::optional<std::string> read_file(const std::string& path) const override {
    const auto it = files_.find(path);
    return it == files_.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  std::vector<std::string> list_directory(const std::string& path) const override {
    std::vector<std::string> names;
    for (const auto& [file, _] : files_) {
      const auto rest = child_of(file, path);
      if (!rest.empty() && rest.find('/') == std::string::npos) names.push_back(rest);
    }
    return names;
  }
  std::vector<std::string> list_subdirectories(const std::string& path) const override {
    std::vector<std::string> names;
    for (const auto& [file, _] : files_) {
      const auto rest = child_of(file, path);
      const auto slash = rest.find('/');
      if (slash != std::string::npos && std::find(names.begin(), names.end(), rest.substr(0, slash)) == names.end())
        names.push_back(rest.substr(0, slash));
    }
    std::sort(names.begin(), names.end());
    return names;
  }
  std::int64_t now() const override { return 0; }

 private:
  static std::string child_of(const std::string& file, const std::string& dir) {
    const auto prefix = dir + "/";
    return file.rfind(prefix, 0) == 0 ? file.substr(prefix.size()) : std::string{};
  }
  std::map<std::string, std::string> files_;
};

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// Findings: values and positions

TEST_CASE("a complete findings file loads with its values") {
  const auto loaded = load_findings(fixture("full.yaml"), "full.yaml");
  INFO(listing(loaded.diagnostics));
  REQUIRE(loaded.value);
  CHECK(loaded.diagnostics.empty());
  const auto& f = *loaded.value;
  CHECK(f.source_name == "full.yaml");
  CHECK(f.format.value == 1);
  CHECK(f.template_id.value == "medecin.cmi-violences-majeur");
  CHECK(f.author.rpps.value == "10000000009");
  CHECK(f.author.adeli.value == "0123");  // read as text: yaml-cpp would make the octal 83 of it
  CHECK(f.author.address.size() == 2);
  CHECK(f.author.address[1].value == "69003 Lyon");
  CHECK(f.author.specialty.value == "médecine générale");
  REQUIRE(f.patient.address.size() == 1);  // one string: one line
  CHECK(f.patient.address[0].value == "3 allée des Peupliers, 69008 Lyon");
  CHECK(f.patient.birth_date.value == model::CivilDate{1990, 4, 12});
  CHECK(f.examination.datetime.value.has_time);
  CHECK(f.examination.datetime.value.hour == 14);
  CHECK(f.examination.datetime.value.offset_minutes == 60);
  CHECK(f.examination.requisition.reference.value == "PV 2026/000123");
  CHECK(f.examination.requisition.datetime.value.date == model::CivilDate{2026, 11, 20});
  CHECK(f.examination.requisition.datetime.value.hour == 9);
  REQUIRE(f.examination.interpreter);
  CHECK(f.examination.interpreter->language.value == "arabe");
  REQUIRE(f.examination.legal_representative);
  CHECK(f.examination.legal_representative->given_name.value == "Paul");
  CHECK_FALSE(f.facts.datetime.value.has_time);  // a date alone is allowed for the facts
  CHECK(f.facts.datetime.value.date == model::CivilDate{2026, 11, 19});
  REQUIRE(f.declarations.size() == 2);
  CHECK(f.declarations[1].value == "Il m'a dit : « tu vas voir ».");
  REQUIRE(f.lesions.size() == 2);
  CHECK(f.lesions[0].size.length_cm.value == 4.0);
  CHECK(f.lesions[0].size.width_cm.value == 2.5);
  CHECK_FALSE(f.lesions[1].size.length_cm.present);
  CHECK(f.lesions[1].region.value == "cou");
  REQUIRE(f.complementary_exams.size() == 1);
  CHECK(f.complementary_exams[0].result.value == "pas de fracture visible");
  CHECK(f.follow_up_certificate.present);
  CHECK(f.follow_up_certificate.value);
  REQUIRE(f.itt);
  CHECK(f.itt->mode.value == "fixed");
  CHECK(f.itt->days.value == 5);
  CHECK(f.issuance.recipient.value == "requisition_authority");
}

TEST_CASE("every value keeps its 1-based line:column and its path") {
  const auto loaded = load_findings(fixture("full.yaml"), "full.yaml");
  REQUIRE(loaded.value);
  const auto& f = *loaded.value;
  check_at(f.author.rpps.where, 11, 9);
  CHECK(f.author.rpps.where.file == "full.yaml");
  CHECK(f.author.rpps.path == "findings.author.rpps");
  check_at(f.patient.birth_date.where, 24, 15);
  check_at(f.examination.requisition.datetime.where, 33, 92);
  CHECK(f.examination.requisition.datetime.path == "findings.examination.requisition.datetime");
  check_at(f.lesions[1].region.where, 56, 13);
  CHECK(f.lesions[1].region.path == "findings.lesions[1].region");
  check_at(f.lesions[0].size.width_cm.where, 51, 36);
  CHECK(f.lesions[0].size.width_cm.path == "findings.lesions[0].size.width_cm");
  check_at(f.lesions[1].where, 55, 5);
  CHECK(f.lesions[1].path == "findings.lesions[1]");
  CHECK(f.declarations[1].path == "findings.declarations[1]");
  check_at(f.declarations[1].where, 42, 5);
  check_at(f.facts.place.where, 38, 10);
  // The sections know where they are.
  check_at(f.where, 2, 1);
  check_at(f.author.where, 5, 3);
  CHECK(f.author.path == "findings.author");
  check_at(f.examination.where, 29, 3);
  check_at(f.issuance.where, 67, 3);
  CHECK(f.issuance.path == "findings.issuance");
}

TEST_CASE("columns count characters, not bytes") {
  const auto loaded = with_patient("  family_name: Élise\n  birth_name: {nom: Modèle, bogus: 1}\n");
  const auto& unknown = only(loaded.diagnostics, "F-TYPE");  // birth_name wants a text
  check_at(unknown.location, 4, 15);
  const auto typo = load_findings("medcert: 1\npatient: {family_name: Éé, bogus: 1}\n", "f.yaml");
  check_at(only(typo.diagnostics, "F-UNKNOWN-KEY").location, 2, 28);
}

TEST_CASE("the JSON equivalent loads identically") {
  const auto yaml = load_findings(fixture("full.yaml"), "full.yaml");
  const auto json = load_findings(fixture("full.json"), "full.json");
  INFO(listing(json.diagnostics));
  REQUIRE(yaml.value);
  REQUIRE(json.value);
  CHECK(json.diagnostics.empty());
  CHECK(values(*json.value) == values(*yaml.value));
  CHECK(json.value->author.rpps.where.line == 11);  // positions are the JSON file's own
}

TEST_CASE("scalars are text: 0123 stays \"0123\"") {
  const auto loaded = load_findings("medcert: 1\nauthor:\n  rpps: 0123\n  phone: 0400000000\n", "f.yaml");
  REQUIRE(loaded.value);
  CHECK(loaded.value->author.rpps.value == "0123");
  CHECK(loaded.value->author.phone.value == "0400000000");
}

TEST_CASE("an absent value is located at its parent mapping, with its path") {
  const auto loaded = load_findings("medcert: 1\npatient:\n  family_name: Exemple\n  place:\n", "f.yaml");
  REQUIRE(loaded.value);
  const auto& p = loaded.value->patient;
  CHECK_FALSE(p.birth_date.present);
  CHECK(p.birth_date.path == "findings.patient.birth_date");
  check_at(p.birth_date.where, 3, 3);  // the patient mapping
  // A whole absent section: its members are located at the document.
  const auto& e = loaded.value->examination;
  CHECK_FALSE(e.datetime.present);
  CHECK(e.datetime.path == "findings.examination.datetime");
  check_at(e.datetime.where, 1, 1);
  check_at(e.where, 1, 1);
  CHECK(e.requisition.datetime.path == "findings.examination.requisition.datetime");
  check_at(e.requisition.datetime.where, 1, 1);
  CHECK_FALSE(loaded.value->itt);
  CHECK_FALSE(e.interpreter);
}

TEST_CASE("an empty value is absent and located at its key") {
  const auto loaded = with_patient("  family_name:\n  given_names: ~\n");
  REQUIRE(loaded.value);
  CHECK_FALSE(loaded.value->patient.family_name.present);
  check_at(loaded.value->patient.family_name.where, 3, 3);
  CHECK_FALSE(loaded.value->patient.given_names.present);
  check_at(loaded.value->patient.given_names.where, 4, 3);
  CHECK(loaded.diagnostics.empty());
}

// ---------------------------------------------------------------------------------------------------------------
// Findings: unreadable input (no value)

TEST_CASE("F-ENCODING: not UTF-8, NUL and control characters, at the first bad byte") {
  SECTION("invalid byte") {
    const auto loaded = load_findings("medcert: 1\nplace: Lyon \xE9t\xE9\n", "f.yaml");
    CHECK_FALSE(loaded.value);
    const auto& d = only(loaded.diagnostics, "F-ENCODING");
    check_at(d.location, 2, 13);
    CHECK(contains(d.message_fr, "UTF-8"));
    CHECK(contains(d.message_en, "save it as UTF-8"));
  }
  SECTION("NUL byte") {
    const auto loaded = load_findings(std::string("medcert: 1\nab\0c: d\n", 17), "f.yaml");
    CHECK_FALSE(loaded.value);
    check_at(only(loaded.diagnostics, "F-ENCODING").location, 2, 3);
  }
  SECTION("control character") {
    const auto loaded = load_findings("medcert: 1\npsychological_state: calme\x1B[0m\n", "f.yaml");
    CHECK_FALSE(loaded.value);
    const auto& d = only(loaded.diagnostics, "F-ENCODING");
    check_at(d.location, 2, 27);
    CHECK(contains(d.message_en, "U+001B"));
  }
  SECTION("overlong form and surrogate") {
    CHECK_FALSE(load_findings("a: \xC0\xAF\n", "f.yaml").value);
    CHECK_FALSE(load_findings("a: \xED\xA0\x80\n", "f.yaml").value);
  }
  SECTION("binary garbage") {
    std::string garbage;
    for (int i = 0; i < 512; ++i) garbage += static_cast<char>((i * 73 + 11) % 256);
    const auto loaded = load_findings(garbage, "photo.jpg");
    CHECK_FALSE(loaded.value);
    CHECK(only(loaded.diagnostics, "F-ENCODING").location.file == "photo.jpg");
  }
  SECTION("escapes that write a control character or a lone surrogate") {
    const auto nul = load_findings("medcert: 1\nfacts: {place: \"chez\\u0000elle\"}\n", "f.json");
    CHECK_FALSE(nul.value);
    check_at(only(nul.diagnostics, "F-ENCODING").location, 2, 16);
    CHECK_FALSE(load_findings("{\"medcert\": \"\\uD800\"}", "f.json").value);
    CHECK(load_findings("{\"medcert\": 1, \"template\": \"\\u00e9\"}", "f.json").value->template_id.value == "é");
  }
  SECTION("UTF-16") {
    const auto loaded = load_findings(std::string("\xFF\xFEm\0e\0", 6), "f.yaml");
    CHECK(contains(only(loaded.diagnostics, "F-ENCODING").message_en, "UTF-16"));
  }
}

TEST_CASE("a UTF-8 byte order mark is skipped and CRLF line ends are fine") {
  const auto loaded = load_findings(
      "\xEF\xBB\xBFmedcert: 1\r\npatient:\r\n  family_name: Exemple\r\n  "
      "given_names: \"Alice\r\n    Jeanne\"\r\n",
      "f.yaml");
  INFO(listing(loaded.diagnostics));
  REQUIRE(loaded.value);
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.value->patient.family_name.value == "Exemple");
  CHECK(loaded.value->patient.given_names.value == "Alice Jeanne");
  check_at(loaded.value->format.where, 1, 10);
  check_at(loaded.value->patient.family_name.where, 3, 16);
}

TEST_CASE("F-SYNTAX: yaml-cpp's error, at its position, explained") {
  SECTION("a colon inside a value") {
    const auto loaded = load_findings("medcert: 1\nfacts:\n  place: Lyon: chez elle\n", "f.yaml");
    CHECK_FALSE(loaded.value);
    const auto& d = only(loaded.diagnostics, "F-SYNTAX");
    check_at(d.location, 3, 14);  // the second colon
    CHECK(contains(d.message_fr, "entre guillemets"));
    CHECK(contains(d.message_en, "must be quoted"));
  }
  SECTION("an unclosed bracket") {
    const auto loaded = load_findings("medcert: 1\ndeclarations: [\"un\",\n", "f.yaml");
    CHECK_FALSE(loaded.value);
    CHECK(contains(only(loaded.diagnostics, "F-SYNTAX").message_en, "\"]\""));
  }
  SECTION("a second document") {
    const auto loaded = load_findings("medcert: 1\n---\nmedcert: 1\n", "f.yaml");
    CHECK_FALSE(loaded.value);
    const auto& d = only(loaded.diagnostics, "F-SYNTAX");
    check_at(d.location, 2, 1);
    CHECK(contains(d.message_en, "one document"));
  }
  SECTION("an alias inside its own anchor") {
    const auto loaded = load_findings("medcert: 1\ndeclarations: &a [*a]\n", "f.yaml");
    CHECK_FALSE(loaded.value);
    CHECK(with_rule(loaded.diagnostics, "F-SYNTAX").size() == 1);
  }
  SECTION("aliases that multiply") {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'h'; ++c)
      bomb += std::string(1, c) + ": &" + c + " [*" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" +
              char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + "]\n";
    const auto loaded = load_findings(bomb, "f.yaml");
    CHECK_FALSE(loaded.value);
    CHECK(contains(only(loaded.diagnostics, "F-VALUES").message_en, "without aliases"));
  }
}

TEST_CASE("F-NESTING: nesting too deep is said plainly, where it happens, before yaml-cpp's own limit") {
  SECTION("flow lists, far deeper than yaml-cpp's 500") {
    for (const std::size_t depth : {600, 10000}) {
      const std::string deep = "medcert: 1\nnote: " + std::string(depth, '[') + std::string(depth, ']') + "\n";
      const auto loaded = load_findings(deep, "f.yaml");
      CHECK_FALSE(loaded.value);
      const auto& d = only(loaded.diagnostics, "F-NESTING");
      CHECK(contains(d.message_en, "nesting deeper than 100 levels"));
      CHECK(contains(d.message_fr, "plus de 100 niveaux"));
      check_at(d.location, 2, 6 + model::kMaxNesting);  // the 100th bracket: the document's mapping is the first
    }
  }
  SECTION("flow mappings") {
    std::string deep = "medcert: 1\nnote: ";
    for (int i = 0; i < 10000; ++i) deep += "{a: ";
    deep += "x" + std::string(10000, '}') + "\n";
    const auto loaded = load_findings(deep, "f.yaml");
    CHECK(only(loaded.diagnostics, "F-NESTING").location.line == 2);
  }
  SECTION("block mappings, one indentation step a level") {
    std::string deep = "medcert: 1\n";
    for (int i = 0; i < 1000; ++i) deep += std::string(static_cast<std::size_t>(i), ' ') + "a:\n";
    const auto loaded = load_findings(deep, "f.yaml");
    // Level k opens on line k + 1: the refused one, 101, on line 102.
    CHECK(only(loaded.diagnostics, "F-NESTING").location.line == model::kMaxNesting + 2);  // level k opens on line k + 1: the refused one, 101, on 102
  }
  SECTION("block lists") {
    std::string deep = "medcert: 1\nnote:\n";
    for (int i = 0; i < 1000; ++i) deep += std::string(static_cast<std::size_t>(2 * i), ' ') + "-\n";
    const auto loaded = load_findings(deep, "f.yaml");
    CHECK_FALSE(loaded.value);
    CHECK(with_rule(loaded.diagnostics, "F-NESTING").size() == 1);
  }
}

TEST_CASE("F-SIZE: a findings file above 1 MiB is refused before it is parsed") {
  const std::string big = "medcert: 1\nnote: \"" + std::string(model::kMaxFindingsBytes, 'a') + "\"\n";
  const auto loaded = load_findings(big, "f.yaml");
  CHECK_FALSE(loaded.value);
  const auto& d = only(loaded.diagnostics, "F-SIZE");
  CHECK(loaded.diagnostics.size() == 1);
  CHECK(contains(d.message_en, "at most 1024 KiB"));
  CHECK(contains(d.message_fr, "au plus 1024 Kio"));
}

TEST_CASE("F-LENGTH: texts are limited in characters, by kind, and only their allowed start is kept") {
  const auto with = [](const std::string& key_line) { return load_findings("medcert: 1\n" + key_line + "\n", "f.yaml"); };
  SECTION("a name: 200 characters, counted as characters (é is two bytes)") {
    std::string name;
    for (int i = 0; i < 200; ++i) name += "é";
    CHECK(with_rule(with("patient: {family_name: " + name + "}").diagnostics, "F-LENGTH").empty());
    const auto loaded = with("patient: {family_name: " + name + "x}");
    const auto& d = only(loaded.diagnostics, "F-LENGTH");
    CHECK(d.path == "findings.patient.family_name");
    check_at(d.location, 2, 24);
    CHECK(contains(d.message_en, "201 characters, at most 200"));
    REQUIRE(loaded.value);
    CHECK(loaded.value->patient.family_name.value == name);
  }
  SECTION("a free text: 10,000 characters") {
    CHECK(with_rule(with("psychological_state: " + std::string(10000, 'a')).diagnostics, "F-LENGTH").empty());
    const auto loaded = with("declarations: [" + std::string(10001, 'a') + "]");
    CHECK(only(loaded.diagnostics, "F-LENGTH").path == "findings.declarations[0]");
    REQUIRE(loaded.value);
    CHECK(loaded.value->declarations.at(0).value.size() == 10000);
  }
}

TEST_CASE("F-COUNT: a list holds at most 200 entries, the rest is reported once and not read") {
  std::string lesions = "medcert: 1\nlesions:\n";
  for (int i = 0; i < 10000; ++i) lesions += "  - {type: ecchymose, region: bras}\n";
  const auto loaded = load_findings(lesions, "f.yaml");
  REQUIRE(loaded.value);
  CHECK(loaded.value->lesions.size() == model::kMaxListEntries);
  const auto& d = only(loaded.diagnostics, "F-COUNT");
  CHECK(d.path == "findings.lesions[200]");
  check_at(d.location, 203, 5);
  CHECK(contains(d.message_en, "10000 elements, at most 200"));
  std::string complaints = "medcert: 1\ncomplaints: [";
  for (int i = 0; i < 201; ++i) complaints += "j'ai mal, ";
  CHECK(with_rule(load_findings(complaints + "]\n", "f.yaml").diagnostics, "F-COUNT").size() == 1);
}

TEST_CASE("F-TYPE: a YAML tag is refused, shown as written") {
  const auto loaded = load_findings("medcert: 1\npatient:\n  family_name: !!binary \"RXhlbXBsZQ==\"\n"
                                    "  given_names: !<tag:x> Alice\n", "f.yaml");
  REQUIRE(loaded.value);
  const auto tags = with_rule(loaded.diagnostics, "F-TYPE");
  REQUIRE(tags.size() == 2);
  check_at(tags[0]->location, 3, 16);
  CHECK(contains(tags[0]->message_en, "\"!!binary\""));
  CHECK(contains(tags[1]->message_en, "\"tag:x\""));
  CHECK(with_rule(load_findings("medcert: 1\nfacts: {place: \"chez elle\"}\n", "f.yaml").diagnostics, "F-TYPE").empty());
}

TEST_CASE("a block scalar's final line break is no part of a findings text") {
  const auto loaded =
      load_findings("medcert: 1\npsychological_state: >\n  Pleurs.\n  Voix basse.\n\ndeclarations:\n  - |\n    Il a crié.\n    J'ai eu peur.\n", "f.yaml");
  REQUIRE(loaded.value);
  CHECK(loaded.value->psychological_state.value == "Pleurs. Voix basse.");
  CHECK(loaded.value->declarations.at(0).value == "Il a crié.\nJ'ai eu peur.");
}

TEST_CASE("positions stay cheap and right on a long line of many values") {
  std::string line = "medcert: 1\nnote: [";
  for (int i = 0; i < 100000; ++i) line += "é,";
  const auto loaded = load_findings(line + "]\n", "f.yaml");
  // note is not a findings key: one F-UNKNOWN-KEY, read without quadratic cost (the test would time out).
  CHECK(only(loaded.diagnostics, "F-UNKNOWN-KEY").location.line == 2);
  // An empty element is located at its dash, counted back from yaml-cpp's mark.
  const auto empty = load_findings("medcert: 1\ncomplaints:\n  - a\n  -\n\n  - b\n", "f.yaml");
  check_at(only(empty.diagnostics, "F-TYPE").location, 4, 3);
}

TEST_CASE("F-EMPTY: nothing to read") {
  for (const std::string text : {"", "   \n", "# rien\n# encore rien\n", "~\n", "---\n", "\xEF\xBB\xBF"}) {
    INFO(text);
    const auto loaded = load_findings(text, "f.yaml");
    CHECK_FALSE(loaded.value);
    CHECK(only(loaded.diagnostics, "F-EMPTY").location.file == "f.yaml");
  }
}

TEST_CASE("a document that is not a mapping has no value") {
  const auto loaded = load_findings("Bonjour docteur\n", "f.yaml");
  CHECK_FALSE(loaded.value);
  CHECK(contains(only(loaded.diagnostics, "F-TYPE").message_en, "medcert: 1"));
  CHECK_FALSE(load_findings("- a\n- b\n", "f.yaml").value);
}

// ---------------------------------------------------------------------------------------------------------------
// Findings: schema errors (a value, and every error collected)

TEST_CASE("F-DUPLICATE-KEY: the second key is reported, the first one kept") {
  const auto loaded = with_patient("  family_name: Exemple\n  given_names: Alice\n  family_name: Autre\n");
  REQUIRE(loaded.value);
  const auto& d = only(loaded.diagnostics, "F-DUPLICATE-KEY");
  check_at(d.location, 5, 3);
  CHECK(contains(d.message_fr, "ligne 3"));
  CHECK(loaded.value->patient.family_name.value == "Exemple");
}

TEST_CASE("F-UNKNOWN-KEY: at the key, with did you mean") {
  SECTION("a typo at the top level") {
    const auto loaded = load_findings("medcert: 1\npateint:\n  family_name: Exemple\n", "f.yaml");
    REQUIRE(loaded.value);
    const auto& d = only(loaded.diagnostics, "F-UNKNOWN-KEY");
    check_at(d.location, 2, 1);
    CHECK(d.path == "findings.pateint");
    CHECK(contains(d.message_fr, "vouliez-vous dire «\u202Fpatient\u202F»"));
    CHECK(contains(d.message_en, "did you mean \"patient\""));
  }
  SECTION("a typo in a lesion") {
    const auto loaded = load_findings("medcert: 1\nlesions:\n  - type: ecchymose\n    color: violacee\n", "f.yaml");
    const auto& d = only(loaded.diagnostics, "F-UNKNOWN-KEY");
    check_at(d.location, 4, 5);
    CHECK(d.path == "findings.lesions[0].color");
    CHECK(contains(d.message_en, "in \"lesions[0]\"; did you mean \"colour\""));
  }
  SECTION("nothing close: the allowed keys are listed") {
    const auto loaded = load_findings("medcert: 1\nitt: {mode: fixed, duree: 3}\n", "f.yaml");
    const auto& d = only(loaded.diagnostics, "F-UNKNOWN-KEY");
    CHECK(contains(d.message_en, "allowed keys: mode, days"));
  }
  SECTION("an interpreter's keys are not a legal representative's") {
    const auto loaded = load_findings(
        "medcert: 1\nexamination:\n  legal_representative: {given_name: A, family_name: B, language: arabe}\n",
        "f.yaml");
    CHECK(only(loaded.diagnostics, "F-UNKNOWN-KEY").path == "findings.examination.legal_representative.language");
  }
}

TEST_CASE("F-TYPE: a value of the wrong shape, with what to write instead") {
  SECTION("a mapping where text is expected") {
    const auto loaded = with_patient("  family_name: {nom: Exemple}\n");
    REQUIRE(loaded.value);
    const auto& d = only(loaded.diagnostics, "F-TYPE");
    check_at(d.location, 3, 16);
    CHECK(d.path == "findings.patient.family_name");
    CHECK(contains(d.message_en, "\"patient.family_name\" expects a text, not a mapping"));
    CHECK_FALSE(loaded.value->patient.family_name.present);
  }
  SECTION("a list where a mapping is expected") {
    const auto loaded = load_findings("medcert: 1\npatient:\n  - Exemple\n", "f.yaml");
    const auto& d = only(loaded.diagnostics, "F-TYPE");
    CHECK(contains(d.message_en, "expects a mapping, not a list"));
    check_at(loaded.value->patient.family_name.where, 3, 3);  // the members are located at the wrong value
  }
  SECTION("a word where a whole number is expected") {
    const auto loaded = load_findings("medcert: 1\nitt: {mode: fixed, days: cinq}\n", "f.yaml");
    const auto& d = only(loaded.diagnostics, "F-TYPE");
    check_at(d.location, 2, 26);
    CHECK(d.path == "findings.itt.days");
    CHECK(contains(d.message_fr, "nombre entier écrit en chiffres, par exemple 5, et non «\u202Fcinq\u202F»"));
    CHECK_FALSE(loaded.value->itt->days.present);
    CHECK(loaded.value->itt->mode.value == "fixed");
  }
  SECTION("oui is not a boolean") {
    const auto loaded = load_findings("medcert: 1\nfollow_up_certificate: oui\n", "f.yaml");
    CHECK(contains(only(loaded.diagnostics, "F-TYPE").message_en, "true or false, not \"oui\""));
    CHECK_FALSE(loaded.value->follow_up_certificate.present);
  }
  SECTION("numbers: a decimal point, no unit") {
    const auto loaded = load_findings(
        "medcert: 1\nlesions:\n  - size:\n      length_cm: 2,5\n  - size: {length_cm: 3 cm}\n"
        "  - size: {length_cm: 1e3}\n  - size: {length_cm: 0.5, width_cm: 12}\n  - size: {length_cm: 0, width_cm: "
        "-1}\n",
        "f.yaml");
    INFO(listing(loaded.diagnostics));
    CHECK(with_rule(loaded.diagnostics, "F-TYPE").size() == 3);
    CHECK(contains(loaded.diagnostics[0].message_en,
                   "a number with a decimal point and no unit, for example 2.5, "
                   "not \"2,5\""));
    CHECK(loaded.value->lesions[3].size.length_cm.value == 0.5);
    CHECK(loaded.value->lesions[3].size.width_cm.value == 12.0);
    // In range or not is validate's business (R-L-1): the loader only reads numbers.
    CHECK(loaded.value->lesions[4].size.length_cm.present);
    CHECK(loaded.value->lesions[4].size.width_cm.value == -1.0);
  }
  SECTION("declarations are a list, even of one") {
    const auto loaded = load_findings("medcert: 1\ndeclarations: Il m'a frappée.\n", "f.yaml");
    const auto& d = only(loaded.diagnostics, "F-TYPE");
    CHECK(contains(d.message_en, "expects a list of texts, not a text"));
    CHECK(contains(d.message_en, "after a dash"));
    CHECK(loaded.value->declarations.empty());
  }
  SECTION("an empty list element") {
    const auto loaded = load_findings("medcert: 1\ncomplaints:\n  - J'ai mal.\n  -\nitt: {mode: fixed}\n", "f.yaml");
    const auto& d = only(loaded.diagnostics, "F-TYPE");
    CHECK(d.path == "findings.complaints[1]");
    check_at(d.location, 4, 3);  // the dash, not the next token yaml-cpp marks
    CHECK(loaded.value->complaints.size() == 1);
  }
  SECTION("a lesion that is not a mapping") {
    const auto loaded = load_findings("medcert: 1\nlesions:\n  - ecchymose\n  - {type: plaie}\n", "f.yaml");
    CHECK(only(loaded.diagnostics, "F-TYPE").path == "findings.lesions[0]");
    REQUIRE(loaded.value->lesions.size() == 1);
    CHECK(loaded.value->lesions[0].path == "findings.lesions[1]");
  }
  SECTION("a key that is not a word") {
    const auto loaded = load_findings("medcert: 1\n? [a, b]\n: c\n", "f.yaml");
    CHECK(contains(only(loaded.diagnostics, "F-TYPE").message_en, "a key must be a word"));
  }
}

TEST_CASE("F-DATE: the expected form, and impossible dates") {
  SECTION("not YYYY-MM-DD") {
    const auto loaded = with_patient("  birth_date: 12/04/1990\n");
    const auto& d = only(loaded.diagnostics, "F-DATE");
    check_at(d.location, 3, 15);
    CHECK(d.path == "findings.patient.birth_date");
    CHECK(
        contains(d.message_fr, "«\u202Fpatient.birth_date\u202F» attend une date AAAA-MM-JJ, par exemple 1990-04-12"));
    CHECK(contains(d.message_en, "a date YYYY-MM-DD, for example 1990-04-12, not \"12/04/1990\""));
    CHECK_FALSE(loaded.value->patient.birth_date.present);
  }
  SECTION("a date that does not exist") {
    const auto loaded = load_findings("medcert: 1\nexamination:\n  requisition: {datetime: 2026-02-30}\n", "f.yaml");
    const auto& d = only(loaded.diagnostics, "F-DATE");
    CHECK(contains(d.message_fr, "la date 2026-02-30 n'existe pas dans le calendrier"));
    CHECK(d.path == "findings.examination.requisition.datetime");
  }
  SECTION("a date-time without offset is the practice's local time") {
    const auto loaded = load_findings("medcert: 1\nexamination:\n  datetime: 2026-11-20T14:30:00\n", "f.yaml");
    CHECK(loaded.diagnostics.empty());
    REQUIRE(loaded.value);
    CHECK(loaded.value->examination.datetime.value.anchor == model::Anchor::local);
    CHECK(loaded.value->examination.datetime.value.hour == 14);
  }
  SECTION("the examination needs a time") {
    const auto loaded = load_findings("medcert: 1\nissuance:\n  datetime: 2026-11-20\n", "f.yaml");
    CHECK(contains(only(loaded.diagnostics, "F-DATE").message_en,
                   "a date and time, in the practice's local time or with the UTC offset"));
  }
  SECTION("the facts may have a date alone, or a date-time with offset") {
    const auto alone = load_findings("medcert: 1\nfacts: {datetime: 2026-11-19}\n", "f.yaml");
    CHECK(alone.diagnostics.empty());
    const auto timed = load_findings("medcert: 1\nfacts: {datetime: \"2026-11-19T22:00:00+01:00\"}\n", "f.yaml");
    CHECK(timed.diagnostics.empty());
    CHECK(timed.value->facts.datetime.value.hour == 22);
    const auto wrong = load_findings("medcert: 1\nfacts: {datetime: hier soir}\n", "f.yaml");
    CHECK(contains(only(wrong.diagnostics, "F-DATE").message_en, "2026-11-19 or 2026-11-19T22:00:00+01:00"));
  }
}

TEST_CASE("F-VERSION: medcert: must be 1") {
  const auto missing = load_findings("patient: {family_name: Exemple}\n", "f.yaml");
  REQUIRE(missing.value);
  const auto& d = only(missing.diagnostics, "F-VERSION");
  check_at(d.location, 1, 1);
  CHECK(contains(d.message_en, "write \"medcert: 1\""));
  const auto two = load_findings("medcert: 2\n", "f.yaml");
  check_at(only(two.diagnostics, "F-VERSION").location, 1, 10);
  CHECK_FALSE(two.value->format.present);
  CHECK(with_rule(load_findings("medcert: un\n", "f.yaml").diagnostics, "F-VERSION").size() == 1);
}

TEST_CASE("loading goes on after errors and collects them all") {
  const auto loaded = load_findings(
      "medcert: 1\npatient:\n  birth_date: 1990-13-01\n  famly_name: Exemple\nitt: {days: beaucoup}\n"
      "follow_up_certificate: yes\nissuance: {place: Lyon}\n",
      "f.yaml");
  REQUIRE(loaded.value);
  INFO(listing(loaded.diagnostics));
  CHECK(loaded.diagnostics.size() == 4);
  CHECK(with_rule(loaded.diagnostics, "F-DATE").size() == 1);
  CHECK(with_rule(loaded.diagnostics, "F-UNKNOWN-KEY").size() == 1);
  CHECK(with_rule(loaded.diagnostics, "F-TYPE").size() == 2);
  CHECK(loaded.value->issuance.place.value == "Lyon");
}

TEST_CASE("the loader does not check required fields or vocabularies") {
  const auto loaded = load_findings("medcert: 1\nlesions:\n  - {type: inconnue, side: nulle_part}\n", "f.yaml");
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.value);
  CHECK(loaded.value->lesions[0].type.value == "inconnue");
}

TEST_CASE("the paths a template may require are exactly the keys of a complete findings file") {
  const auto tree = load::parse_yaml(fixture("full.yaml"), "full.yaml", load::kFindingsSize);
  REQUIRE(tree.value);
  std::set<std::string> keys;
  const std::set<std::string> sections{"author",      "patient",           "examination", "facts",
                                       "prior_state", "examination_limit", "care",        "issuance"};
  const auto walk = [&](const auto& self, const load::Node& node, const std::string& prefix) -> void {
    for (const auto& entry : node.entries) {
      const auto path = prefix + entry.key;
      if (!sections.count(path)) keys.insert(path);
      if (entry.value.is_mapping()) self(self, entry.value, path + ".");  // list elements are not required one by one
    }
  };
  walk(walk, *tree.value, "");
  const auto& known = load::findings_paths();
  CHECK(keys == std::set<std::string>(known.begin(), known.end()));
  CHECK(known.size() == keys.size());  // no path listed twice
}

// ---------------------------------------------------------------------------------------------------------------
// Templates

namespace {

const std::string kCommon = R"(template: {id: commun.violences, version: 1, abstract: true}
document_kind: certificat_medical
title: Certificat médical
header: ["{author.display_name}"]
footer: "Page {page}/{pages}"
phrases: {engagement_verb: certifie}
capabilities: {itt: false, compatibility: forbidden}
required: [patient.birth_date, examination.datetime]
vocabularies:
  regions:
    avant_bras: {label: avant-bras, article: "l'", gender: m}
    cou: {label: cou, article: le, gender: m}
sections:
  - id: engagement
    blocks:
      - id: engagement
        text: "Je soussigné{author.e} {phrase.engagement_verb}"
  - id: constatations
    heading: Constatations
    blocks:
      - id: lesions
        kind: list
        each: lesions
        as: lesion
        item: "{lesion.type|capitalize}."
        empty: Aucune lésion.
  - id: signature
    blocks:
      - id: signature
        kind: signature
        text: "Fait à {issuance.place}"
)";

const std::string kPhysician = R"(template: {id: medecin.cmi, version: 2, extends: commun.violences}
profession: {id: medecin, id_en: physician, label: médecin}
title: Certificat médical initial
capabilities: {itt: true}
header: ["{author.display_name}", "RPPS {author.rpps}"]
vocabularies:
  regions:
    bras: {label: bras, article: le, gender: m}
sections:
  - id: itt
    after: constatations
    blocks:
      - id: itt
        when: ["itt.mode == fixed", "!facts.place", examination.interpreter, "itt.days != '0'"]
        text: "ITT de {itt.days} jours."
  - id: constatations
    blocks:
      - id: lesions
        intro: "L'examen met en évidence :"
  - id: engagement
    remove: true
  - id: preambule
    before: constatations
    blocks: [{id: preambule, text: Préambule.}]
)";

const std::string kEmergency = R"(template: {id: medecin.urgences, version: 1, extends: medecin.cmi}
subtitle: Service des urgences
sections:
  - id: suite
    after: itt
    blocks: [{id: suite, text: Suite.}]
  - id: suite2
    after: itt
    blocks: [{id: suite2, text: Suite 2.}]
)";

std::vector<std::string> section_ids(const model::Template& t) {
  std::vector<std::string> ids;
  for (const auto& s : t.sections) ids.push_back(s.id);
  return ids;
}

model::Result<std::vector<model::Template>> load_dir(std::map<std::string, std::string> files) {
  MemoryEnvironment env(std::move(files));
  return load::load_templates(env, "/t");
}

const model::Template& by_id(const std::vector<model::Template>& templates, const std::string& id) {
  const auto it = std::find_if(templates.begin(), templates.end(), [&](const auto& t) { return t.id == id; });
  REQUIRE(it != templates.end());
  return *it;
}

}  // namespace

TEST_CASE("templates: files of the directory and one level below, sorted by id, abstract ones hidden") {
  const auto loaded = load_dir({{"/t/common/commun.yaml", kCommon},
                                {"/t/professions/medecin.yaml", kPhysician},
                                {"/t/medecin-urgences.yaml", kEmergency},
                                {"/t/README.md", "not a template"},
                                {"/t/professions/old/ignored.yaml", "not: read"}});
  INFO(listing(loaded.diagnostics));
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.value);
  REQUIRE(loaded.value->size() == 2);
  CHECK((*loaded.value)[0].id == "medecin.cmi");
  CHECK((*loaded.value)[1].id == "medecin.urgences");
}

TEST_CASE("templates: the YAML maps one to one onto model::Template") {
  const auto loaded = load_dir({{"/t/common/commun.yaml", kCommon}, {"/t/professions/medecin.yaml", kPhysician}});
  INFO(listing(loaded.diagnostics));
  REQUIRE(loaded.value);
  const auto& t = by_id(*loaded.value, "medecin.cmi");
  CHECK(t.version == 2);
  CHECK_FALSE(t.abstract);
  CHECK(t.profession.id_en == "physician");
  CHECK(t.profession.label == "médecin");
  CHECK(t.document_kind == "certificat_medical");
  CHECK(t.footer == "Page {page}/{pages}");
  CHECK(t.phrases.at("engagement_verb") == "certifie");
  CHECK(t.required == std::vector<std::string>{"patient.birth_date", "examination.datetime"});
  CHECK(t.chain == std::vector<std::string>{"/t/professions/medecin.yaml", "/t/common/commun.yaml"});
  CHECK(t.where.file == "/t/professions/medecin.yaml");
  const auto& lesions = t.sections[1].blocks[0];
  CHECK(lesions.kind == model::TemplateBlockKind::list);
  CHECK(lesions.each == "lesions");
  CHECK(lesions.as == "lesion");
  CHECK(lesions.empty == "Aucune lésion.");
  CHECK(t.sections.back().blocks[0].kind == model::TemplateBlockKind::signature);
  const auto& when = t.sections[2].blocks[0].when;
  REQUIRE(when.size() == 4);
  CHECK(when[0].variable == "itt.mode");
  CHECK(when[0].op == model::Condition::Op::equals);
  CHECK(when[0].value == "fixed");
  CHECK(when[1].op == model::Condition::Op::absent);
  CHECK(when[1].variable == "facts.place");
  CHECK(when[2].op == model::Condition::Op::present);
  CHECK(when[3].op == model::Condition::Op::not_equals);
  CHECK(when[3].value == "0");
  CHECK(when[0].where.file == "/t/professions/medecin.yaml");
  CHECK(when[0].where.line == 14);
}

TEST_CASE("each_profession: an overlay laid over each profession's template, under the profession's id") {
  const std::string overlay = R"(template: {id: signalement, version: 1, each_profession: true}
document_kind: signalement
title: Signalement
capabilities: {itt: false, blocks: [signalement]}
required: [signalement.route]
sections:
  - {id: itt, remove: true}
  - {id: reserves, remove: true}
)";
  const std::string midwife = R"(template: {id: sage-femme.cmd, version: 1, extends: commun.violences}
profession: {id: sage-femme, id_en: midwife, label: sage-femme}
capabilities: {blocks: [pregnancy]}
)";
  const auto loaded = load_dir({{"/t/common/commun.yaml", kCommon},
                                {"/t/professions/medecin.yaml", kPhysician},
                                {"/t/professions/sage-femme.yaml", midwife},
                                {"/t/medecin-urgences.yaml", kEmergency},
                                {"/t/signalement/signalement.yaml", overlay}});
  INFO(listing(loaded.diagnostics));
  // `reserves` is in no template: an overlay removes what some professions add, without an error.
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.value);
  // medecin.urgences, a variant of the physician's template, gets none of its own: one signalement per profession.
  REQUIRE(loaded.value->size() == 5);
  CHECK(std::count_if(loaded.value->begin(), loaded.value->end(),
                      [](const auto& t) { return t.id == "medecin.signalement"; }) == 1);
  // The profession's blocks and required fields, and the overlay's.
  CHECK(by_id(*loaded.value, "sage-femme.signalement").capabilities.blocks ==
        std::vector<std::string>{"signalement", "pregnancy"});
  CHECK(by_id(*loaded.value, "sage-femme.signalement").required ==
        std::vector<std::string>{"signalement.route", "patient.birth_date", "examination.datetime"});
  const auto& certificate = by_id(*loaded.value, "medecin.cmi");
  const auto& signalement = by_id(*loaded.value, "medecin.signalement");
  CHECK(by_id(*loaded.value, "medecin.urgences").document_kind == "certificat_medical");
  CHECK(by_id(*loaded.value, "medecin.signalement").is_signalement());
  CHECK_FALSE(certificate.is_signalement());
  CHECK(signalement.title == "Signalement");
  CHECK(signalement.profession.id == "medecin");              // the profession's own...
  CHECK(signalement.vocabularies.at("regions").codes().size() == 3);  // ...vocabularies kept
  CHECK_FALSE(signalement.capabilities.itt);
  CHECK(signalement.capabilities.offers("signalement"));
  CHECK(section_ids(signalement) == std::vector<std::string>{"preambule", "constatations", "signature"});
  CHECK(signalement.chain ==
        std::vector<std::string>{"/t/signalement/signalement.yaml", "/t/professions/medecin.yaml", "/t/common/commun.yaml"});
}

TEST_CASE("each_profession: overlays laid after the overlays they extend, in the listed order") {
  const std::string minor = R"(template: {id: mineur, version: 1, each_profession: true}
person: mineur
title: Mineur
phrases: {engagement_verb: atteste}
)";
  const std::string report = R"(template: {id: signalement, version: 1, each_profession: true}
document_kind: signalement
title: Signalement
)";
  const std::string minor_report = R"(template: {id: signalement-mineur, version: 1, each_profession: true, extends: [mineur, signalement]}
subtitle: Mineur
)";
  const auto loaded = load_dir({{"/t/common/commun.yaml", kCommon},
                                {"/t/professions/medecin.yaml", kPhysician},
                                {"/t/o/mineur.yaml", minor},
                                {"/t/o/signalement.yaml", report},
                                {"/t/o/signalement-mineur.yaml", minor_report}});
  INFO(listing(loaded.diagnostics));
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.value);
  const auto& t = by_id(*loaded.value, "medecin.signalement-mineur");
  CHECK(t.for_minor());                        // from the first overlay...
  CHECK(t.phrases.at("engagement_verb") == "atteste");
  CHECK(t.title == "Signalement");             // ...then the second, laid over it
  CHECK(t.is_signalement());
  CHECK(t.subtitle == "Mineur");               // ...then its own
  CHECK(t.chain == std::vector<std::string>{"/t/o/signalement-mineur.yaml", "/t/o/signalement.yaml", "/t/o/mineur.yaml",
                                            "/t/professions/medecin.yaml", "/t/common/commun.yaml"});
}

TEST_CASE("each_profession: overlays that extend each other in a cycle are refused, once") {
  const auto loaded = load_dir(
      {{"/t/common/commun.yaml", kCommon},
       {"/t/professions/medecin.yaml", kPhysician},
       {"/t/a.yaml", "template: {id: a, version: 1, each_profession: true, extends: b}\ntitle: A\n"},
       {"/t/b.yaml", "template: {id: b, version: 1, each_profession: true, extends: [a]}\ntitle: B\n"}});
  CHECK(with_rule(loaded.diagnostics, "T-EXTENDS").size() == 2);  // where each of the two closes the loop
  REQUIRE(loaded.value);
  CHECK(loaded.value->size() == 1);  // the physician's certificate; neither overlay
}

TEST_CASE("each_profession: an overlay extends only overlays and is never abstract") {
  for (const auto* header : {"template: {id: s, version: 1, each_profession: true, extends: commun.violences}\n",
                             "template: {id: s, version: 1, each_profession: true, abstract: true}\n"}) {
    const auto loaded = load_dir({{"/t/common/commun.yaml", kCommon},
                                  {"/t/professions/medecin.yaml", kPhysician},
                                  {"/t/s.yaml", std::string(header) + "title: S\n"}});
    const auto errors = with_rule(loaded.diagnostics, "T-SCHEMA");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0]->location.file == "/t/s.yaml");
    CHECK(errors[0]->location.line == 1);
  }
}

TEST_CASE("extends: mappings merge, scalars and plain lists are the child's") {
  const auto loaded = load_dir({{"/t/common/commun.yaml", kCommon}, {"/t/professions/medecin.yaml", kPhysician}});
  REQUIRE(loaded.value);
  const auto& t = by_id(*loaded.value, "medecin.cmi");
  CHECK(t.title == "Certificat médical initial");      // scalar overridden
  CHECK(t.capabilities.itt);                           // mapping merged key by key...
  CHECK(t.capabilities.compatibility == "forbidden");  // ...the parent's other keys kept
  CHECK(t.header == std::vector<std::string>{"{author.display_name}", "RPPS {author.rpps}"});  // list replaced
  const auto& regions = t.vocabularies.at("regions");
  CHECK(regions.codes() == std::vector<std::string>{"avant_bras", "cou", "bras"});  // entry order kept
  CHECK(regions.find("avant_bras")->form("article") == "l'");
  CHECK(regions.find("cou")->where.file == "/t/common/commun.yaml");
  CHECK(regions.find("bras")->where.file == "/t/professions/medecin.yaml");
}

TEST_CASE("extends: lists of mappings with ids merge by id") {
  const auto loaded = load_dir({{"/t/common/commun.yaml", kCommon}, {"/t/professions/medecin.yaml", kPhysician}});
  REQUIRE(loaded.value);
  const auto& t = by_id(*loaded.value, "medecin.cmi");
  // engagement removed; preambule before constatations; itt after constatations.
  CHECK(section_ids(t) == std::vector<std::string>{"preambule", "constatations", "itt", "signature"});
  const auto& constatations = t.sections[1];
  CHECK(constatations.heading == "Constatations");  // kept from the parent
  REQUIRE(constatations.blocks.size() == 1);
  CHECK(constatations.blocks[0].intro == "L'examen met en évidence :");  // added by the child
  CHECK(constatations.blocks[0].item == "{lesion.type|capitalize}.");    // kept from the parent
  // Positions stay in the file where each value was written.
  CHECK(t.sections[3].where.file == "/t/common/commun.yaml");
  CHECK(t.sections[3].where.line == 27);
  CHECK(t.sections[2].where.file == "/t/professions/medecin.yaml");
}

TEST_CASE("extends: a three-level chain, and several elements after the same one keep their order") {
  const auto loaded = load_dir({{"/t/common/commun.yaml", kCommon},
                                {"/t/professions/medecin.yaml", kPhysician},
                                {"/t/professions/urgences.yaml", kEmergency}});
  INFO(listing(loaded.diagnostics));
  REQUIRE(loaded.value);
  const auto& t = by_id(*loaded.value, "medecin.urgences");
  CHECK(t.chain == std::vector<std::string>{"/t/professions/urgences.yaml", "/t/professions/medecin.yaml",
                                            "/t/common/commun.yaml"});
  CHECK(t.version == 1);  // template: is never inherited
  CHECK(t.subtitle == "Service des urgences");
  CHECK(t.title == "Certificat médical initial");
  CHECK(t.profession.id == "medecin");
  CHECK(section_ids(t) ==
        std::vector<std::string>{"preambule", "constatations", "itt", "suite", "suite2", "signature"});
}

TEST_CASE("extends: cycles and unknown parents are T-EXTENDS") {
  SECTION("a cycle") {
    const auto loaded = load_dir({{"/t/a.yaml", "template: {id: a, version: 1, extends: b}\n"},
                                  {"/t/b.yaml", "template: {id: b, version: 1, extends: a}\n"},
                                  {"/t/c.yaml", "template: {id: c, version: 1, extends: c}\n"}});
    REQUIRE(loaded.value);
    CHECK(loaded.value->empty());
    INFO(listing(loaded.diagnostics));
    const auto cycles = with_rule(loaded.diagnostics, "T-EXTENDS");
    REQUIRE(cycles.size() == 2);
    CHECK(contains(cycles[0]->message_en, "extends cycle a → b → a"));
    CHECK(cycles[0]->message_id == "T-EXTENDS.cycle");
    CHECK(cycles[0]->param("cycle", Language::fr) == "a → b → a");
    CHECK(cycles[0]->message(Language::fr) ==
          "cycle d'extension a → b → a\u202F; un modèle ne peut pas s'étendre lui-même, même indirectement");
    CHECK(cycles[0]->location.file == "/t/b.yaml");
    check_at(cycles[0]->location, 1, 40);
    CHECK(contains(cycles[1]->message_en, "extends cycle c → c"));
    CHECK(loaded.diagnostics.size() == 2);
  }
  SECTION("an unknown parent, with did you mean") {
    const auto loaded = load_dir({{"/t/common/commun.yaml", kCommon},
                                  {"/t/m.yaml", "template: {id: m, version: 1, extends: commun.violence}\n"}});
    const auto& d = only(loaded.diagnostics, "T-EXTENDS");
    CHECK(d.location.file == "/t/m.yaml");
    check_at(d.location, 1, 40);
    CHECK(contains(d.message_en, "did you mean \"commun.violences\""));
    // The catalogue's entry, its parameters, and both languages.
    CHECK(d.message_id == "T-EXTENDS");
    CHECK(d.param("found", Language::en) == "commun.violence");
    CHECK(d.message(Language::fr) == "«\u202Fextends: commun.violence\u202F»\u202F: aucun modèle n'a cet identifiant"
                                     "\u202F; vouliez-vous dire «\u202Fcommun.violences\u202F»\u202F?");
    CHECK(d.message(Language::en) == "\"extends: commun.violence\": no template has this id; did you mean "
                                     "\"commun.violences\"?");
  }
}

TEST_CASE("templates: two files with one id are T-DUPLICATE-ID") {
  const auto loaded = load_dir({{"/t/common/commun.yaml", kCommon}, {"/t/professions/copie.yaml", kCommon}});
  const auto& d = only(loaded.diagnostics, "T-DUPLICATE-ID");
  CHECK(d.location.file == "/t/professions/copie.yaml");
  CHECK(contains(d.message_en, "already defined in /t/common/commun.yaml"));
  CHECK(d.message_id == "T-DUPLICATE-ID.template");
  CHECK(d.param("file", Language::fr) == "/t/common/commun.yaml");
  CHECK(d.message(Language::fr) == "le modèle «\u202Fcommun.violences\u202F» est déjà défini dans "
                                   "/t/common/commun.yaml\u202F; donnez-lui un autre identifiant");
}

TEST_CASE("extends: misplaced directives are T-SCHEMA") {
  const auto loaded = load_dir(
      {{"/t/common/commun.yaml", kCommon}, {"/t/m.yaml", R"(template: {id: m, version: 1, extends: commun.violences}
profession: {id: medecin, id_en: physician, label: médecin}
sections:
  - {id: engagment, remove: true}
  - {id: nouvelle, after: signatur, blocks: [{id: n, text: N.}]}
  - {id: autre, after: engagement, before: signature, blocks: [{id: o, text: O.}]}
)"}});
  INFO(listing(loaded.diagnostics));
  const auto schema = with_rule(loaded.diagnostics, "T-SCHEMA");
  REQUIRE(schema.size() == 3);
  CHECK(contains(schema[0]->message_en,
                 "no element \"engagment\" to remove in the parent template; did you mean "
                 "\"engagement\"?"));
  CHECK(contains(schema[1]->message_en, "did you mean \"signature\""));
  CHECK(contains(schema[2]->message_en, "\"after\" and \"before\" together"));
  REQUIRE(loaded.value);
  CHECK(section_ids(by_id(*loaded.value, "m")) ==
        std::vector<std::string>{"engagement", "autre", "constatations", "signature", "nouvelle"});
}

TEST_CASE("templates: shape errors are T-SCHEMA, with did you mean") {
  const auto loaded = load_dir({{"/t/x.yaml", R"(template: {id: x, version: 1}
profession: {id: medecin, id_en: physician, label: médecin}
document_kind: certificat_medical
title: T
titre: T
required: [patient.birthdate, lesions]
sections:
  - id: s
    blocks:
      - {id: a, kind: paragraf, text: A}
      - {id: b, kind: list, each: lesion, item: "{x}"}
      - {id: c, kind: list, each: lesions}
      - {id: d, text: D, item: "{x}"}
      - {id: e, text: E, when: ["== x"]}
      - {id: e, text: E2}
)"}});
  INFO(listing(loaded.diagnostics));
  const auto schema = with_rule(loaded.diagnostics, "T-SCHEMA");
  const auto has = [&](const std::string& part) { return any_message_has(schema, part); };
  CHECK(has("unknown key \"titre\" at the top level; did you mean \"title\"?"));
  CHECK(has("\"patient.birthdate\" names no findings field; did you mean \"patient.birth_date\"?"));
  CHECK(has("unknown \"sections[0].blocks[0].kind: paragraf\"; did you mean \"paragraph\"?"));
  CHECK(has("unknown \"sections[0].blocks[1].each: lesion\"; did you mean \"lesions\"?"));
  CHECK(has("\"sections[0].blocks[2].item\" is missing"));
  CHECK(has("\"item\" is not used by a \"kind: paragraph\" block"));
  CHECK(has("malformed condition \"== x\""));
  CHECK(schema.size() == 7);
  const auto& duplicate = only(loaded.diagnostics, "T-DUPLICATE-ID");
  CHECK(duplicate.location.line == 15);
  const auto& typo = **std::find_if(schema.begin(), schema.end(),
                                    [](const Diagnostic* d) { return contains(d->message_en, "titre"); });
  check_at(typo.location, 5, 1);
  CHECK(typo.location.file == "/t/x.yaml");
  REQUIRE(loaded.value);
  CHECK(by_id(*loaded.value, "x").required == std::vector<std::string>{"lesions"});
}

TEST_CASE("templates: wording rules, body scopes, a feminine label and a skeleton in parts, merged by id") {
  const std::string common = kCommon + R"(wording:
  - id: R-C-1
    source: HAS 2011
    terms: [suite à, &cause "dû à"]
    patterns: ["consecuti(?:f|ve) a"]
    message_fr: Décrivez.
    message_en: Describe.
  - id: R-A-2
    severity: "off"
    applies_to: quoted
    source: CNOM
    terms: [*cause]
    message_fr: Termes généraux.
    message_en: General terms.
skeleton:
  - {id: debut, text: "medcert: 1\n"}
  - {id: fin, text: "issuance: {}\n"}
)";
  const std::string nurse = R"(template: {id: infirmier.a, version: 1, extends: commun.violences}
profession: {id: infirmier, id_en: nurse, label: infirmier, label_f: infirmière}
capabilities: {body_scope: foot_ankle}
body_scopes:
  foot_ankle: {label: le pied et la cheville, regions: [cou]}
wording:
  - {id: R-A-2, severity: warning}
skeleton:
  - id: auteur
    after: debut
    text: |2
        author: {profession: infirmier}
)";
  const auto loaded = load_dir({{"/t/common/commun.yaml", common}, {"/t/professions/infirmier.yaml", nurse}});
  INFO(listing(loaded.diagnostics));
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.value);
  const auto& t = by_id(*loaded.value, "infirmier.a");
  CHECK(t.profession.label_f == "infirmière");
  CHECK(t.capabilities.body_scope == "foot_ankle");
  CHECK(t.body_scopes.at("foot_ankle").regions == std::vector<std::string>{"cou"});
  CHECK(t.body_scopes.at("foot_ankle").label == "le pied et la cheville");
  REQUIRE(t.wording.size() == 2);
  const auto& causality = t.wording[0];
  CHECK(causality.id == "R-C-1");
  CHECK(causality.severity == "error");
  CHECK(causality.applies_to == "own_text");
  REQUIRE(causality.terms.size() == 2);
  CHECK(causality.terms[1].text == "dû à");
  CHECK(causality.terms[1].where.line == 35);  // kCommon has 31 lines
  CHECK(causality.patterns[0].text == "consecuti(?:f|ve) a");
  CHECK(t.wording[1].severity == "warning");  // the child's, merged into the parent's rule
  CHECK(t.wording[1].applies_to == "quoted");
  CHECK(t.wording[1].terms[0].text == "dû à");  // through a YAML alias
  CHECK(t.skeleton == "medcert: 1\n  author: {profession: infirmier}\nissuance: {}\n");
}

TEST_CASE("templates: wording and body scope shape errors are T-SCHEMA") {
  const auto loaded = load_dir({{"/t/x.yaml", R"(template: {id: x, version: 1}
profession: {id: medecin, id_en: physician, label: médecin}
document_kind: certificat_medical
title: T
capabilities: {body_scope: pied}
vocabularies:
  regions:
    cou: {label: cou}
body_scopes:
  foot: {label: le pied, regions: [coup]}
wording:
  - {id: R-1, severity: fatal, applies_to: quotes, capability: itt_days, source: S, message_fr: F, message_en: E}
sections: [{id: s, blocks: [{id: a, text: A}]}]
)"}});
  INFO(listing(loaded.diagnostics));
  const auto schema = with_rule(loaded.diagnostics, "T-SCHEMA");
  const auto has = [&](const std::string& part) { return any_message_has(schema, part); };
  CHECK(has("unknown \"capabilities.body_scope: pied\"; allowed values: full, foot"));
  CHECK(has("\"coup\" is not a code of the \"regions\" vocabulary; did you mean \"cou\"?"));
  CHECK(has("unknown \"wording[0].severity: fatal\""));
  CHECK(has("unknown \"wording[0].applies_to: quotes\"; did you mean \"quoted\"?"));
  CHECK(has("unknown \"wording[0].capability: itt_days\""));
  CHECK(has("\"wording[0].terms\" is missing"));
  CHECK(schema.size() == 6);
}

TEST_CASE("templates: a typo in a parent is reported once, in the parent's file") {
  auto common = kCommon;
  common.replace(common.find("footer:"), 7, "foter:");
  const auto loaded = load_dir({{"/t/common/commun.yaml", common},
                                {"/t/professions/medecin.yaml", kPhysician},
                                {"/t/professions/urgences.yaml", kEmergency}});
  const auto& d = only(loaded.diagnostics, "T-SCHEMA");
  CHECK(d.location.file == "/t/common/commun.yaml");
  CHECK(d.location.line == 5);
}

TEST_CASE("templates: missing keys and unreadable files") {
  const auto loaded = load_dir({{"/t/a.yaml", "template: {id: a}\nsections: []\n"},
                                {"/t/b.yaml", "title: sans en-tête\n"},
                                {"/t/c.yaml", "template: {id: c, version: 1}\n  bad: indentation\n"},
                                {"/t/d.yaml", ""}});
  INFO(listing(loaded.diagnostics));
  REQUIRE(loaded.value);
  const auto schema = with_rule(loaded.diagnostics, "T-SCHEMA");
  const auto has = [&](const std::string& part) { return any_message_has(schema, part); };
  CHECK(has("\"template.version\" is missing; add for example \"version: 1\""));
  CHECK(has("\"profession.id\" is missing"));
  CHECK(has("\"document_kind\" is missing"));
  CHECK(has("\"sections\" is missing"));
  CHECK(has("the template id is missing"));
  CHECK(with_rule(loaded.diagnostics, "F-SYNTAX").size() == 1);
  CHECK(with_rule(loaded.diagnostics, "F-EMPTY").size() == 1);
}

TEST_CASE("templates: a file above 1 MiB is T-SIZE, refused before it is parsed") {
  const auto loaded =
      load_dir({{"/t/a.yaml", "template: {id: a, version: 1}\n# " + std::string(model::kMaxTemplateBytes, 'x') + "\n"}});
  INFO(listing(loaded.diagnostics));
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(loaded.diagnostics[0].rule == "T-SIZE");
  CHECK(loaded.diagnostics[0].location.file == "/t/a.yaml");
}

TEST_CASE("hostile templates (tests/hostile/templates): exactly the diagnostics of their .expect") {
  namespace fs = std::filesystem;
  const fs::path source(MEDCERT_SOURCE_DIR);
  const auto read = [](const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
  };
  const std::string common = read(source / "templates/commun/violences-majeur.yaml");
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(source / "tests/hostile/templates")) {
    if (entry.path().extension() != ".yaml") continue;
    const std::string file = "/t/professions/" + entry.path().filename().string();
    INFO(file);
    const auto loaded = load_dir({{"/t/commun/violences-majeur.yaml", common}, {file, read(entry.path())}});
    std::vector<std::string> reported, expected;
    for (const auto& d : loaded.diagnostics) {
      CHECK(d.location.file == file);
      const auto at = d.location.line == 0 ? std::string("-")
                                           : std::to_string(d.location.line) + ":" + std::to_string(d.location.column);
      reported.push_back(d.rule + " " + at + (d.severity == Severity::error ? " error" : " warning"));
    }
    std::istringstream lines(read(entry.path().string() + ".expect"));
    for (std::string line; std::getline(lines, line);)
      if (!line.empty() && line[0] != '#') expected.push_back(line);
    std::sort(reported.begin(), reported.end());
    std::sort(expected.begin(), expected.end());
    CHECK(reported == expected);
    ++cases;
  }
  CHECK(cases >= 4);
}

// ---------------------------------------------------------------------------------------------------------------
// Font manifest

TEST_CASE("font manifest: three styles, relative paths against the manifest's folder") {
  MemoryEnvironment env(std::map<std::string, std::string>{{"/data/fonts/manifest.yaml", R"(# comment
fonts:
  regular: {family: Liberation Serif, file: /usr/share/fonts/LiberationSerif-Regular.ttf, package: fonts-liberation2}
  bold: {family: Liberation Serif, file: LiberationSerif-Bold.ttf}
  italic: {family: Liberation Serif, file: ../other/Italic.ttf}
)"}});
  const auto loaded = load::load_font_manifest(env, "/data/fonts/manifest.yaml");
  INFO(listing(loaded.diagnostics));
  REQUIRE(loaded.value);
  CHECK(loaded.diagnostics.empty());
  CHECK(loaded.value->files.at(model::FontStyle::regular) == "/usr/share/fonts/LiberationSerif-Regular.ttf");
  CHECK(loaded.value->files.at(model::FontStyle::bold) == "/data/fonts/LiberationSerif-Bold.ttf");
  CHECK(loaded.value->files.at(model::FontStyle::italic) == "/data/other/Italic.ttf");
  CHECK(loaded.value->families.at(model::FontStyle::bold) == "Liberation Serif");
}

TEST_CASE("font manifest: every style is required, unknown keys are errors") {
  MemoryEnvironment env(std::map<std::string, std::string>{
      {"m.yaml", "fonts:\n  regular: {family: F, file: r.ttf}\n  bolt: {family: F, file: b.ttf}\n"}});
  const auto loaded = load::load_font_manifest(env, "m.yaml");
  INFO(listing(loaded.diagnostics));
  CHECK_FALSE(loaded.value);
  const auto schema = with_rule(loaded.diagnostics, "T-SCHEMA");
  REQUIRE(schema.size() == 3);
  CHECK(contains(schema[0]->message_en, "\"fonts.bold\" is missing"));
  CHECK(contains(schema[1]->message_en, "\"fonts.italic\" is missing"));
  CHECK(contains(schema[2]->message_en, "did you mean \"bold\""));
  check_at(schema[2]->location, 3, 3);
  const auto absent = load::load_font_manifest(env, "nowhere.yaml");
  CHECK_FALSE(absent.value);
  CHECK(absent.diagnostics.size() == 1);
}
