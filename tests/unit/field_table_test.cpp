// SPDX-License-Identifier: Apache-2.0
// The field table (src/model/field_table.hpp) and what derives from it: every row round-trips
// YAML → model → canonical JSON → typed findings → model → JSON; lookups by concrete path.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "api/typed_findings.hpp"
#include "load/load.hpp"
#include "model/field_table.hpp"
#include "pdf/findings_json.hpp"
#include "validate/authored_texts.hpp"

namespace {

using nlohmann::json;
using medcert::OptionalText;

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Whether the JSON holds a value at a table path ("lesions[].size.length_cm": in some element).
bool holds(const json& at, std::string_view path) {
  const auto dot = path.find('.');
  const auto head = path.substr(0, dot);
  const auto rest = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
  const bool list = head.size() > 2 && head.substr(head.size() - 2) == "[]";
  const std::string key(list ? head.substr(0, head.size() - 2) : head);
  if (!at.is_object() || !at.contains(key)) return false;
  if (rest.empty()) return true;
  if (!list) return holds(at[key], rest);
  for (const auto& element : at[key])
    if (holds(element, rest)) return true;
  return false;
}

// The canonical JSON as an EHR's typed object (include/medcert/findings.hpp): what a program holding the
// data would fill in, member by member.
OptionalText text(const json& o, const char* key) {
  return o.contains(key) ? OptionalText(o[key].get<std::string>()) : std::nullopt;
}
std::vector<std::string> texts(const json& o, const char* key) {
  return o.contains(key) ? o[key].get<std::vector<std::string>>() : std::vector<std::string>{};
}
template <class T>
std::optional<T> scalar(const json& o, const char* key) {
  return o.contains(key) ? std::optional<T>(o[key].get<T>()) : std::nullopt;
}
template <class T>
std::optional<T> section(const json& o, const char* key, T (*convert)(const json&)) {
  return o.contains(key) ? std::optional<T>(convert(o[key])) : std::nullopt;
}
template <class T>
std::vector<T> sections(const json& o, const char* key, T (*convert)(const json&)) {
  std::vector<T> out;
  if (o.contains(key))
    for (const auto& item : o[key]) out.push_back(convert(item));
  return out;
}

medcert::FindingsAttendant attendant(const json& o) {
  return {text(o, "kind"),     text(o, "civility"), text(o, "given_name"),          text(o, "family_name"),
          text(o, "language"), text(o, "link"),     text(o, "role"), scalar<bool>(o, "not_implicated")};
}

medcert::FindingsRequisition requisition(const json& r) {
  return {text(r, "authority"),
          section<medcert::FindingsRequisitionOfficer>(r, "officer",
                                                       [](const json& o) {
                                                         return medcert::FindingsRequisitionOfficer{
                                                             text(o, "name"), text(o, "rank"), text(o, "unit")};
                                                       }),
          text(r, "datetime"), text(r, "reference"), text(r, "legal_basis"), scalar<bool>(r, "sworn_expert")};
}

medcert::Findings typed(const json& j) {
  medcert::Findings f;
  f.format = j.at("medcert").get<int>();
  f.template_id = text(j, "template");
  f.author = section<medcert::FindingsAuthor>(j, "author", [](const json& o) {
    return medcert::FindingsAuthor{text(o, "civility"),  text(o, "title"),          text(o, "given_name"),
                                   text(o, "family_name"), text(o, "profession"),   text(o, "specialty"),
                                   text(o, "rpps"),       text(o, "adeli"),          text(o, "ordinal_number"),
                                   text(o, "structure"),  texts(o, "address"),       text(o, "phone"),
                                   text(o, "email"),      text(o, "time_zone")};
  });
  f.patient = section<medcert::FindingsPatient>(j, "patient", [](const json& o) {
    return medcert::FindingsPatient{text(o, "civility"),   text(o, "family_name"), text(o, "birth_name"),
                                    text(o, "given_names"), text(o, "birth_date"),  texts(o, "address"),
                                    text(o, "identity"),    text(o, "identity_document")};
  });
  f.follow_up = section<medcert::FindingsFollowUp>(j, "follow_up", [](const json& o) {
    return medcert::FindingsFollowUp{
        scalar<int>(o, "number"), section<medcert::FindingsInitialDocument>(o, "initial", [](const json& i) {
          return medcert::FindingsInitialDocument{text(i, "datetime"), text(i, "author"), text(i, "rpps"),
                                                  text(i, "sha256"), scalar<int>(i, "itt_days")};
        })};
  });
  f.signalement = section<medcert::FindingsSignalement>(j, "signalement", [](const json& o) {
    return medcert::FindingsSignalement{text(o, "route"),          text(o, "consent"),
                                        text(o, "consent_datetime"), text(o, "informed_datetime"),
                                        text(o, "informed_how"),   text(o, "not_informed_reason"),
                                        text(o, "unable_to_protect"), text(o, "parquet"),
                                        text(o, "safe_contact"),   scalar<bool>(o, "urgent"),
                                        text(o, "phoned_datetime"), text(o, "addressee"),
                                        text(o, "crip"),           scalar<bool>(o, "copy_crip"),
                                        text(o, "parents_informed"), text(o, "parents_not_informed_reason")};
  });
  f.danger_criteria = sections<medcert::FindingsDangerCriterion>(j, "danger_criteria", [](const json& o) {
    return medcert::FindingsDangerCriterion{text(o, "criterion"), text(o, "detail")};
  });
  f.emprise_elements = texts(j, "emprise_elements");
  f.household_children = sections<medcert::FindingsHouseholdChild>(j, "household_children", [](const json& o) {
    return medcert::FindingsHouseholdChild{scalar<int>(o, "age_years"), text(o, "violence")};
  });
  f.accompanying = section<medcert::FindingsAccompanying>(j, "accompanying", [](const json& o) {
    return medcert::FindingsAccompanying{text(o, "status"),      text(o, "civility"), text(o, "given_name"),
                                         text(o, "family_name"), text(o, "link"),     text(o, "contact")};
  });
  f.accompanying_words = texts(j, "accompanying_words");
  f.examination = section<medcert::FindingsExamination>(j, "examination", [](const json& o) {
    return medcert::FindingsExamination{
        text(o, "datetime"), text(o, "place_type"), text(o, "place"), text(o, "request_mode"),
        section<medcert::FindingsRequisition>(o, "requisition", requisition),
        section(o, "legal_representative", attendant), section(o, "interpreter", attendant)};
  });
  f.facts = section<medcert::FindingsFacts>(
      j, "facts", [](const json& o) { return medcert::FindingsFacts{text(o, "datetime"), text(o, "place"), text(o, "place_own_words")};
      });
  f.declarations = texts(j, "declarations");
  f.declarations_statement = text(j, "declarations_statement");
  f.complaints = texts(j, "complaints");
  f.complaints_statement = text(j, "complaints_statement");
  f.care_reason = section<medcert::FindingsCareReason>(j, "care_reason", [](const json& o) {
    return medcert::FindingsCareReason{text(o, "description"), text(o, "region"), text(o, "side")};
  });
  f.prior_state = section<medcert::FindingsPriorState>(j, "prior_state", [](const json& o) {
    return medcert::FindingsPriorState{text(o, "description"), text(o, "source")};
  });
  f.pregnancy = section<medcert::FindingsPregnancy>(j, "pregnancy", [](const json& o) {
    return medcert::FindingsPregnancy{scalar<int>(o, "term_weeks"),      scalar<int>(o, "term_days"),
                                      text(o, "term_basis"),             text(o, "fetal_movements"),
                                      text(o, "fetal_heart"),            text(o, "fetal_heart_method"),
                                      text(o, "obstetric_findings")};
  });
  f.examined_regions = text(j, "examined_regions");
  f.examination_limit = section<medcert::FindingsExaminationLimit>(j, "examination_limit", [](const json& o) {
    return medcert::FindingsExaminationLimit{text(o, "kind"), text(o, "detail")};
  });
  f.lesions = sections<medcert::FindingsLesion>(j, "lesions", [](const json& o) {
    medcert::FindingsLesion l{text(o, "type"), text(o, "region"), text(o, "side"), text(o, "face"),
                              text(o, "location_detail"), text(o, "tooth"), std::nullopt, text(o, "colour"),
                              text(o, "aspect"), text(o, "note"), scalar<int>(o, "count"), text(o, "shape"),
                              text(o, "grouping"), text(o, "prior_comparison")};
    l.size = section<medcert::FindingsLesionSize>(o, "size", [](const json& s) {
      return medcert::FindingsLesionSize{scalar<double>(s, "length_cm"), scalar<double>(s, "width_cm"),
                                         text(s, "measures")};
    });
    l.marker = section<medcert::FindingsMarker>(o, "marker", [](const json& m) {
      return medcert::FindingsMarker{text(m, "view"), scalar<double>(m, "x"), scalar<double>(m, "y")};
    });
    return l;
  });
  f.negative_findings = texts(j, "negative_findings");
  f.psychological_state = text(j, "psychological_state");
  f.psychological_state_statement = text(j, "psychological_state_statement");
  f.functional_impact = text(j, "functional_impact");
  f.functional_impact_statement = text(j, "functional_impact_statement");
  f.complementary_exams = sections<medcert::FindingsComplementaryExam>(j, "complementary_exams", [](const json& o) {
    return medcert::FindingsComplementaryExam{text(o, "exam"), text(o, "result")};
  });
  f.care = section<medcert::FindingsCare>(
      j, "care", [](const json& o) { return medcert::FindingsCare{text(o, "treatment"), text(o, "emergency")}; });
  f.dental_reservations = sections<medcert::FindingsDentalReservation>(j, "dental_reservations", [](const json& o) {
    return medcert::FindingsDentalReservation{text(o, "tooth"), text(o, "kind"), text(o, "detail")};
  });
  f.follow_up_certificate = scalar<bool>(j, "follow_up_certificate");
  f.mission = sections<medcert::FindingsMissionQuestion>(j, "mission", [](const json& o) {
    return medcert::FindingsMissionQuestion{text(o, "question"), text(o, "answer"), scalar<bool>(o, "asks_itt")};
  });
  f.itt = section<medcert::FindingsItt>(j, "itt", [](const json& o) {
    return medcert::FindingsItt{text(o, "mode"), scalar<int>(o, "days"), text(o, "reason"), text(o, "follow_up"),
                                scalar<bool>(o, "psychological_reserve")};
  });
  f.diagram = scalar<bool>(j, "diagram");
  f.photos = sections<medcert::FindingsPhoto>(j, "photos", [](const json& o) {
    return medcert::FindingsPhoto{text(o, "file"),     scalar<int>(o, "lesion"), text(o, "taken"),
                                  text(o, "taken_by"), scalar<bool>(o, "scale"), text(o, "sha256")};
  });
  f.annex_consent = section<medcert::FindingsAnnexConsent>(j, "annex_consent", [](const json& o) {
    return medcert::FindingsAnnexConsent{scalar<bool>(o, "diagram"), scalar<bool>(o, "photos"),
                                         scalar<bool>(o, "genital"), text(o, "date")};
  });
  f.issuance = section<medcert::FindingsIssuance>(j, "issuance", [](const json& o) {
    return medcert::FindingsIssuance{text(o, "datetime"), text(o, "place"), text(o, "recipient"),
                                     text(o, "requested_by")};
  });
  return f;
}

std::string errors_of(const medcert::Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) out += d.rule + " " + d.path + ": " + d.message_en + "\n";
  return out;
}

}  // namespace

