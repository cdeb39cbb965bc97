#include "serve/form_schema.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "model/field_table.hpp"

namespace medcert::serve {
namespace {

using Json = nlohmann::ordered_json;

// The table's row of a findings path ("author.rpps", "lesions[].size.length_cm"): labels and help come
// only from there.
const model::FieldSpec& spec(std::string_view path) { return *model::find_field(path); }

// The schema's vocabulary names → the template's (the form's names are plural; the template's are its own).
const std::vector<std::pair<const char*, const char*>>& vocabulary_names() {
  static const std::vector<std::pair<const char*, const char*>> names = {
      {"civilities", "civility"},         {"identities", "identity"},   {"place_types", "place_types"},
      {"request_modes", "request_modes"}, {"interpreter_kinds", "interpreter_kinds"},
      {"lesion_types", "lesion_types"},   {"regions", "regions"},       {"sides", "sides"},
      {"faces", "faces"},                 {"colours", "colours"},       {"teeth", "teeth"},
      {"recipients", "recipients"},       {"itt_modes", "itt_modes"}};
  return names;
}

// The form's name of the vocabulary a coded field takes its values from.
const char* form_vocabulary(std::string_view template_name) {
  for (const auto& [schema_name, name] : vocabulary_names())
    if (name == template_name) return schema_name;
  return nullptr;
}

// A field as the form shows it: `id_key` names it ("path" for a section's field, "key" for a row's).
Json labelled(const char* id_key, std::string id, const model::FieldSpec& field, const char* kind) {
  Json f = {{id_key, std::move(id)}, {"label", field.label_fr}, {"kind", kind}};
  if (!field.help_fr.empty()) f["help"] = field.help_fr;
  return f;
}

// A field of a plain section, named by its findings path; "required" follows the template's `required:`.
class Fields {
 public:
  explicit Fields(const model::Template& tmpl) : tmpl_(tmpl) {}

  Json field(const std::string& key, const char* kind) const {
    Json f = labelled("path", "findings." + key, spec(key), kind);
    if (std::find(tmpl_.required.begin(), tmpl_.required.end(), key) != tmpl_.required.end()) f["required"] = true;
    return f;
  }
  Json select(const std::string& key) const {
    Json f = field(key, "select");
    f["vocabulary"] = form_vocabulary(spec(key).vocabulary);
    return f;
  }

