#include "validate/paths.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace medcert::validate {
namespace {

using model::Findings;

// Probes leave `path` to resolve(), which names every field by its table key.
template <class T>
Probe probe(const model::Field<T>& field) {
  return {field.present, field.where, {}};
}

// An empty text says nothing: a required text must have words.
Probe probe(const model::Text& field) { return {field.present && !field.value.empty(), field.where, {}}; }

template <class T>
Probe probe_list(const std::vector<T>& list, Location parent) {
  if (list.empty()) return {false, std::move(parent), {}};
  return {true, list.front().where, {}};
}

template <class T>
Probe probe_section(const std::optional<T>& section, Location parent) {
  if (!section) return {false, std::move(parent), {}};
  return {true, section->where, {}};
}

template <class Section, class Member>
Probe probe_member(const std::optional<Section>& section, Member Section::*member, Location parent) {
  if (!section) return {false, std::move(parent), {}};
  return probe((*section).*member);
}

struct Entry {
  std::string_view path;
  Probe (*probe)(const Findings&);
  FieldDescription description;
};

// Every field a template may require. Examples are formats or codes, never personal data ("…").
const std::array kEntries{
    Entry{"medcert",
          [](const Findings& f) { return probe(f.format); },
          {"la version du format", "the format version", "1"}},
    Entry{"template",
          [](const Findings& f) { return probe(f.template_id); },
          {"l'identifiant du modèle", "the template id", "medecin.cmi-violences-majeur"}},
    Entry{"author.civility",
          [](const Findings& f) { return probe(f.author.civility); },
          {"la civilité de l'auteur", "the author's civility", "madame"}},
    Entry{"author.title",
          [](const Findings& f) { return probe(f.author.title); },
          {"le titre de l'auteur", "the author's title", "Docteur"}},
    Entry{"author.given_name",
          [](const Findings& f) { return probe(f.author.given_name); },
          {"le prénom de l'auteur", "the author's given name", "…"}},
    Entry{"author.family_name",
          [](const Findings& f) { return probe(f.author.family_name); },
          {"le nom de l'auteur", "the author's family name", "…"}},
    Entry{"author.profession",
          [](const Findings& f) { return probe(f.author.profession); },
          {"la profession de l'auteur", "the author's profession", "medecin"}},
    Entry{"author.specialty",
          [](const Findings& f) { return probe(f.author.specialty); },
          {"la spécialité de l'auteur", "the author's specialty", "médecine générale"}},
    Entry{"author.rpps",
          [](const Findings& f) { return probe(f.author.rpps); },
          {"le numéro RPPS de l'auteur (11 chiffres)", "the author's RPPS number (11 digits)", "\"…\""}},
    Entry{"author.adeli",
          [](const Findings& f) { return probe(f.author.adeli); },
          {"le numéro ADELI de l'auteur (9 caractères)", "the author's ADELI number (9 characters)", "\"…\""}},
    Entry{"author.ordinal_number",
          [](const Findings& f) { return probe(f.author.ordinal_number); },
          {"le numéro d'inscription à l'Ordre", "the registration number with the Order", "\"…\""}},
    Entry{"author.structure",
          [](const Findings& f) { return probe(f.author.structure); },
          {"le nom du cabinet ou du service", "the practice or ward name", "…"}},
    Entry{"author.address",
          [](const Findings& f) { return probe_list(f.author.address, f.author.where); },
          {"l'adresse professionnelle de l'auteur", "the author's professional address",
           "[\"n° et rue\", \"code postal et ville\"]"}},
    Entry{"author.phone",
          [](const Findings& f) { return probe(f.author.phone); },
          {"le téléphone de l'auteur", "the author's phone number", "\"…\""}},
    Entry{"author.email",
          [](const Findings& f) { return probe(f.author.email); },
          {"l'adresse électronique de l'auteur", "the author's e-mail address", "…"}},
    Entry{"patient.civility",
          [](const Findings& f) { return probe(f.patient.civility); },
          {"la civilité de la personne examinée", "the examined person's civility", "madame"}},
    Entry{"patient.family_name",
          [](const Findings& f) { return probe(f.patient.family_name); },
          {"le nom de la personne examinée", "the examined person's family name", "…"}},
    Entry{"patient.birth_name",
          [](const Findings& f) { return probe(f.patient.birth_name); },
          {"le nom de naissance de la personne examinée", "the examined person's birth name", "…"}},
    Entry{"patient.given_names",
          [](const Findings& f) { return probe(f.patient.given_names); },
          {"le ou les prénoms de la personne examinée", "the examined person's given names", "…"}},
    Entry{"patient.birth_date",
          [](const Findings& f) { return probe(f.patient.birth_date); },
          {"la date de naissance de la personne examinée (AAAA-MM-JJ)",
           "the examined person's date of birth (YYYY-MM-DD)", "1990-04-12"}},
    Entry{"patient.address",
          [](const Findings& f) { return probe_list(f.patient.address, f.patient.where); },
          {"l'adresse de la personne examinée", "the examined person's address",
           "[\"n° et rue\", \"code postal et ville\"]"}},
    Entry{"patient.identity",
          [](const Findings& f) { return probe(f.patient.identity); },
          {"la façon dont l'identité a été établie (pièce vue ou déclarée)",
           "how the identity was established (document seen or declared)", "verified"}},
    Entry{"examination.datetime",
          [](const Findings& f) { return probe(f.examination.datetime); },
          {"la date et l'heure de l'examen, avec le décalage horaire",
           "the date and time of the examination, with the UTC offset", "2026-11-20T14:30:00+01:00"}},
    Entry{"examination.place_type",
          [](const Findings& f) { return probe(f.examination.place_type); },
          {"le type de lieu de l'examen", "the type of place of the examination", "cabinet"}},
    Entry{"examination.place",
          [](const Findings& f) { return probe(f.examination.place); },
          {"le lieu de l'examen", "the place of the examination", "…"}},
    Entry{"examination.request_mode",
          [](const Findings& f) { return probe(f.examination.request_mode); },
          {"le mode de demande du certificat", "how the certificate was requested", "demande_spontanee"}},
    Entry{"examination.requisition.authority",
          [](const Findings& f) { return probe(f.examination.requisition_authority); },
          {"l'autorité requérante", "the requiring authority", "…"}},
    Entry{"examination.requisition.reference",
          [](const Findings& f) { return probe(f.examination.requisition_reference); },
          {"la référence de la réquisition", "the requisition's reference", "\"…\""}},
    Entry{"examination.requisition.date",
          [](const Findings& f) { return probe(f.examination.requisition_date); },
          {"la date de la réquisition (AAAA-MM-JJ)", "the requisition's date (YYYY-MM-DD)", "2026-11-20"}},
    Entry{"examination.legal_representative",
          [](const Findings& f) { return probe_section(f.examination.legal_representative, f.examination.where); },
          {"le représentant légal présent", "the legal representative present", "{given_name: …, family_name: …}"}},
    Entry{"examination.legal_representative.given_name",
          [](const Findings& f) {
            return probe_member(f.examination.legal_representative, &model::Attendant::given_name, f.examination.where);
          },
          {"le prénom du représentant légal", "the legal representative's given name", "…"}},
    Entry{"examination.legal_representative.family_name",
          [](const Findings& f) {
            return probe_member(f.examination.legal_representative, &model::Attendant::family_name,
                                f.examination.where);
          },
          {"le nom du représentant légal", "the legal representative's family name", "…"}},
    Entry{"examination.interpreter",
          [](const Findings& f) { return probe_section(f.examination.interpreter, f.examination.where); },
          {"l'interprète présent", "the interpreter present",
           "{kind: interprete, given_name: …, family_name: …, language: …}"}},
    Entry{"examination.interpreter.given_name",
          [](const Findings& f) {
            return probe_member(f.examination.interpreter, &model::Attendant::given_name, f.examination.where);
          },
          {"le prénom de l'interprète", "the interpreter's given name", "…"}},
    Entry{"examination.interpreter.family_name",
          [](const Findings& f) {
            return probe_member(f.examination.interpreter, &model::Attendant::family_name, f.examination.where);
          },
          {"le nom de l'interprète", "the interpreter's family name", "…"}},
    Entry{"facts.datetime",
          [](const Findings& f) { return probe(f.facts.datetime); },
          {"la date des faits déclarés", "the date of the declared facts", "2026-11-19T22:00:00+01:00"}},
    Entry{"facts.place",
          [](const Findings& f) { return probe(f.facts.place); },
          {"le lieu des faits, selon la personne", "the place of the facts, as the person says", "…"}},
    Entry{"declarations",
          [](const Findings& f) { return probe_list(f.declarations, f.where); },
          {"les déclarations de la personne, mot pour mot", "the person's declarations, word for word", "[\"…\"]"}},
    Entry{"complaints",
          [](const Findings& f) { return probe_list(f.complaints, f.where); },
          {"les doléances de la personne, mot pour mot", "the person's complaints, word for word", "[\"…\"]"}},
    Entry{"lesions",
          [](const Findings& f) { return probe_list(f.lesions, f.where); },
          {"les lésions constatées", "the lesions observed",
           "[{type: ecchymose, region: bras, side: gauche, size: {length_cm: 3}}]"}},
    Entry{"negative_findings",
          [](const Findings& f) { return probe_list(f.negative_findings, f.where); },
          {"les constatations négatives utiles", "the useful negative findings", "[\"Absence de lésion …\"]"}},
    Entry{
        "psychological_state",
        [](const Findings& f) { return probe(f.psychological_state); },
        {"l'état psychique observé pendant l'examen", "the psychological state observed during the examination", "…"}},
    Entry{"functional_impact",
          [](const Findings& f) { return probe(f.functional_impact); },
          {"le retentissement fonctionnel", "the functional impact", "…"}},
    Entry{"complementary_exams",
          [](const Findings& f) { return probe_list(f.complementary_exams, f.where); },
          {"les examens complémentaires", "the complementary examinations", "[{exam: …, result: …}]"}},
    Entry{"follow_up_certificate",
          [](const Findings& f) { return probe(f.follow_up_certificate); },
          {"l'annonce d'un certificat complémentaire", "whether a follow-up certificate will be written", "false"}},
    Entry{"itt",
          [](const Findings& f) { return probe_section(f.itt, f.where); },
          {"l'ITT", "the ITT", "{mode: fixed, days: 2}"}},
    Entry{"itt.mode",
          [](const Findings& f) { return probe_member(f.itt, &model::Itt::mode, f.where); },
          {"le mode de l'ITT (fixed ou not_determined)", "the ITT mode (fixed or not_determined)", "fixed"}},
    Entry{"itt.days",
          [](const Findings& f) { return probe_member(f.itt, &model::Itt::days, f.where); },
          {"la durée de l'ITT en jours (entier de 0 à 365)", "the ITT in days (an integer from 0 to 365)", "2"}},
    Entry{"issuance.datetime",
          [](const Findings& f) { return probe(f.issuance.datetime); },
          {"la date et l'heure d'établissement du certificat, avec le décalage horaire",
           "the date and time the certificate is written, with the UTC offset", "2026-11-20T15:10:00+01:00"}},
    Entry{"issuance.place",
          [](const Findings& f) { return probe(f.issuance.place); },
          {"le lieu d'établissement du certificat", "the place the certificate is written", "…"}},
    Entry{"issuance.recipient",
          [](const Findings& f) { return probe(f.issuance.recipient); },
          {"le destinataire du certificat", "the certificate's recipient", "patient"}},
};

}  // namespace

std::optional<Resolved> resolve(const Findings& findings, std::string_view path) {
  const auto entry = std::find_if(kEntries.begin(), kEntries.end(), [&](const Entry& e) { return e.path == path; });
  if (entry == kEntries.end()) return std::nullopt;
  Resolved resolved{entry->probe(findings), entry->description};
  resolved.probe.path = "findings." + std::string(path);
  return resolved;
}

}  // namespace medcert::validate