TEST_CASE("every row of the field table round-trips: YAML, model, JSON, typed findings, JSON", "[fields]") {
  const auto loaded = medcert::load::load_findings(read(MEDCERT_SOURCE_DIR "/tests/fixtures/fields/every_field.yaml"),
                                                   "every_field.yaml");
  INFO(errors_of(loaded.diagnostics));
  REQUIRE(loaded.value);
  REQUIRE(loaded.diagnostics.empty());
  const std::string first = medcert::pdf::findings_json(*loaded.value);
  const json written = json::parse(first);

  for (const auto& row : medcert::model::field_table()) {
    INFO("the fixture or the JSON writer leaves out " << row.path);
    CHECK(holds(written, row.path));
  }

  const auto again = medcert::api::load_typed(typed(written), "<typed>");
  INFO(errors_of(again.diagnostics));
  REQUIRE(again.value);
  REQUIRE(again.diagnostics.empty());
  CHECK(medcert::pdf::findings_json(*again.value) == first);
}

TEST_CASE("every row of the field table has its typed member, and every typed member its row", "[fields]") {
  const auto typed = medcert::api::typed_paths();
  const std::set<std::string_view> bound(typed.begin(), typed.end());
  CHECK(bound.size() == typed.size());  // no row bound twice
  std::set<std::string_view> rows;
  for (const auto& row : medcert::model::field_table()) {
    INFO(row.path << " has no member in include/medcert/findings.hpp (bind it in src/api/typed_findings.cpp)");
    CHECK(bound.count(row.path) == 1);
    rows.insert(row.path);
  }
  for (const auto path : typed) {
    INFO(path << " is bound in src/api/typed_findings.cpp but is no row of the field table");
    CHECK(rows.count(path) == 1);
  }
}

