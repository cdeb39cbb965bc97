#include "serve/form_schema.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace medcert::serve {
namespace {

using Json = nlohmann::ordered_json;

// A field of a plain section, named by its findings path; "required" follows the template's `required:`.
class Fields {
 public:
  explicit Fields(const model::Template& tmpl) : tmpl_(tmpl) {}

  Json field(const std::string& key, const char* label, const char* kind, const char* help = nullptr) const {
    Json f = {{"path", "findings." + key}, {"label", label}, {"kind", kind}};
    if (std::find(tmpl_.required.begin(), tmpl_.required.end(), key) != tmpl_.required.end()) f["required"] = true;
    if (help) f["help"] = help;
    return f;
  }
  Json select(const std::string& key, const char* label, const char* vocabulary, const char* help = nullptr) const {
    Json f = field(key, label, "select", help);
    f["vocabulary"] = vocabulary;
    return f;
  }

 private:
  const model::Template& tmpl_;
};

// A field of a row (lesions, exams), named by its key relative to the row.
Json row_field(const char* key, const char* label, const char* kind, const char* extra_key = nullptr,
               const char* extra_value = nullptr) {
  Json f = {{"key", key}, {"label", label}, {"kind", kind}};
  if (extra_key) f[extra_key] = extra_value;
  return f;
}

Json section(const char* id, const char* label, Json fields) {
  return {{"id", id}, {"label", label}, {"fields", std::move(fields)}};
}

Json list_section(const char* id, const char* label, const char* item_label, bool quoted, const char* help) {
  return {{"id", id}, {"label", label},  {"kind", "list"}, {"path", std::string("findings.") + id},
          {"item_label", item_label},      {"quoted", quoted}, {"help", help}};
}

// The regions the profession examines: all of them, or those of its body scope (and "dents" for teeth).
bool in_scope(const model::Template& tmpl, const std::string& region) {
  const auto scope = tmpl.body_scopes.find(tmpl.capabilities.body_scope);
  if (tmpl.capabilities.body_scope == "full" || scope == tmpl.body_scopes.end()) return true;
  const auto& regions = scope->second.regions;
  return std::find(regions.begin(), regions.end(), region) != regions.end();
}

bool has_vocabulary(const model::Template& tmpl, const char* name) { return tmpl.vocabularies.count(name) != 0; }

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
  Json civility = f.field("author.civility", "Civilité", "select", "Accorde «\u202Fsoussigné(e)\u202F».");
  civility["options"] = Json::array();
  const auto vocabulary = tmpl.vocabularies.find("civility");
  for (const char* code : {"madame", "monsieur"})
    if (const auto* entry = vocabulary == tmpl.vocabularies.end() ? nullptr : vocabulary->second.find(code))
      civility["options"].push_back({{"id", code}, {"label", entry->form("label")}});
  Json s = section("author", "Le professionnel",
                   {civility, f.field("author.title", "Titre", "text", "Par exemple\u202F: Docteur."),
                    f.field("author.given_name", "Prénom", "text"), f.field("author.family_name", "Nom", "text"),
                    f.field("author.specialty", "Spécialité", "text"),
                    f.field("author.rpps", "N° RPPS", "text", "11 chiffres\u202F; à défaut, le n° ADELI ou ordinal."),
                    f.field("author.adeli", "N° ADELI", "text"),
                    f.field("author.ordinal_number", "N° d'inscription à l'Ordre", "text"),
                    f.field("author.structure", "Structure d'exercice", "text"),
                    f.field("author.address", "Adresse professionnelle", "lines", "Une ligne par ligne d'adresse."),
                    f.field("author.phone", "Téléphone", "text"), f.field("author.email", "Courriel", "text")});
  s["remember"] = true;
  return s;
}

Json lesions_section(const model::Template& tmpl) {
  Json fields = {row_field("type", "Type", "select", "vocabulary", "lesion_types"),
                 row_field("region", "Région", "select", "vocabulary", "regions")};
  fields[0]["required"] = true;
  fields[1]["help"] = "Obligatoire, sauf pour une dent.";
  if (has_vocabulary(tmpl, "teeth") && in_scope(tmpl, "dents"))
    fields.push_back(row_field("tooth", "Dent (numérotation FDI)", "select", "vocabulary", "teeth"));
  fields.push_back(row_field("side", "Côté", "select", "vocabulary", "sides"));
  fields.push_back(row_field("face", "Face", "select", "vocabulary", "faces"));
  fields.push_back(row_field("location_detail", "Localisation précise", "text", "help", "Par exemple\u202F: à 5 cm sous le pli du coude."));
  fields.push_back(row_field("size.length_cm", "Longueur", "number", "unit", "cm"));
  fields.push_back(row_field("size.width_cm", "Largeur", "number", "unit", "cm"));
  fields.push_back(row_field("colour", "Couleur", "select", "vocabulary", "colours"));
  fields.push_back(row_field("aspect", "Aspect", "text"));
  fields.push_back(row_field("note", "Remarque", "text"));
  return {{"id", "lesions"},       {"label", "Lésions constatées"}, {"kind", "rows"},
          {"path", "findings.lesions"}, {"item_label", "Lésion"},   {"fields", std::move(fields)},
          {"help", "Décrivez ce que vous voyez, sans en dater l'origine ni en nommer l'auteur."}};
}