 private:
  const model::Template& tmpl_;
};

// A field of a row (lesions, exams), named by its key relative to the row ("size.length_cm").
Json row_field(std::string_view path, const char* kind) {
  const auto& field = spec(path);
  Json f = labelled("key", std::string(path.substr(path.find("[].") + 3)), field, kind);
  if (!field.vocabulary.empty()) f["vocabulary"] = form_vocabulary(field.vocabulary);
  return f;
}

// A section of the form: a group of the table, or a single field shown under its own label.
Json section(const char* id, std::string_view path, Json fields) {
  return {{"id", id}, {"label", spec(path).label_fr}, {"fields", std::move(fields)}};
}

// A list of the findings: texts one per line ("list") or mappings one per row ("rows").
Json list_section(const char* id, const char* kind) {
  const auto& field = spec(id);
  Json s = {{"id", id},
            {"label", field.label_fr},
            {"kind", kind},
            {"path", std::string("findings.") + id},
            {"item_label", field.item_label_fr}};
  if (field.kind == model::ValueKind::text_list) s["quoted"] = field.authorship == model::Authorship::quoted;
  if (!field.help_fr.empty()) s["help"] = field.help_fr;
  return s;
}

// The regions the profession examines: all of them, or those of its body scope (and "dents" for teeth).
bool in_scope(const model::Template& tmpl, const std::string& region) {
  const auto scope = tmpl.body_scopes.find(tmpl.capabilities.body_scope);
  if (tmpl.capabilities.body_scope == "full" || scope == tmpl.body_scopes.end()) return true;
  const auto& regions = scope->second.regions;
  return std::find(regions.begin(), regions.end(), region) != regions.end();
}

bool has_vocabulary(const model::Template& tmpl, const char* name) { return tmpl.vocabularies.count(name) != 0; }

Json vocabularies(const model::Template& tmpl) {
  Json all = Json::object();
  for (const auto& [schema_name, template_name] : vocabulary_names()) {
    const auto found = tmpl.vocabularies.find(template_name);
    if (found == tmpl.vocabularies.end()) continue;
    if (std::string(schema_name) == "itt_modes" && !tmpl.capabilities.itt) continue;
    Json entries = Json::array();
    for (const auto& entry : found->second.entries) {
      if (std::string(schema_name) == "regions" && !in_scope(tmpl, entry.code)) continue;
      entries.push_back({{"id", entry.code}, {"label", entry.form("label")}});
    }
    all[schema_name] = std::move(entries);
  }
  return all;
}

Json author_section(const Fields& f, const model::Template& tmpl) {
  // The author is madame or monsieur (the agreement of « soussigné(e) »), never « neutre ».
  Json civility = f.field("author.civility", "select");
  civility["options"] = Json::array();
  const auto vocabulary = tmpl.vocabularies.find("civility");
  for (const char* code : {"madame", "monsieur"})
    if (const auto* entry = vocabulary == tmpl.vocabularies.end() ? nullptr : vocabulary->second.find(code))
      civility["options"].push_back({{"id", code}, {"label", entry->form("label")}});
  Json s = section("author", "author",
                   {civility, f.field("author.title", "text"), f.field("author.given_name", "text"),
                    f.field("author.family_name", "text"), f.field("author.specialty", "text"),
                    f.field("author.rpps", "text"), f.field("author.adeli", "text"),
                    f.field("author.ordinal_number", "text"), f.field("author.structure", "text"),
                    f.field("author.address", "lines"), f.field("author.phone", "text"),
                    f.field("author.email", "text")});
  s["remember"] = true;
  return s;
}

Json rows_section(const char* id, Json fields) {
  Json s = list_section(id, "rows");
  s["fields"] = std::move(fields);
  return s;
}

Json lesions_section(const model::Template& tmpl) {
  Json fields = {row_field("lesions[].type", "select"), row_field("lesions[].region", "select")};
  fields[0]["required"] = true;
  if (has_vocabulary(tmpl, "teeth") && in_scope(tmpl, "dents")) {
    Json tooth = row_field("lesions[].tooth", "select");
    tooth["vocabulary"] = "teeth";  // a dentist picks the tooth by its name
    fields.push_back(std::move(tooth));
  }
  fields.push_back(row_field("lesions[].side", "select"));
  fields.push_back(row_field("lesions[].face", "select"));
  fields.push_back(row_field("lesions[].location_detail", "text"));
  for (const char* path : {"lesions[].size.length_cm", "lesions[].size.width_cm"}) {
    Json size = row_field(path, "number");
    size["unit"] = "cm";
    fields.push_back(std::move(size));
  }
  fields.push_back(row_field("lesions[].colour", "select"));
  fields.push_back(row_field("lesions[].aspect", "text"));
  fields.push_back(row_field("lesions[].note", "text"));
  return rows_section("lesions", std::move(fields));
}

}  // namespace

Json professions_json(const std::vector<model::Template>& templates) {
  Json list = Json::array();
  for (const auto& t : templates)
    list.push_back({{"id", t.profession.id},
                    {"id_en", t.profession.id_en},
                    {"label", t.profession.label},
                    {"template", t.id},
                    {"title", t.title}});
  return {{"professions", std::move(list)}};
}

Json form_schema(const model::Template& tmpl) {
  const Fields f(tmpl);
  const auto& caps = tmpl.capabilities;
  Json sections = Json::array();
  sections.push_back(author_section(f, tmpl));
  sections.push_back(section("patient", "patient",
                             {f.select("patient.civility"), f.field("patient.family_name", "text"),
                              f.field("patient.birth_name", "text"), f.field("patient.given_names", "text"),
                              f.field("patient.birth_date", "date"), f.field("patient.address", "lines"),
                              f.select("patient.identity")}));
  sections.push_back(section(
      "examination", "examination",
      {f.field("examination.datetime", "datetime"), f.select("examination.place_type"),
       f.field("examination.place", "text"), f.select("examination.request_mode"),
       f.field("examination.requisition.authority", "text"), f.field("examination.requisition.reference", "text"),
       f.field("examination.requisition.date", "date"),
       f.field("examination.legal_representative.given_name", "text"),
       f.field("examination.legal_representative.family_name", "text"), f.select("examination.interpreter.kind"),
       f.field("examination.interpreter.given_name", "text"), f.field("examination.interpreter.family_name", "text"),
       f.field("examination.interpreter.language", "text")}));
  Json place = f.field("facts.place", "text");
  place["quoted"] = true;  // her words, printed verbatim like the declarations
  sections.push_back(section("facts", "facts", {f.field("facts.datetime", "datetime"), place}));
  sections.push_back(list_section("declarations", "list"));
  sections.push_back(list_section("complaints", "list"));
  sections.push_back(lesions_section(tmpl));
  sections.push_back(list_section("negative_findings", "list"));
  sections.push_back(
      section("psychological", "psychological_state", {f.field("psychological_state", "textarea")}));
  sections.push_back(section("functional", "functional_impact", {f.field("functional_impact", "textarea")}));
  sections.push_back(rows_section("complementary_exams",
                                  {row_field("complementary_exams[].exam", "text"),
                                   row_field("complementary_exams[].result", "text")}));
  sections.push_back(
      section("follow_up", "follow_up_certificate", {f.field("follow_up_certificate", "checkbox")}));
  if (caps.itt) {
    Json days = f.field("itt.days", "number");
    days["unit"] = "jours";
    sections.push_back(section("itt", "itt", {f.select("itt.mode"), std::move(days)}));
  }
  sections.push_back(section("issuance", "issuance",
                             {f.field("issuance.datetime", "datetime"), f.field("issuance.place", "text"),
                              f.select("issuance.recipient")}));
  return {{"template", tmpl.id},
          {"profession", tmpl.profession.id},
          {"title", tmpl.title},
          {"kind", tmpl.document_kind},
          {"capabilities",
           {{"itt", caps.itt},
            {"diagnosis", caps.diagnosis},
            {"compatibility", caps.compatibility},
            {"body_scope", caps.body_scope}}},
          {"sections", std::move(sections)},
          {"vocabularies", vocabularies(tmpl)}};
}

}  // namespace medcert::serve