TEST_CASE("a concrete path finds its row, with its labels and vocabulary", "[fields]") {
  using medcert::model::find_field;
  const auto* size = find_field("findings.lesions[2].size");
  REQUIRE(size);
  CHECK(size->path == "lesions[].size");
  CHECK(size->label_fr == "Taille");
  CHECK(size->label_en == "Size");
  const auto* declaration = find_field("findings.declarations[0]");
  REQUIRE(declaration);
  CHECK(declaration->path == "declarations");
  CHECK(declaration->authorship == medcert::model::Authorship::quoted);
  const auto* region = find_field("lesions[11].region");
  REQUIRE(region);
  CHECK(region->vocabulary == "regions");
  CHECK(find_field("findings.patient.civility")->vocabulary == "civility");
  CHECK(find_field("findings.lesions[0].colours") == nullptr);
  CHECK(find_field("findings.surname") == nullptr);
  CHECK(medcert::model::text_kind("findings.lesions[3].note") == medcert::model::TextKind::paragraph);
  CHECK(medcert::model::text_kind("findings.author.rpps") == medcert::model::TextKind::line);
}

TEST_CASE("the table's rows are unique, described and labelled in both languages", "[fields]") {
  std::set<std::string_view> seen;
  for (const auto& row : medcert::model::field_table()) {
    INFO(row.path);
    CHECK(seen.insert(row.path).second);
    CHECK_FALSE(row.description_fr.empty());
    CHECK_FALSE(row.description_en.empty());
    CHECK_FALSE(row.example.empty());
    CHECK_FALSE(row.label_fr.empty());
    CHECK_FALSE(row.label_en.empty());
    CHECK(row.help_fr.empty() == row.help_en.empty());
    CHECK(row.unit.empty() == row.unit_en.empty());
    const bool coded = row.kind == medcert::model::ValueKind::code;
    CHECK((!coded || !row.vocabulary.empty() || row.path == "author.profession"));  // a profession is a template's
    const bool elements = row.kind == medcert::model::ValueKind::section_list;
    CHECK(elements == !row.items_fr.empty());
    const bool list = elements || row.kind == medcert::model::ValueKind::text_list;
    CHECK(list == !row.item_label_fr.empty());
    CHECK(list == !row.item_label_en.empty());
  }
}