Json exams_section() {
  return {{"id", "complementary_exams"},
          {"label", "Examens complémentaires"},
          {"kind", "rows"},
          {"path", "findings.complementary_exams"},
          {"item_label", "Examen"},
          {"fields", {row_field("exam", "Examen", "text"), row_field("result", "Résultat", "text")}}};
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
  sections.push_back(section(
      "patient", "La personne examinée",
      {f.select("patient.civility", "Civilité", "civilities"), f.field("patient.family_name", "Nom", "text"),
       f.field("patient.birth_name", "Nom de naissance", "text"), f.field("patient.given_names", "Prénoms", "text"),
       f.field("patient.birth_date", "Date de naissance", "date"),
       f.field("patient.address", "Adresse", "lines", "Une ligne par ligne d'adresse."),
       f.select("patient.identity", "Identité", "identities", "Vérifiée sur pièce, ou déclarée par la personne.")}));
  sections.push_back(section(
      "examination", "L'examen",
      {f.field("examination.datetime", "Date et heure de l'examen", "datetime"),
       f.select("examination.place_type", "Lieu", "place_types"),
       f.field("examination.place", "Précision du lieu", "text", "Obligatoire pour «\u202Fautre lieu\u202F»."),
       f.select("examination.request_mode", "À la demande de", "request_modes"),
       f.field("examination.requisition.authority", "Autorité requérante", "text", "Sur réquisition seulement."),
       f.field("examination.requisition.reference", "Référence de la réquisition", "text"),
       f.field("examination.requisition.date", "Date de la réquisition", "date"),
       f.field("examination.legal_representative.given_name", "Prénom du représentant légal", "text"),
       f.field("examination.legal_representative.family_name", "Nom du représentant légal", "text"),
       f.select("examination.interpreter.kind", "Interprète ou assistant", "interpreter_kinds"),
       f.field("examination.interpreter.given_name", "Prénom de l'interprète", "text"),
       f.field("examination.interpreter.family_name", "Nom de l'interprète", "text"),
       f.field("examination.interpreter.language", "Langue", "text")}));
  Json place = f.field("facts.place", "Lieu des faits (les mots de la personne)", "text");
  place["quoted"] = true;  // her words, printed verbatim like the declarations
  sections.push_back(section(
      "facts", "Les faits, tels que la personne les déclare",
      {f.field("facts.datetime", "Date (et heure) des faits déclarés", "datetime", "La date seule suffit."), place}));
  sections.push_back(list_section("declarations", "Déclarations (les mots de la personne)", "Déclaration", true,
                                  "Écrivez ses mots tels qu'elle les dit\u202F; ils seront cités entre guillemets."));
  sections.push_back(list_section("complaints", "Doléances (les mots de la personne)", "Doléance", true,
                                  "Ce dont la personne se plaint, dans ses mots\u202F; cités entre guillemets."));
  sections.push_back(lesions_section(tmpl));
  sections.push_back(list_section("negative_findings", "Constatations négatives", "Constatation", false,
                                  "Ce que vous avez cherché sans le trouver, dans vos mots."));
  sections.push_back(section("psychological", "État psychologique",
                             {f.field("psychological_state", "État psychologique observé", "textarea",
                                      "Ce que vous observez (pleurs, voix…), sans diagnostic.")}));
  sections.push_back(section("functional", "Retentissement fonctionnel",
                             {f.field("functional_impact", "Retentissement fonctionnel", "textarea")}));
  sections.push_back(exams_section());
  sections.push_back(section("follow_up", "Suite",
                             {f.field("follow_up_certificate", "Un document complémentaire sera établi", "checkbox")}));
  if (caps.itt)
    sections.push_back(section("itt", "Incapacité totale de travail (ITT)",
                               {f.select("itt.mode", "ITT", "itt_modes"),
                                [&f] {
                                  Json days = f.field("itt.days", "Durée", "number", "De 0 à 365 jours.");
                                  days["unit"] = "jours";
                                  return days;
                                }()}));
  sections.push_back(section("issuance", "Établissement du document",
                             {f.field("issuance.datetime", "Date et heure", "datetime"),
                              f.field("issuance.place", "Lieu", "text"),
                              f.select("issuance.recipient", "Remis à", "recipients",
                                       "Jamais à un tiers.")}));
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