TEST_CASE("who wrote a text comes from the table: own words and the person's words", "[fields]") {
  const auto loaded = medcert::load::load_findings(read(MEDCERT_SOURCE_DIR "/tests/fixtures/fields/every_field.yaml"),
                                                   "every_field.yaml");
  REQUIRE(loaded.value);
  std::vector<std::string> own;
  for (const auto* text : medcert::validate::own_texts(*loaded.value)) own.push_back(text->path);
  CHECK(own == std::vector<std::string>{"findings.signalement.informed_how",
                                        "findings.signalement.not_informed_reason",
                                        "findings.signalement.unable_to_protect",
                                        "findings.signalement.parquet",
                                        "findings.signalement.safe_contact",
                                        "findings.signalement.crip",
                                        "findings.signalement.parents_not_informed_reason",
                                        "findings.danger_criteria[0].detail",
                                        "findings.emprise_elements[0]",
                                        "findings.accompanying.contact",
                                        "findings.examination.place",
                                        "findings.facts.place_own_words",
                                        "findings.care_reason.description",
                                        "findings.prior_state.description",
                                        "findings.pregnancy.fetal_heart_method",
                                        "findings.pregnancy.obstetric_findings",
                                        "findings.examined_regions",
                                        "findings.examination_limit.detail",
                                        "findings.lesions[0].location_detail",
                                        "findings.lesions[0].aspect",
                                        "findings.lesions[0].note",
                                        "findings.negative_findings[0]",
                                        "findings.psychological_state",
                                        "findings.functional_impact",
                                        "findings.complementary_exams[0].exam",
                                        "findings.complementary_exams[0].result",
                                        "findings.care.treatment",
                                        "findings.care.emergency",
                                        "findings.dental_reservations[0].detail",
                                        "findings.mission[0].answer",
                                        "findings.itt.reason",
                                        "findings.itt.follow_up",
                                        "findings.issuance.place"});
  std::vector<std::string> quoted;
  for (const auto* text : medcert::validate::quoted_texts(*loaded.value)) quoted.push_back(text->path);
  CHECK(quoted == std::vector<std::string>{"findings.accompanying_words[0]", "findings.facts.place",
                                           "findings.declarations[0]", "findings.complaints[0]"});
}
