// SPDX-License-Identifier: Apache-2.0
// The findings format, one row per field: its path, what it holds, who wrote it, its limits, its words for
// the practitioner (French and English) and the model member it fills. Every stage that walks the findings
// walks this table through visit_fields(): the loader, the text checks, the required-field paths, the
// canonical JSON, the form, the JSON Schema and docs/findings-format.md. A new field is one row here
// (docs/architecture.md, "How to add…").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"
#include "model/findings.hpp"
#include "model/limits.hpp"

namespace medcert::model {

/// What a key holds. `group`: a mapping that only gathers keys (author, size); `section`: a mapping the
/// findings have or not (itt, interpreter); `section_list`: a list of mappings (lesions). `lines`: a list of
/// texts that may be written as one text (an address).
enum class ValueKind {
  version,
  text,
  lines,
  text_list,
  code,
  date,
  datetime,
  date_or_datetime,
  integer,
  number,
  boolean,
  group,
  section,
  section_list,
};

/// Who wrote a value's words: the wording rules apply to the professional's own words only; the person's
/// words are printed verbatim inside « »; identifiers are ASCII codes; the rest (names, codes, dates) is
/// data that compose/ prints as it is or computes from. `cited`: a third party's words copied word for word
/// (a réquisition's questions): printed as written, neither the professional's nor the person's.
enum class Authorship { own_words, quoted, identifier, computed, cited };

/// One row of the table. Texts are for people: descriptions complete "Il manque …" / "Missing …"; labels
/// and help are the form's; `doc` adds what docs/findings-format.md says beyond the description.
struct FieldSpec {
  std::string_view path = {};  ///< without "findings.", list elements as "[]": "lesions[].size.length_cm"
  ValueKind kind = ValueKind::text;
  Authorship authorship = Authorship::computed;
  TextKind text_kind = TextKind::line;  ///< texts and lists of texts: their length limit
  std::string_view vocabulary = {};     ///< codes (and a tooth): the template vocabulary of its values
  int min = 0, max = 0;                 ///< integers with a range (max > min)
  std::string_view description_fr = {}, description_en = {}, example = {};
  std::string_view label_fr = {}, label_en = {}, help_fr = {}, help_en = {};
  std::string_view items_fr = {}, items_en = {};  ///< lists of mappings: their elements, plural ("lésions")
  std::string_view item_label_fr = {}, item_label_en = {};  ///< lists: the form's label of one element
  std::string_view unit = {}, unit_en = {};  ///< numbers: the unit the form shows beside the field ("cm")
  bool in_form = true;         ///< false: set by medcert or the profession chosen, not typed in the form
  std::string_view required = "no", rules = {}, doc = {};  ///< docs/findings-format.md's columns
  /// The entry of a template's `capabilities.blocks` that offers this field (pregnancy, dental, care_reason):
  /// another profession's template refuses it (R-SC-2) and its form does not show it. Empty: every template.
  std::string_view block = {};

  /// The key the path ends with: "length_cm", "lesions".
  std::string_view key() const;
  /// Whether a template's `required:` list may name it: neither a top-level section (author, patient…) nor a
  /// list element's key.
  bool requirable() const;
};

/// The table, in document order (the order the loader reads and the documentation lists).
const std::vector<FieldSpec>& field_table();

/// The row of a path, with or without "findings." and with concrete indexes ("findings.lesions[2].size",
/// "findings.declarations[0]": an element of a list of texts is its list's row); null for no field.
const FieldSpec* find_field(std::string_view path);

/// The top-level lists, of texts or of mappings (declarations, lesions…): what a template's list block may
/// go through (`each:`). An address is printed whole, never gone through.
const std::vector<std::string>& list_fields();

/// How compose/ tags a value of this authorship.
Provenance provenance_of(Authorship authorship);

/// What visit_fields() calls. A visitor derives from it and hides what it needs: value(spec, member) for
/// each value (a Field<T> or a std::vector<Text>), group/section/list for each mapping, whose `descend`
/// visits the mapping's own rows (for a list: of one element).
struct FieldVisitor {
  void value(const FieldSpec&, const auto&) {}
  void group(const FieldSpec&, auto&& descend) { descend(); }
  void group(const FieldSpec&, auto& /*located*/, auto&& descend) { descend(); }
  void section(const FieldSpec&, auto& optional, auto&& descend) {
    if (optional) descend(*optional);
  }
  void list(const FieldSpec&, auto& items, auto&& descend) {
    for (auto& item : items) descend(item);
  }
};

/// The table itself: each row with the member it fills. `F` is Findings or const Findings.
template <class Visitor, class F>
void visit_fields(Visitor& v, F& f) {
  using K = ValueKind;
  using A = Authorship;
  constexpr auto paragraph = TextKind::paragraph;
  v.value({.path = "medcert", .kind = K::version, .min = 1, .max = 1,
           .description_fr = "la version du format", .description_en = "the format version", .example = "1",
           .label_fr = "Version du format", .label_en = "Format version", .in_form = false, .required = "yes",
           .rules = "F-VERSION", .doc = "must be `1`"},
          f.format);
  v.value({.path = "template", .description_fr = "l'identifiant du modèle", .description_en = "the template id",
           .example = "medecin.cmi-violences-majeur", .label_fr = "Modèle", .label_en = "Template", .in_form = false,
           .required = "no (default: the template of `author.profession`)", .rules = "F-TEMPLATE"},
          f.template_id);
  v.group({.path = "author", .kind = K::group, .description_fr = "l'auteur du document",
           .description_en = "the professional who writes the document", .example = "{given_name: …, family_name: …}",
           .label_fr = "Le professionnel", .label_en = "The professional", .required = "yes"},
          f.author, [&] {
            auto& a = f.author;
            v.value({.path = "author.civility", .kind = K::code, .vocabulary = "civility",
                     .description_fr = "la civilité de l'auteur", .description_en = "the author's civility",
                     .example = "madame", .label_fr = "Civilité", .label_en = "Civility",
                     .help_fr = "Accorde «\u202Fsoussigné(e)\u202F».", .help_en = "Agrees « soussigné(e) ».",
                     .rules = "R-VOCAB", .doc = "`madame` | `monsieur` (agreement of « soussigné(e) »)"},
                    a.civility);
            v.value({.path = "author.title", .description_fr = "le titre de l'auteur",
                     .description_en = "the author's title", .example = "Docteur", .label_fr = "Titre",
                     .label_en = "Title", .help_fr = "Par exemple\u202F: Docteur.", .help_en = "For example: Docteur."},
                    a.title);
            v.value({.path = "author.given_name", .description_fr = "le prénom de l'auteur",
                     .description_en = "the author's given name", .example = "…", .label_fr = "Prénom",
                     .label_en = "Given name", .required = "yes", .rules = "R-ID-1"},
                    a.given_name);
            v.value({.path = "author.family_name", .description_fr = "le nom de l'auteur",
                     .description_en = "the author's family name", .example = "…", .label_fr = "Nom",
                     .label_en = "Family name", .required = "yes", .rules = "R-ID-1"},
                    a.family_name);
            v.value({.path = "author.profession", .kind = K::code, .description_fr = "la profession de l'auteur",
                     .description_en = "the author's profession", .example = "medecin", .label_fr = "Profession",
                     .label_en = "Profession", .in_form = false, .required = "yes (chooses the template)",
                     .rules = "R-ID-1, R-VOCAB, F-TEMPLATE",
                     .doc = "French or English id: `medecin`/`physician`, `infirmier`/`nurse`, "
                            "`masseur-kinesitherapeute`/`physiotherapist`, `pedicure-podologue`/`podiatrist`, "
                            "`sage-femme`/`midwife`, `chirurgien-dentiste`/`dentist`; or, accents and case aside, "
                            "the label (`médecin`, `infirmière`) or a usual name of the template's `aliases` "
                            "(`kiné`, `kinésithérapeute`, `podologue`, `pédicure`, `dentiste`, `IDE`, `docteur`, "
                            "`maïeuticien`); an unknown name gets a \"did you mean\""},
                    a.profession);
            v.value({.path = "author.specialty", .description_fr = "la spécialité de l'auteur",
                     .description_en = "the author's specialty", .example = "médecine générale",
                     .label_fr = "Spécialité", .label_en = "Specialty"},
                    a.specialty);
            v.value({.path = "author.rpps", .authorship = A::identifier,
                     .description_fr = "le numéro RPPS de l'auteur (11 chiffres)",
                     .description_en = "the author's RPPS number (11 digits)", .example = "\"…\"",
                     .label_fr = "N° RPPS", .label_en = "RPPS number",
                     .help_fr = "11 chiffres\u202F; à défaut, le n° ADELI ou ordinal.",
                     .help_en = "11 digits; otherwise the ADELI or ordinal number.",
                     .required = "one of `rpps`, `adeli`, `ordinal_number` (RPPS preferred)",
                     .rules = "R-ID-2, R-ID-2-KEY", .doc = "11 digits (or 12 with the IDNPS prefix `8`)"},
                    a.rpps);
            v.value({.path = "author.adeli", .authorship = A::identifier,
                     .description_fr = "le numéro ADELI de l'auteur (9 caractères)",
                     .description_en = "the author's ADELI number (9 characters)", .example = "\"…\"",
                     .label_fr = "N° ADELI", .label_en = "ADELI number", .required = "fallback", .rules = "R-ID-2",
                     .doc = "9 characters (département, then 7 digits)"},
                    a.adeli);
            v.value({.path = "author.ordinal_number", .authorship = A::identifier,
                     .description_fr = "le numéro d'inscription à l'Ordre",
                     .description_en = "the registration number with the Order", .example = "\"…\"",
                     .label_fr = "N° d'inscription à l'Ordre", .label_en = "Registration number with the Order",
                     .required = "last fallback", .rules = "R-ID-2"},
                    a.ordinal_number);
            v.value({.path = "author.structure", .description_fr = "le nom du cabinet ou du service",
                     .description_en = "the practice or ward name", .example = "…",
                     .label_fr = "Structure d'exercice", .label_en = "Practice or hospital"},
                    a.structure);
            v.value({.path = "author.address", .kind = K::lines,
                     .description_fr = "l'adresse professionnelle de l'auteur",
                     .description_en = "the author's professional address",
                     .example = "[\"n° et rue\", \"code postal et ville\"]", .label_fr = "Adresse professionnelle",
                     .label_en = "Professional address", .help_fr = "Une ligne par ligne d'adresse.",
                     .help_en = "One line per address line.", .required = "yes", .rules = "R-ID-1"},
                    a.address);
            v.value({.path = "author.phone", .description_fr = "le téléphone de l'auteur",
                     .description_en = "the author's phone number", .example = "\"…\"", .label_fr = "Téléphone",
                     .label_en = "Phone"},
                    a.phone);
            v.value({.path = "author.email", .description_fr = "l'adresse électronique de l'auteur",
                     .description_en = "the author's e-mail address", .example = "…", .label_fr = "Courriel",
                     .label_en = "E-mail"},
                    a.email);
            v.value({.path = "author.time_zone", .authorship = A::identifier,
                     .description_fr = "le fuseau horaire du lieu d'exercice (identifiant IANA)",
                     .description_en = "the time zone of the practice (IANA id)", .example = "Europe/Paris",
                     .label_fr = "Fuseau horaire", .label_en = "Time zone",
                     .help_fr = "Par défaut Europe/Paris ; outre-mer : Indian/Reunion, America/Guadeloupe, "
                                "Indian/Mayotte, America/Cayenne, America/Martinique…",
                     .help_en = "Europe/Paris by default; overseas: Indian/Reunion, America/Guadeloupe, "
                                "Indian/Mayotte, America/Cayenne, America/Martinique…",
                     .required = "no (default: the engine's, Europe/Paris)", .rules = "R-DT-4",
                     .doc = "every date and time is printed in this zone; one written with `Z` or an offset is "
                            "converted, one without is read in it"},
                    a.time_zone);
          });
  v.group({.path = "patient", .kind = K::group, .description_fr = "la personne examinée",
           .description_en = "the person examined", .example = "{family_name: …, given_names: …}",
           .label_fr = "La personne examinée", .label_en = "The person examined", .required = "yes"},
          f.patient, [&] {
            auto& p = f.patient;
            v.value({.path = "patient.civility", .kind = K::code, .vocabulary = "civility",
                     .description_fr = "la civilité de la personne examinée",
                     .description_en = "the examined person's civility", .example = "madame",
                     .label_fr = "Civilité", .label_en = "Civility", .required = "yes", .rules = "R-REQ, R-VOCAB",
                     .doc = "`madame` | `monsieur` | `neutre`"},
                    p.civility);
            v.value({.path = "patient.family_name", .description_fr = "le nom de la personne examinée",
                     .description_en = "the examined person's family name", .example = "…", .label_fr = "Nom",
                     .label_en = "Family name", .required = "yes", .rules = "R-ID-3"},
                    p.family_name);
            v.value({.path = "patient.birth_name", .description_fr = "le nom de naissance de la personne examinée",
                     .description_en = "the examined person's birth name", .example = "…",
                     .label_fr = "Nom de naissance", .label_en = "Birth name"},
                    p.birth_name);
            v.value({.path = "patient.given_names", .description_fr = "le ou les prénoms de la personne examinée",
                     .description_en = "the examined person's given names", .example = "…", .label_fr = "Prénoms",
                     .label_en = "Given names", .required = "yes", .rules = "R-ID-3"},
                    p.given_names);
            v.value({.path = "patient.birth_date", .kind = K::date,
                     .description_fr = "la date de naissance de la personne examinée (AAAA-MM-JJ)",
                     .description_en = "the examined person's date of birth (YYYY-MM-DD)", .example = "1990-04-12",
                     .label_fr = "Date de naissance", .label_en = "Date of birth", .required = "yes",
                     .rules = "F-DATE, R-ID-3, R-MN-1 (adults only), R-DT-3"},
                    p.birth_date);
            v.value({.path = "patient.address", .kind = K::lines,
                     .description_fr = "l'adresse de la personne examinée",
                     .description_en = "the examined person's address",
                     .example = "[\"n° et rue\", \"code postal et ville\"]", .label_fr = "Adresse",
                     .label_en = "Address", .help_fr = "Une ligne par ligne d'adresse.",
                     .help_en = "One line per address line.", .required = "recommended (warning)", .rules = "R-ID-3"},
                    p.address);
            v.value({.path = "patient.identity", .kind = K::code, .vocabulary = "identity",
                     .description_fr = "la façon dont l'identité a été établie (pièce vue ou déclarée)",
                     .description_en = "how the identity was established (document seen or declared)",
                     .example = "verified", .label_fr = "Identité", .label_en = "Identity",
                     .help_fr = "Vérifiée sur pièce, ou déclarée par la personne.",
                     .help_en = "Checked on a document, or declared by the person.", .required = "yes",
                     .rules = "R-REQ, R-VOCAB",
                     .doc = "`verified` (a document was seen) | `declared` (« déclare se nommer »)"},
                    p.identity);
            v.value({.path = "patient.identity_document", .kind = K::code, .vocabulary = "identity_documents",
                     .description_fr = "la pièce d'identité présentée",
                     .description_en = "the identity document shown", .example = "carte_identite",
                     .label_fr = "Pièce d'identité présentée", .label_en = "Identity document shown",
                     .help_fr = "Avec une identité vérifiée : la pièce vue.",
                     .help_en = "With a verified identity: the document seen.",
                     .required = "with `identity: verified`", .rules = "R-ID-4, R-VOCAB",
                     .doc = "`carte_identite` | `passeport` | `titre_sejour` | `permis_conduire` | `autre`"},
                    p.identity_document);
          });
  v.section({.path = "follow_up", .kind = K::section, .description_fr = "la référence au document initial",
             .description_en = "the reference to the initial document",
             .example = "{number: 1, initial: {datetime: 2026-11-19T09:40:00+01:00}}",
             .label_fr = "Document complémentaire", .label_en = "Follow-up document",
             .help_fr = "Seulement si ce document fait suite à un premier document (certificat initial).",
             .help_en = "Only when this document follows a first one (the initial certificate).",
             .required = "no; `number` and `initial.datetime` when present", .rules = "R-FU-1, R-FU-2, R-FU-3",
             .doc = "present: the document is a follow-up (« Certificat médical complémentaire n° 1 »), titled by "
                    "the template's `follow_up_title`; it refers to the initial document after the identity clause"},
            f.follow_up, [&](auto& u) {
              v.value({.path = "follow_up.number", .kind = K::integer, .min = 1, .max = 99,
                       .description_fr = "le numéro du document complémentaire (1, 2…)",
                       .description_en = "the follow-up's number (1, 2…)", .example = "1",
                       .label_fr = "Numéro du document complémentaire", .label_en = "Follow-up number",
                       .help_fr = "1 pour le premier document complémentaire, 2 pour le suivant…",
                       .help_en = "1 for the first follow-up document, 2 for the next…", .required = "yes",
                       .rules = "R-FU-2",
                       .doc = "from 1; unique per initial document, which one file cannot check (R-FU-2)"},
                      u.number);
              v.group({.path = "follow_up.initial", .kind = K::group, .description_fr = "le document initial",
                       .description_en = "the initial document", .example = "{datetime: …, sha256: …}",
                       .label_fr = "Document initial", .label_en = "Initial document",
                       .required = "`datetime`", .rules = "R-FU-1"},
                      u.initial, [&] {
                        auto& i = u.initial;
                        v.value({.path = "follow_up.initial.datetime", .kind = K::date_or_datetime,
                                 .description_fr = "la date de l'examen du document initial",
                                 .description_en = "the date of the initial document's examination",
                                 .example = "2026-11-19T09:40:00+01:00",
                                 .label_fr = "Date (et heure) de l'examen initial",
                                 .label_en = "Date (and time) of the initial examination",
                                 .help_fr = "Telle que le document initial la porte ; l'heure si vous la "
                                            "connaissez.",
                                 .help_en = "As the initial document states it; the time when you know it.",
                                 .required = "yes, with `follow_up`", .rules = "F-DATE, R-FU-1, R-FU-3",
                                 .doc = "a date alone, or a date and time; before this document's examination"},
                                i.datetime);
                        v.value({.path = "follow_up.initial.author",
                                 .description_fr = "l'auteur du document initial",
                                 .description_en = "the initial document's author",
                                 .example = "le Docteur Paul EXEMPLE", .label_fr = "Auteur du document initial",
                                 .label_en = "Author of the initial document",
                                 .help_fr = "Seulement si un autre professionnel l'a établi, tel qu'il se lit après "
                                            "«\u202Fpar\u202F»\u202F: le Docteur Paul EXEMPLE.",
                                 .help_en = "Only when another professional wrote it, as it reads after « par »: "
                                            "le Docteur Paul EXEMPLE.",
                                 .doc = "only when another professional wrote it; printed « par … »: write it as it "
                                        "reads there"},
                                i.author);
                        v.value({.path = "follow_up.initial.rpps", .authorship = A::identifier,
                                 .description_fr = "le numéro RPPS de l'auteur du document initial",
                                 .description_en = "the RPPS number of the initial document's author",
                                 .example = "\"…\"", .label_fr = "N° RPPS de l'auteur initial",
                                 .label_en = "RPPS number of the initial author",
                                 .required = "no; with `author`", .rules = "R-ID-2, R-ID-2-KEY, R-FU-7",
                                 .doc = "11 digits (or 12 with the IDNPS prefix `8`)"},
                                i.rpps);
                        v.value({.path = "follow_up.initial.sha256", .authorship = A::identifier,
                                 .description_fr = "l'empreinte SHA-256 du fichier PDF du document initial",
                                 .description_en = "the SHA-256 digest of the initial document's PDF file",
                                 .example = "\"…\"", .label_fr = "Empreinte SHA-256 du PDF initial",
                                 .label_en = "SHA-256 of the initial PDF",
                                 .help_fr = "64 chiffres hexadécimaux, par exemple donnés par « sha256sum "
                                            "certificat.pdf ».",
                                 .help_en = "64 hexadecimal digits, as « sha256sum certificat.pdf » prints them.",
                                 .rules = "R-FU-5",
                                 .doc = "64 hexadecimal digits (either case); printed whole, in lower case, on a "
                                        "line of its own, as `sha256sum` prints it"},
                                i.sha256);
                        v.value({.path = "follow_up.initial.itt_days", .kind = K::integer, .min = 0, .max = 365,
                                 .description_fr = "l'ITT du document initial, en jours",
                                 .description_en = "the initial document's ITT, in days", .example = "5",
                                 .label_fr = "ITT du certificat initial", .label_en = "ITT of the initial certificate",
                                 .help_fr = "Rappelée à côté de l'ITT réévaluée.",
                                 .help_en = "Recalled beside the revised ITT.", .unit = "jours", .unit_en = "days",
                                 .rules = "F-TYPE, R-FU-6",
                                 .doc = "a template that states an ITT only (physician), recalled beside the "
                                        "revised ITT"},
                                i.itt_days);
                      });
            });
  v.section({.path = "signalement", .kind = K::section, .description_fr = "le signalement au procureur de la République",
             .description_en = "the report to the public prosecutor",
             .example = "{route: danger_emprise, consent: obtenu, parquet: tribunal judiciaire de …}",
             .label_fr = "Signalement au procureur de la République", .label_en = "Report to the public prosecutor",
             .help_fr = "Seulement pour un signalement (article 226-14 du code pénal), jamais pour un certificat.",
             .help_en = "Only for a report to the prosecutor (Code pénal art. 226-14), never for a certificate.",
             .required = "no; for an adult `route` and `consent`; `parquet` for the prosecutor, `crip` for the cell",
             .rules = "R-SIG-1, R-SIG-2, R-SIG-3, R-SIG-4, R-MIN-3, R-MIN-4",
             .doc = "present: the document is the profession's signalement (« Signalement au procureur de la "
                    "République »), addressed to the prosecutor only (docs/signalement.md)",
             .block = "signalement"},
            f.signalement, [&](auto& s) {
              v.value({.path = "signalement.route", .kind = K::code, .vocabulary = "signalement_routes",
                       .description_fr = "le fondement du signalement", .description_en = "the legal route",
                       .example = "danger_emprise", .label_fr = "Fondement", .label_en = "Legal route",
                       .help_fr = "Danger immédiat et emprise (226-14, 3°) ou accord de la personne (226-14, 2°).",
                       .help_en = "Immediate danger and control (226-14, 3°) or the person's consent (226-14, 2°).",
                       .required = "for an adult", .rules = "R-VOCAB, R-SIG-1, R-SIG-3",
                       .doc = "`danger_emprise` (226-14, 3°) | `accord` (226-14, 2°)", .block = "signalement_majeur"},
                      s.route);
              v.value({.path = "signalement.consent", .kind = K::code, .vocabulary = "signalement_consents",
                       .description_fr = "l'accord de la personne", .description_en = "the person's consent",
                       .example = "obtenu", .label_fr = "Accord de la personne", .label_en = "The person's consent",
                       .required = "for an adult", .rules = "R-VOCAB, R-SIG-2, R-SIG-3",
                       .doc = "`obtenu` | `impossible`", .block = "signalement_majeur"},
                      s.consent);
              v.value({.path = "signalement.consent_datetime", .kind = K::date_or_datetime,
                       .description_fr = "la date de son accord", .description_en = "when she agreed",
                       .example = "2026-11-20T15:30:00+01:00", .label_fr = "Date de l'accord",
                       .label_en = "Date of consent", .required = "with `consent: obtenu`",
                       .rules = "F-DATE, R-SIG-2", .block = "signalement_majeur"},
                      s.consent_datetime);
              v.value({.path = "signalement.informed_datetime", .kind = K::date_or_datetime,
                       .description_fr = "la date à laquelle elle a été informée du signalement",
                       .description_en = "when she was told of the report", .example = "2026-11-20T15:30:00+01:00",
                       .label_fr = "Date de son information", .label_en = "Date she was told",
                       .help_fr = "Sans son accord, la loi impose de l'informer du signalement.",
                       .help_en = "Without her consent, the law requires that she be told of the report.",
                       .required = "with `consent: impossible`, or `not_informed_reason`",
                       .rules = "F-DATE, R-SIG-2", .block = "signalement_majeur"},
                      s.informed_datetime);
              v.value({.path = "signalement.informed_how", .authorship = A::own_words,
                       .description_fr = "comment elle en a été informée", .description_en = "how she was told",
                       .example = "oralement, au cours de la consultation", .label_fr = "Comment elle en a été informée",
                       .label_en = "How she was told", .required = "with `informed_datetime`",
                       .rules = "wording rules, R-SIG-2", .block = "signalement_majeur"},
                      s.informed_how);
              v.value({.path = "signalement.not_informed_reason", .authorship = A::own_words,
                       .text_kind = paragraph, .description_fr = "pourquoi elle n'a pas pu en être informée",
                       .description_en = "why she could not be told", .example = "…",
                       .label_fr = "Pourquoi elle n'a pas pu en être informée", .label_en = "Why she could not be told",
                       .rules = "wording rules, R-SIG-2 (a warning)", .block = "signalement_majeur"},
                      s.not_informed_reason);
              v.value({.path = "signalement.unable_to_protect", .authorship = A::own_words, .text_kind = paragraph,
                       .description_fr = "ce qui l'empêche de se protéger (âge, incapacité physique ou psychique)",
                       .description_en = "what prevents her from protecting herself (age, physical or mental incapacity)",
                       .example = "…", .label_fr = "Ce qui l'empêche de se protéger",
                       .label_en = "What prevents her from protecting herself",
                       .help_fr = "Avec le fondement «\u202Faccord\u202F» sans accord : l'âge ou l'incapacité, et en quoi ils "
                                  "l'empêchent de se protéger.",
                       .help_en = "With the « accord » route and no consent: her age or incapacity, and how it "
                                  "prevents her from protecting herself.",
                       .rules = "wording rules, R-SIG-3", .block = "signalement_majeur"},
                      s.unable_to_protect);
              v.value({.path = "signalement.parquet", .authorship = A::own_words,
                       .description_fr = "le tribunal judiciaire du lieu des faits",
                       .description_en = "the tribunal judiciaire of the place of the facts",
                       .example = "tribunal judiciaire de Lyon", .label_fr = "Parquet destinataire",
                       .label_en = "Receiving parquet",
                       .help_fr = "Le tribunal judiciaire du lieu des faits : «\u202Ftribunal judiciaire de …\u202F».",
                       .help_en = "The tribunal judiciaire of the place of the facts: « tribunal judiciaire de … ».",
                       .required = "to the prosecutor", .rules = "R-SIG-4", .block = "signalement"},
                      s.parquet);
              v.value({.path = "signalement.safe_contact", .authorship = A::own_words,
                       .description_fr = "comment la joindre sans la mettre en danger",
                       .description_en = "how to reach her without putting her in danger",
                       .example = "au 06 00 00 00 00, en semaine entre 9 h et 12 h",
                       .label_fr = "La joindre sans danger", .label_en = "Reaching her safely",
                       .rules = "wording rules", .block = "signalement"},
                      s.safe_contact);
              v.value({.path = "signalement.urgent", .kind = K::boolean, .description_fr = "l'urgence",
                       .description_en = "whether it is urgent", .example = "true", .label_fr = "Urgent",
                       .label_en = "Urgent", .block = "signalement"},
                      s.urgent);
              v.value({.path = "signalement.phoned_datetime", .kind = K::datetime,
                       .description_fr = "l'appel téléphonique au parquet", .description_en = "the call to the parquet",
                       .example = "2026-11-20T15:45:00+01:00", .label_fr = "Appel au parquet (date et heure)",
                       .label_en = "Call to the parquet (date and time)",
                       .help_fr = "Quand le parquet a d'abord été avisé par téléphone ; ce document le confirme.",
                       .help_en = "When the parquet was first told by telephone; this document confirms it.",
                       .rules = "F-DATE", .block = "signalement"},
                      s.phoned_datetime);
              v.value({.path = "signalement.addressee", .kind = K::code, .vocabulary = "signalement_addressees",
                       .description_fr = "le destinataire du document", .description_en = "to whom the document goes",
                       .example = "crip", .label_fr = "Destinataire", .label_en = "Addressee",
                       .help_fr = "Pour un mineur : le procureur de la République (danger grave ou immédiat) ou la "
                                  "cellule départementale (information préoccupante).",
                       .help_en = "For a minor: the public prosecutor (serious or immediate danger) or the "
                                  "département's cell (information préoccupante).",
                       .required = "no (default: `procureur`)", .rules = "R-VOCAB, R-SIG-4, R-MIN-3",
                       .doc = "`procureur` | `crip` (a minor only: the information préoccupante)",
                       .block = "signalement"},
                      s.addressee);
              v.value({.path = "signalement.crip", .authorship = A::own_words,
                       .description_fr = "la cellule départementale destinataire (CRIP)",
                       .description_en = "the département's cell (CRIP) it goes to",
                       .example = "conseil départemental du Rhône", .label_fr = "Cellule départementale (CRIP)",
                       .label_en = "Département's cell (CRIP)",
                       .help_fr = "Le département de la CRIP : « conseil départemental de … ».",
                       .help_en = "The CRIP's département: « conseil départemental de … ».",
                       .required = "with `addressee: crip` or `copy_crip`", .rules = "R-MIN-3",
                       .block = "signalement_mineur"},
                      s.crip);
              v.value({.path = "signalement.copy_crip", .kind = K::boolean,
                       .description_fr = "la copie adressée à la cellule départementale (CRIP)",
                       .description_en = "the copy sent to the département's cell (CRIP)", .example = "true",
                       .label_fr = "Copie à la CRIP", .label_en = "Copy to the CRIP",
                       .help_fr = "Le signalement d'un mineur au procureur est aussi adressé en copie à la CRIP.",
                       .help_en = "A minor's signalement to the prosecutor also goes, as a copy, to the CRIP.",
                       .rules = "R-MIN-3 (a warning)", .block = "signalement_mineur"},
                      s.copy_crip);
              v.value({.path = "signalement.parents_informed", .kind = K::code, .vocabulary = "parents_informed",
                       .description_fr = "l'information des titulaires de l'autorité parentale",
                       .description_en = "whether the holders of parental authority were told",
                       .example = "oui", .label_fr = "Titulaires de l'autorité parentale informés",
                       .label_en = "Holders of parental authority told",
                       .help_fr = "Sauf intérêt contraire de l'enfant ; jamais une personne mise en cause.",
                       .help_en = "Unless against the child's interest; never a person implicated.",
                       .rules = "R-VOCAB, R-MIN-4", .doc = "`oui` | `non`", .block = "signalement_mineur"},
                      s.parents_informed);
              v.value({.path = "signalement.parents_not_informed_reason", .authorship = A::own_words,
                       .text_kind = paragraph,
                       .description_fr = "pourquoi les informer serait contraire à l'intérêt de l'enfant",
                       .description_en = "why telling them would be against the child's interest",
                       .example = "…", .label_fr = "Pourquoi ils n'ont pas été informés",
                       .label_en = "Why they were not told", .required = "with `parents_informed: non`",
                       .rules = "wording rules, R-MIN-4", .block = "signalement_mineur"},
                      s.parents_not_informed_reason);
            });
  v.list({.path = "danger_criteria", .kind = K::section_list, .description_fr = "les critères de danger rapportés",
          .description_en = "the criteria of danger she reports", .example = "[{criterion: menaces_de_mort}]",
          .label_fr = "Critères de danger immédiat qu'elle rapporte", .label_en = "Criteria of immediate danger she reports",
          .help_fr = "Ce que la personne rapporte, jamais un fait établi sur un tiers (vade-mecum de 2020).",
          .help_en = "What the person reports, never an established fact about someone (2020 vade-mecum).",
          .items_fr = "critères", .items_en = "criteria", .item_label_fr = "Critère", .item_label_en = "Criterion",
          .rules = "R-SIG-1", .doc = "signalement only; printed as what she reports", .block = "signalement_majeur"},
         f.danger_criteria, [&](auto& c) {
           v.value({.path = "danger_criteria[].criterion", .kind = K::code, .vocabulary = "danger_criteria",
                    .description_fr = "le critère", .description_en = "the criterion", .example = "menaces_de_mort",
                    .label_fr = "Critère", .label_en = "Criterion", .required = "yes", .rules = "R-VOCAB",
                    .block = "signalement_majeur"},
                   c.criterion);
           v.value({.path = "danger_criteria[].detail", .authorship = A::own_words, .text_kind = paragraph,
                    .description_fr = "ce qu'elle en rapporte", .description_en = "what she reports of it",
                    .example = "menaces répétées depuis septembre selon ses dires", .label_fr = "Précision",
                    .label_en = "Detail", .rules = "wording rules", .block = "signalement_majeur"},
                   c.detail);
         });
  v.value({.path = "emprise_elements", .kind = K::text_list, .authorship = A::own_words, .text_kind = paragraph,
           .description_fr = "les éléments d'emprise qu'elle rapporte",
           .description_en = "the elements of control she reports", .example = "[…]",
           .label_fr = "Éléments d'emprise qu'elle rapporte", .label_en = "Elements of control she reports",
           .help_fr = "En texte libre, ce que la personne rapporte (la liste officielle n'est pas encore confirmée).",
           .help_en = "In free text, what the person reports (the official list is not confirmed yet).",
           .item_label_fr = "Élément", .item_label_en = "Element", .rules = "wording rules, R-SIG-1",
           .doc = "signalement only; free text until the vade-mecum's list is confirmed", .block = "signalement_majeur"},
          f.emprise_elements);
  v.list({.path = "household_children", .kind = K::section_list, .description_fr = "les enfants vivant au foyer",
          .description_en = "the children living in the household", .example = "[{age_years: 4}]",
          .label_fr = "Enfants vivant au foyer", .label_en = "Children living in the household",
          .items_fr = "enfants", .items_en = "children", .item_label_fr = "Enfant", .item_label_en = "Child",
          .rules = "R-SIG-7", .doc = "signalement only; as she reports them", .block = "signalement"},
         f.household_children, [&](auto& c) {
           v.value({.path = "household_children[].age_years", .kind = K::integer, .min = 0, .max = 17,
                    .description_fr = "son âge, en années (0 : moins d'un an)",
                    .description_en = "the child's age in years (0: under one year)", .example = "4",
                    .label_fr = "Âge (années)", .label_en = "Age (years)", .unit = "ans", .unit_en = "years",
                    .required = "yes", .rules = "F-TYPE", .block = "signalement"},
                   c.age_years);
           v.value({.path = "household_children[].violence", .kind = K::code, .vocabulary = "child_violence_reports",
                    .description_fr = "des violences envers cet enfant, telles qu'elle les rapporte",
                    .description_en = "violence against this child, as she reports it", .example = "non_rapportees",
                    .label_fr = "Violences envers cet enfant", .label_en = "Violence against this child",
                    .rules = "R-VOCAB, R-SIG-7", .doc = "`rapportees` | `non_rapportees`; absent: not asked",
                    .block = "signalement"},
                   c.violence);
         });
  v.section({.path = "accompanying", .kind = K::section, .description_fr = "qui accompagne l'enfant",
             .description_en = "who came with the child", .example = "{status: majeur, link: parent, …}",
             .label_fr = "Personne accompagnatrice", .label_en = "Accompanying person",
             .help_fr = "Pour un mineur : la personne qui l'accompagne, ou « seul ».",
             .help_en = "For a minor: who came with the child, or « seul » (alone).",
             .required = "for a minor; `status`, and `link` with a person", .rules = "R-MIN-1",
             .doc = "a minor's documents only (HAS model « Accompagné de »)", .block = "mineur"},
            f.accompanying, [&](auto& a) {
              v.value({.path = "accompanying.status", .kind = K::code, .vocabulary = "accompanying_statuses",
                       .description_fr = "si la personne accompagnatrice est majeure ou mineure, ou si l'enfant est venu seul",
                       .description_en = "whether the accompanying person is an adult or a minor, or the child came alone",
                       .example = "majeur", .label_fr = "Accompagnement", .label_en = "Accompanied by",
                       .required = "yes", .rules = "R-VOCAB, R-MIN-1",
                       .doc = "`majeur` | `mineur` | `seul`", .block = "mineur"},
                      a.status);
              v.value({.path = "accompanying.civility", .kind = K::code, .vocabulary = "civility",
                       .description_fr = "la civilité de la personne accompagnatrice",
                       .description_en = "the accompanying person's civility", .example = "madame",
                       .label_fr = "Civilité de la personne accompagnatrice",
                       .label_en = "Accompanying person's civility",
                       .help_fr = "Accorde le lien imprimé : « sa tante », « son oncle ».",
                       .help_en = "Agrees the printed link: “sa tante”, “son oncle”.",
                       .rules = "R-VOCAB", .doc = "`madame` | `monsieur` | `neutre`", .block = "mineur"},
                      a.civility);
              v.value({.path = "accompanying.given_name", .description_fr = "le prénom de la personne accompagnatrice",
                       .description_en = "the accompanying person's given name", .example = "…",
                       .label_fr = "Prénom de la personne accompagnatrice",
                       .label_en = "Accompanying person's given name", .block = "mineur"},
                      a.given_name);
              v.value({.path = "accompanying.family_name", .description_fr = "le nom de la personne accompagnatrice",
                       .description_en = "the accompanying person's family name", .example = "…",
                       .label_fr = "Nom de la personne accompagnatrice",
                       .label_en = "Accompanying person's family name", .block = "mineur"},
                      a.family_name);
              v.value({.path = "accompanying.link", .kind = K::code, .vocabulary = "accompanying_links",
                       .description_fr = "le lien de la personne accompagnatrice avec l'enfant",
                       .description_en = "the accompanying person's link with the child", .example = "parent",
                       .label_fr = "Lien avec l'enfant", .label_en = "Link with the child",
                       .required = "unless `status: seul`", .rules = "R-VOCAB, R-MIN-1", .block = "mineur"},
                      a.link);
              v.value({.path = "accompanying.contact", .authorship = A::own_words,
                       .description_fr = "comment joindre la personne accompagnatrice",
                       .description_en = "how to reach the accompanying person", .example = "au 06 00 00 00 00",
                       .label_fr = "La joindre", .label_en = "How to reach her", .rules = "wording rules",
                       .block = "mineur"},
                      a.contact);
            });
  v.value({.path = "accompanying_words", .kind = K::text_list, .authorship = A::quoted, .text_kind = paragraph,
           .description_fr = "les propos de la personne accompagnatrice, mot pour mot",
           .description_en = "the accompanying person's words, word for word", .example = "[\"…\"]",
           .label_fr = "Propos de la personne accompagnatrice", .label_en = "The accompanying person's words",
           .help_fr = "Ses mots tels qu'elle les dit, cités entre guillemets, à part de ceux de l'enfant (declarations).",
           .help_en = "Her words as she says them, quoted between « », apart from the child's (declarations).",
           .item_label_fr = "Propos", .item_label_en = "Words", .rules = "R-MIN-1",
           .doc = "a minor's documents only; the child's own words are `declarations`", .block = "mineur"},
          f.accompanying_words);
  v.group({.path = "examination", .kind = K::group, .description_fr = "l'examen",
           .description_en = "when, where and why the person was examined", .example = "{datetime: …, place_type: …}",
           .label_fr = "L'examen", .label_en = "The examination", .required = "yes"},
          f.examination, [&] {
            auto& x = f.examination;
            v.value({.path = "examination.datetime", .kind = K::datetime,
                     .description_fr = "la date et l'heure de l'examen",
                     .description_en = "the date and time of the examination",
                     .example = "2026-11-20T14:30:00+01:00", .label_fr = "Date et heure de l'examen",
                     .label_en = "Date and time of the examination", .required = "yes",
                     .rules = "F-DATE, R-DT-1, R-DT-3"},
                    x.datetime);
            v.value({.path = "examination.place_type", .kind = K::code, .vocabulary = "place_types",
                     .description_fr = "le type de lieu de l'examen",
                     .description_en = "the type of place of the examination", .example = "cabinet",
                     .label_fr = "Lieu", .label_en = "Place", .required = "yes", .rules = "R-DT-1, R-VOCAB",
                     .doc = "`cabinet` | `service_hospitalier` | `domicile` | `autre`"},
                    x.place_type);
            v.value({.path = "examination.place", .authorship = A::own_words,
                     .description_fr = "le lieu de l'examen", .description_en = "the place of the examination",
                     .example = "…", .label_fr = "Précision du lieu", .label_en = "Place in words",
                     .help_fr = "Obligatoire pour «\u202Fautre lieu\u202F».", .help_en = "Required for “other place”.",
                     .required = "with `place_type: autre`", .rules = "R-DT-1"},
                    x.place);
            v.value({.path = "examination.request_mode", .kind = K::code, .vocabulary = "request_modes",
                     .description_fr = "le mode de demande de l'examen",
                     .description_en = "how the examination was requested", .example = "demande_spontanee",
                     .label_fr = "À la demande de", .label_en = "Requested by", .required = "yes",
                     .rules = "R-REQ, R-VOCAB", .doc = "`demande_spontanee` | `requisition`"},
                    x.request_mode);
            v.group({.path = "examination.requisition", .kind = K::group, .description_fr = "la réquisition",
                     .description_en = "the requisition",
                     .example = "{authority: …, officer: {name: …, rank: …}, datetime: …}",
                     .label_fr = "Réquisition", .label_en = "Requisition",
                     .required = "with `request_mode: requisition`: authority, officer's name and rank, datetime",
                     .rules = "R-DL-3, R-RQ-1"},
                    [&] {
                      auto& r = x.requisition;
                      v.value({.path = "examination.requisition.authority",
                               .description_fr = "l'autorité requérante", .description_en = "the requiring authority",
                               .example = "…", .label_fr = "Autorité requérante", .label_en = "Requiring authority",
                               .help_fr = "Sur réquisition seulement.", .help_en = "On requisition only.",
                               .rules = "R-DL-3"},
                              r.authority);
                      v.group({.path = "examination.requisition.officer", .kind = K::group,
                               .description_fr = "le requérant", .description_en = "the requiring officer",
                               .example = "{name: …, rank: …, unit: …}", .label_fr = "Requérant",
                               .label_en = "Requiring officer", .required = "on requisition: name and rank",
                               .rules = "R-RQ-1"},
                              [&] {
                                v.value({.path = "examination.requisition.officer.name",
                                         .description_fr = "le nom du requérant",
                                         .description_en = "the requiring officer's name", .example = "…",
                                         .label_fr = "Nom du requérant", .label_en = "Requiring officer's name",
                                         .help_fr = "Prénom et nom, tels que sur la réquisition.",
                                         .help_en = "Given and family names, as on the requisition.",
                                         .required = "on requisition", .rules = "R-RQ-1"},
                                        r.officer.name);
                                v.value({.path = "examination.requisition.officer.rank",
                                         .description_fr = "la qualité du requérant",
                                         .description_en = "the requiring officer's rank or function",
                                         .example = "capitaine de police, officier de police judiciaire",
                                         .label_fr = "Grade et qualité du requérant",
                                         .label_en = "Requiring officer's rank",
                                         .help_fr = "Par exemple : capitaine de police, officier de police judiciaire.",
                                         .help_en = "For example: capitaine de police, officier de police judiciaire.",
                                         .required = "on requisition", .rules = "R-RQ-1"},
                                        r.officer.rank);
                                v.value({.path = "examination.requisition.officer.unit",
                                         .description_fr = "le service du requérant",
                                         .description_en = "the requiring officer's unit", .example = "…",
                                         .label_fr = "Service du requérant", .label_en = "Requiring officer's unit"},
                                        r.officer.unit);
                              });
                      v.value({.path = "examination.requisition.datetime", .kind = K::date_or_datetime,
                               .description_fr = "la date et l'heure de la réquisition",
                               .description_en = "the requisition's date and time",
                               .example = "2026-11-17T15:10:00+01:00", .label_fr = "Date et heure de la réquisition",
                               .label_en = "Date and time of the requisition",
                               .help_fr = "L'heure est obligatoire.", .help_en = "The time is required.",
                               .required = "on requisition, with the time", .rules = "F-DATE, R-RQ-1, R-DT-3",
                               .doc = "a date alone is refused (R-RQ-1): the réquisition is dated and timed"},
                              r.datetime);
                      v.value({.path = "examination.requisition.reference",
                               .description_fr = "la référence de la réquisition",
                               .description_en = "the requisition's reference", .example = "\"…\"",
                               .label_fr = "Référence de la réquisition", .label_en = "Requisition reference",
                               .help_fr = "Numéro de procédure ou de procès-verbal.",
                               .help_en = "Procedure or report number."},
                              r.reference);
                      v.value({.path = "examination.requisition.legal_basis",
                               .description_fr = "le fondement juridique de la réquisition",
                               .description_en = "the requisition's legal basis",
                               .example = "article 77-1 du code de procédure pénale",
                               .label_fr = "Fondement juridique", .label_en = "Legal basis",
                               .help_fr = "Les articles que cite la réquisition ; à défaut, ceux du modèle.",
                               .help_en = "The articles the requisition cites; otherwise the template's.",
                               .required = "no (default: the template's `requisition_legal_basis` phrase)",
                               .doc = "printed « Fondement juridique : … »; overrides the template's wording of "
                                      "the code de procédure pénale's articles (renumbered in 2029)"},
                              r.legal_basis);
                      v.value({.path = "examination.requisition.sworn_expert", .kind = K::boolean,
                               .description_fr = "l'inscription sur une liste d'experts",
                               .description_en = "whether the author is a sworn expert (on an expert list)",
                               .example = "false", .label_fr = "Expert inscrit sur une liste",
                               .label_en = "Sworn expert (on an expert list)",
                               .help_fr = "Sinon, le serment écrit est imprimé en tête du document.",
                               .help_en = "Otherwise, the written oath is printed at the head of the document.",
                               .required = "no (default: false, the oath is printed)",
                               .doc = "`false` or absent: the written oath of art. 60 CPP heads the document; "
                                      "`true`: omitted"},
                              r.sworn_expert);
                    });
            v.section({.path = "examination.legal_representative", .kind = K::section,
                       .description_fr = "le représentant légal présent",
                       .description_en = "the legal representative present",
                       .example = "{civility: …, given_name: …, family_name: …, role: tutelle, not_implicated: true}",
                       .label_fr = "Représentant légal",
                       .label_en = "Legal representative",
                       .required = "no; civility, both names and role when present",
                       .rules = "R-REQ, R-DL-2, R-DL-5, R-DL-6"},
                      x.legal_representative, [&](auto& r) {
                        v.value({.path = "examination.legal_representative.civility", .kind = K::code,
                                 .vocabulary = "civility", .description_fr = "la civilité du représentant légal",
                                 .description_en = "the legal representative's civility", .example = "madame",
                                 .label_fr = "Civilité du représentant légal",
                                 .label_en = "Legal representative's civility",
                                 .help_fr = "Accorde la mesure imprimée\u202F: «\u202Fsa curatrice\u202F», «\u202Fson tuteur\u202F».",
                                 .help_en = "Agrees the printed role: “sa curatrice”, “son tuteur”.",
                                 .required = "with a legal representative", .rules = "R-REQ, R-VOCAB",
                                 .doc = "`madame` | `monsieur` | `neutre`"},
                                r.civility);
                        v.value({.path = "examination.legal_representative.given_name",
                                 .description_fr = "le prénom du représentant légal",
                                 .description_en = "the legal representative's given name", .example = "…",
                                 .label_fr = "Prénom du représentant légal",
                                 .label_en = "Legal representative's given name"},
                                r.given_name);
                        v.value({.path = "examination.legal_representative.family_name",
                                 .description_fr = "le nom du représentant légal",
                                 .description_en = "the legal representative's family name", .example = "…",
                                 .label_fr = "Nom du représentant légal",
                                 .label_en = "Legal representative's family name"},
                                r.family_name);
                        v.value({.path = "examination.legal_representative.role", .kind = K::code,
                                 .vocabulary = "legal_representative_roles",
                                 .description_fr = "la mesure de protection du représentant légal",
                                 .description_en = "the legal representative's protection measure",
                                 .example = "tutelle", .label_fr = "Mesure de protection",
                                 .label_en = "Protection measure",
                                 .help_fr = "Sous curatelle ou habilitation d'assistance, la personne reçoit elle-même le certificat.",
                                 .help_en = "Under curatelle or an assistance habilitation, the person receives the certificate herself.",
                                 .required = "with a legal representative", .rules = "R-REQ, R-VOCAB, R-DL-6",
                                 .doc = "`tutelle` | `curatelle` | `habilitation_representation` | "
                                        "`habilitation_assistance` | `mandat_protection_future`"},
                                r.role);
                        v.value({.path = "examination.legal_representative.not_implicated", .kind = K::boolean,
                                 .description_fr = "la confirmation que le représentant légal n'est pas mis en cause dans les faits",
                                 .description_en = "the confirmation that the legal representative is not implicated in the facts",
                                 .example = "true", .label_fr = "Non mis en cause dans les faits",
                                 .label_en = "Not implicated in the facts",
                                 .help_fr = "À cocher seulement s'il n'est pas mis en cause\u202F: sans cela, le certificat ne lui est pas remis.",
                                 .help_en = "Tick only if not implicated: otherwise the certificate is not handed to them.",
                                 .required = "`true` to hand the certificate to the representative", .rules = "R-DL-5"},
                                r.not_implicated);
                      });
            v.section({.path = "examination.interpreter", .kind = K::section,
                       .description_fr = "l'interprète présent", .description_en = "the interpreter present",
                       .example = "{kind: interprete, civility: …, given_name: …, family_name: …, language: arabe, link: aucun}",
                       .label_fr = "Interprète", .label_en = "Interpreter",
                       .required = "no; kind and both names when present", .rules = "R-REQ, R-IN-1"},
                      x.interpreter, [&](auto& i) {
                        v.value({.path = "examination.interpreter.kind", .kind = K::code,
                                 .vocabulary = "interpreter_kinds", .description_fr = "le type d'interprète",
                                 .description_en = "the kind of interpreter", .example = "interprete",
                                 .label_fr = "Interprète ou assistant", .label_en = "Interpreter or assistant",
                                 .required = "with an interpreter", .rules = "R-REQ, R-VOCAB",
                                 .doc = "`interprete` (professional) | `assistant_communication` | `non_professionnel`"},
                                i.kind);
                        v.value({.path = "examination.interpreter.civility", .kind = K::code, .vocabulary = "civility",
                                 .description_fr = "la civilité de l'interprète",
                                 .description_en = "the interpreter's civility", .example = "madame",
                                 .label_fr = "Civilité de l'interprète", .label_en = "Interpreter's civility",
                                 .rules = "R-VOCAB", .doc = "`madame` | `monsieur` | `neutre`; agrees « interprète professionnelle »"},
                                i.civility);
                        v.value({.path = "examination.interpreter.given_name",
                                 .description_fr = "le prénom de l'interprète",
                                 .description_en = "the interpreter's given name", .example = "…",
                                 .label_fr = "Prénom de l'interprète", .label_en = "Interpreter's given name"},
                                i.given_name);
                        v.value({.path = "examination.interpreter.family_name",
                                 .description_fr = "le nom de l'interprète",
                                 .description_en = "the interpreter's family name", .example = "…",
                                 .label_fr = "Nom de l'interprète", .label_en = "Interpreter's family name"},
                                i.family_name);
                        v.value({.path = "examination.interpreter.language",
                                 .description_fr = "la langue de l'interprète",
                                 .description_en = "the interpreter's language", .example = "arabe",
                                 .label_fr = "Langue", .label_en = "Language",
                                 .help_fr = "Imprimée après «\u202Fen langue\u202F»\u202F: arabe, des signes française (LSF).",
                                 .help_en = "Printed after “en langue”: arabe, des signes française (LSF).",
                                 .doc = "printed after « en langue »: `arabe`, `des signes française (LSF)`"},
                                i.language);
                        v.value({.path = "examination.interpreter.link", .kind = K::code,
                                 .vocabulary = "interpreter_links", .description_fr = "le lien de l'interprète avec la personne",
                                 .description_en = "the interpreter's link to the person", .example = "aucun",
                                 .label_fr = "Lien avec la personne examinée", .label_en = "Link to the person examined",
                                 .help_fr = "Un conjoint ou un proche peut filtrer ses propos\u202F: le certificat le dit.",
                                 .help_en = "A partner or a relative may filter her words: the certificate says so.",
                                 .rules = "R-VOCAB, R-IN-1",
                                 .doc = "`aucun` | `conjoint` | `ex_conjoint` | `famille` | `ami` | `autre`"},
                                i.link);
                      });
          });
  v.group({.path = "facts", .kind = K::group, .description_fr = "les faits, tels que la personne les déclare",
           .description_en = "the facts as the person declares them (never asserted)", .example = "{datetime: …}",
           .label_fr = "Les faits, tels que la personne les déclare", .label_en = "The facts, as the person declares them"},
          f.facts, [&] {
            v.value({.path = "facts.datetime", .kind = K::date_or_datetime,
                     .description_fr = "la date des faits déclarés", .description_en = "the date of the declared facts",
                     .example = "2026-11-19T22:00:00+01:00", .label_fr = "Date (et heure) des faits déclarés",
                     .label_en = "Date (and time) of the declared facts", .help_fr = "La date seule suffit.",
                     .help_en = "The date alone is enough.", .rules = "F-DATE, R-DT-3"},
                    f.facts.datetime);
            v.value({.path = "facts.place", .authorship = A::quoted,
                     .description_fr = "le lieu des faits, selon la personne",
                     .description_en = "the place of the facts, as the person says", .example = "…",
                     .label_fr = "Lieu des faits (les mots de la personne)",
                     .label_en = "Place of the facts (the person's words)"},
                    f.facts.place);
            v.value({.path = "facts.place_own_words", .authorship = A::own_words,
                     .description_fr = "le lieu des faits, dans vos propres mots",
                     .description_en = "the place of the facts, in your own words", .example = "…",
                     .label_fr = "Lieu des faits (vos mots)", .label_en = "Place of the facts (your words)",
                     .help_fr = "Sans guillemets ; à la place des mots de la personne, pas en plus.",
                     .help_en = "No guillemets; instead of the person's words, not besides them.",
                     .rules = "R-FA-1, wording rules"},
                    f.facts.place_own_words);
          });
  v.value({.path = "declarations", .kind = K::text_list, .authorship = A::quoted, .text_kind = paragraph,
           .description_fr = "les déclarations de la personne, mot pour mot",
           .description_en = "the person's declarations, word for word", .example = "[\"…\"]",
           .label_fr = "Déclarations (les mots de la personne)", .label_en = "Declarations (the person's words)",
           .help_fr = "Écrivez ses mots tels qu'elle les dit\u202F; ils seront cités entre guillemets.",
           .help_en = "Write her words as she says them; they are quoted between « ».",
           .item_label_fr = "Déclaration", .item_label_en = "Declaration"},
          f.declarations);
  v.value({.path = "declarations_statement", .kind = K::code, .vocabulary = "declaration_statements",
           .description_fr = "ce que le document dit quand la personne ne relate pas les faits",
           .description_en = "what the document says when the person does not relate the facts",
           .example = "ne_souhaite_pas", .label_fr = "Sans déclaration", .label_en = "No declaration",
           .help_fr = "Si la personne n'a pas souhaité, ou pas pu, relater les faits.",
           .help_en = "When the person did not wish to, or could not, relate the facts.",
           .required = "`declarations` or this (R-SI-1)", .rules = "R-VOCAB, R-SI-1, R-SI-7",
           .doc = "`ne_souhaite_pas` | `ne_peut_pas`; never with `declarations`"},
          f.declarations_statement);
  v.value({.path = "complaints", .kind = K::text_list, .authorship = A::quoted, .text_kind = paragraph,
           .description_fr = "les doléances de la personne, mot pour mot",
           .description_en = "the person's complaints, word for word", .example = "[\"…\"]",
           .label_fr = "Doléances (les mots de la personne)", .label_en = "Complaints (the person's words)",
           .help_fr = "Ce dont la personne se plaint, dans ses mots\u202F; cités entre guillemets.",
           .help_en = "What the person complains of, in her words; quoted between « ».",
           .item_label_fr = "Doléance", .item_label_en = "Complaint"},
          f.complaints);
  v.value({.path = "complaints_statement", .kind = K::code, .vocabulary = "complaint_statements",
           .description_fr = "ce que le document dit quand la personne n'exprime pas de doléance",
           .description_en = "what the document says when the person expresses no complaint",
           .example = "aucune", .label_fr = "Sans doléance", .label_en = "No complaint",
           .help_fr = "Si la personne n'exprime aucune doléance, ou si elles n'ont pas pu être recueillies.",
           .help_en = "When the person expresses no complaint, or they could not be collected.",
           .required = "`complaints` or this (R-SI-2)", .rules = "R-VOCAB, R-SI-2, R-SI-7",
           .doc = "`aucune` | `non_recueillies`; never with `complaints`"},
          f.complaints_statement);
  v.section({.path = "care_reason", .kind = K::section, .description_fr = "le motif de la prise en charge en cours",
             .description_en = "why the person is followed (the care under way)",
             .example = "{description: …, region: epaule, side: gauche}", .label_fr = "Motif de prise en charge",
             .label_en = "Reason for care", .required = "no; `description` when present",
             .rules = "R-SC-2, R-AN-2", .doc = "physiotherapist, podiatrist (`capabilities.blocks: [care_reason]`)",
             .block = "care_reason"},
            f.care_reason, [&](auto& c) {
              v.value({.path = "care_reason.description", .authorship = A::own_words, .text_kind = paragraph,
                       .description_fr = "le motif de la prise en charge",
                       .description_en = "the reason the person is followed",
                       .example = "rééducation de l'épaule gauche après une fracture de l'humérus en 2026",
                       .label_fr = "Motif de prise en charge", .label_en = "Reason for care",
                       .help_fr = "Pourquoi la personne est suivie, dans vos mots.",
                       .help_en = "Why the person is followed, in your words.", .required = "yes",
                       .rules = "R-REQ, wording rules", .block = "care_reason"},
                      c.description);
              v.value({.path = "care_reason.region", .kind = K::code, .vocabulary = "regions",
                       .description_fr = "la région traitée", .description_en = "the region treated",
                       .example = "epaule", .label_fr = "Région traitée", .label_en = "Region treated",
                       .help_fr = "Un déficit constaté dans cette région dira s'il préexistait.",
                       .help_en = "A deficit found in this region will say whether it pre-existed.",
                       .rules = "R-VOCAB, R-AN-2", .doc = "compared with the region of each deficit (R-AN-2)",
                       .block = "care_reason"},
                      c.region);
              v.value({.path = "care_reason.side", .kind = K::code, .vocabulary = "sides",
                       .description_fr = "le côté traité", .description_en = "the side treated", .example = "gauche",
                       .label_fr = "Côté traité", .label_en = "Side treated", .rules = "R-VOCAB, R-AN-2",
                       .block = "care_reason"},
                      c.side);
            });
  v.group({.path = "prior_state", .kind = K::group, .description_fr = "l'état antérieur",
           .description_en = "the prior state", .example = "{description: …, source: declare}",
           .label_fr = "État antérieur", .label_en = "Prior state"},
          [&] {
            v.value({.path = "prior_state.description", .authorship = A::own_words, .text_kind = paragraph,
                     .description_fr = "l'état antérieur aux faits", .description_en = "the state before the facts",
                     .example = "entorse de la cheville gauche en 2024, sans séquelle", .label_fr = "État antérieur",
                     .label_en = "Prior state",
                     .help_fr = "Antécédents utiles à la lecture des constatations, dans vos mots.",
                     .help_en = "History that matters for reading the findings, in your words.",
                     .rules = "wording rules, R-AN-1"},
                    f.prior_state.description);
            v.value({.path = "prior_state.source", .kind = K::code, .vocabulary = "prior_state_sources",
                     .description_fr = "la source de l'état antérieur (déclaré ou connu)",
                     .description_en = "the source of the prior state (declared or known)", .example = "declare",
                     .label_fr = "Source de l'état antérieur", .label_en = "Source of the prior state",
                     .help_fr = "Déclaré par la personne, ou connu de vous (dossier, suivi).",
                     .help_en = "Declared by the person, or known to you (record, follow-up).",
                     .required = "with `description` (R-AN-1)", .rules = "R-VOCAB, R-AN-1",
                     .doc = "`declare` (the person says so) | `connu` (known to the professional)"},
                    f.prior_state.source);
          });
  v.section({.path = "pregnancy", .kind = K::section, .description_fr = "la grossesse en cours",
             .description_en = "the pregnancy under way",
             .example = "{term_weeks: 24, term_days: 3, term_basis: echographie, fetal_heart: entendus}",
             .label_fr = "Grossesse", .label_en = "Pregnancy", .required = "no",
             .rules = "R-SC-2, R-SF-1",
             .doc = "midwife, physician (`capabilities.blocks: [pregnancy]`); a vulnerability (Code pénal 222-13), "
                    "printed, never qualified",
             .block = "pregnancy"},
            f.pregnancy, [&](auto& p) {
              v.value({.path = "pregnancy.term_weeks", .kind = K::integer, .min = 1, .max = 44,
                       .description_fr = "le terme en semaines d'aménorrhée (SA)",
                       .description_en = "the term in weeks of amenorrhoea (SA)", .example = "24",
                       .label_fr = "Terme (semaines d'aménorrhée)", .label_en = "Term (weeks of amenorrhoea)",
                       .unit = "SA", .unit_en = "weeks", .rules = "F-TYPE, R-SF-1",
                       .doc = "printed « 24 SA »", .block = "pregnancy"},
                      p.term_weeks);
              v.value({.path = "pregnancy.term_days", .kind = K::integer, .min = 0, .max = 6,
                       .description_fr = "les jours au-delà des semaines d'aménorrhée (0 à 6)",
                       .description_en = "the days beyond the weeks of amenorrhoea (0 to 6)", .example = "3",
                       .label_fr = "Jours (+ j)", .label_en = "Days (+ d)", .unit = "j", .unit_en = "days",
                       .required = "with `term_weeks`", .rules = "F-TYPE, R-SF-1",
                       .doc = "printed « 24 SA + 3 j »", .block = "pregnancy"},
                      p.term_days);
              v.value({.path = "pregnancy.term_basis", .kind = K::code, .vocabulary = "pregnancy_term_bases",
                       .description_fr = "ce sur quoi repose le terme", .description_en = "what the term rests on",
                       .example = "echographie", .label_fr = "Source du terme",
                       .label_en = "Source of the term",
                       .help_fr = "Ses déclarations, la date des dernières règles ou l'échographie de datation.",
                       .help_en = "Her statement, the date of the last period or the dating scan.",
                       .rules = "R-VOCAB, R-SF-1",
                       .doc = "`declaration` (« selon ses déclarations ») | `ddr` | `echographie`",
                       .block = "pregnancy"},
                      p.term_basis);
              v.value({.path = "pregnancy.fetal_movements", .kind = K::code, .vocabulary = "fetal_movements",
                       .description_fr = "les mouvements actifs fœtaux", .description_en = "the fetal movements",
                       .example = "rapportes", .label_fr = "Mouvements actifs fœtaux", .label_en = "Fetal movements",
                       .rules = "R-VOCAB",
                       .doc = "`rapportes` (she reports feeling them) | `percus` (felt at the examination) | "
                              "`absents` (neither reported nor felt)",
                       .block = "pregnancy"},
                      p.fetal_movements);
              v.value({.path = "pregnancy.fetal_heart", .kind = K::code, .vocabulary = "fetal_heart",
                       .description_fr = "les bruits du cœur fœtal", .description_en = "the fetal heart sounds",
                       .example = "entendus", .label_fr = "Bruits du cœur fœtal", .label_en = "Fetal heart sounds",
                       .rules = "R-VOCAB", .doc = "`entendus` | `non_entendus` | `non_recherches`",
                       .block = "pregnancy"},
                      p.fetal_heart);
              v.value({.path = "pregnancy.fetal_heart_method", .authorship = A::own_words,
                       .description_fr = "comment le cœur fœtal a été recherché",
                       .description_en = "how the fetal heart was sought", .example = "au Doppler fœtal",
                       .label_fr = "Méthode", .label_en = "Method",
                       .help_fr = "Facultatif : au Doppler, à l'échographie…",
                       .help_en = "Optional: Doppler, ultrasound…", .rules = "wording rules, R-SF-1",
                       .block = "pregnancy"},
                      p.fetal_heart_method);
              v.value({.path = "pregnancy.obstetric_findings", .authorship = A::own_words, .text_kind = paragraph,
                       .description_fr = "les autres constatations obstétricales",
                       .description_en = "the other obstetrical findings",
                       .example = "hauteur utérine de 24 cm ; col long et fermé au toucher vaginal",
                       .label_fr = "Autres constatations obstétricales", .label_en = "Other obstetrical findings",
                       .help_fr = "Ce que vous constatez, dans vos mots.", .help_en = "What you observe, in your words.",
                       .rules = "wording rules", .block = "pregnancy"},
                      p.obstetric_findings);
            });
  v.value({.path = "examined_regions", .authorship = A::own_words, .text_kind = paragraph,
           .description_fr = "les régions examinées", .description_en = "the regions examined",
           .example = "le visage, le cou, le thorax et les quatre membres", .label_fr = "Régions examinées",
           .label_en = "Regions examined",
           .help_fr = "Ce que l'examen a couvert\u202F; sans lésion, le document dit où il n'en a pas vu.",
           .help_en = "What the examination covered; without a lesion, the document says where none was seen.",
           .required = "`lesions`, this or `examination_limit` (R-SI-3)", .rules = "wording rules, R-SI-3"},
          f.examined_regions);
  v.group({.path = "examination_limit", .kind = K::group, .description_fr = "la limite de l'examen",
           .description_en = "what limited the examination", .example = "{kind: refus_partiel, detail: …}",
           .label_fr = "Limite de l'examen", .label_en = "Limit of the examination"},
          [&] {
            v.value({.path = "examination_limit.kind", .kind = K::code, .vocabulary = "examination_limits",
                     .description_fr = "la limite de l'examen (refus partiel ou examen impossible)",
                     .description_en = "the limit of the examination (partly declined, or not possible)",
                     .example = "refus_partiel", .label_fr = "Limite de l'examen",
                     .label_en = "Limit of the examination",
                     .help_fr = "Une partie de l'examen refusée par la personne, ou un examen impossible.",
                     .help_en = "A part of the examination the person declined, or an examination not possible.",
                     .rules = "R-VOCAB, R-SI-3, R-SI-7",
                     .doc = "`refus_partiel` (which part in `detail`) | `impossible` (why in `detail`; no lesion "
                            "then)"},
                    f.examination_limit.kind);
            v.value({.path = "examination_limit.detail", .authorship = A::own_words, .text_kind = paragraph,
                     .description_fr = "la partie non examinée, ou le motif", .description_en = "the part not examined, or why",
                     .example = "la région génitale", .label_fr = "Partie non examinée ou motif",
                     .label_en = "Part not examined, or why", .required = "with `kind` (R-SI-3)",
                     .rules = "wording rules, R-SI-3"},
                    f.examination_limit.detail);
          });
  v.list({.path = "lesions", .kind = K::section_list, .description_fr = "les lésions constatées",
          .description_en = "the lesions observed",
          .example = "[{type: ecchymose, region: bras, side: gauche, size: {length_cm: 3}}]",
          .label_fr = "Lésions constatées", .label_en = "Lesions observed",
          .help_fr = "Décrivez ce que vous voyez, sans en dater l'origine ni en nommer l'auteur.",
          .help_en = "Describe what you see, without dating its origin or naming its author.",
          .items_fr = "lésions", .items_en = "lesions", .item_label_fr = "Lésion", .item_label_en = "Lesion",
          .required = "no (without any, `examined_regions` or `examination_limit`: R-SI-3)", .rules = "R-L-1, R-SI-3"},
         f.lesions, [&](auto& l) {
           v.value({.path = "lesions[].type", .kind = K::code, .vocabulary = "lesion_types",
                    .description_fr = "le type de la lésion", .description_en = "the lesion's type",
                    .example = "ecchymose", .label_fr = "Type", .label_en = "Type", .required = "yes",
                    .rules = "R-L-1, R-VOCAB",
                    .doc = "each profession has its own: a dentist's `fracture_coronaire`, a physiotherapist's "
                           "`limitation_amplitude`"},
                   l.type);
           v.value({.path = "lesions[].count", .kind = K::integer, .min = 1, .max = kMaxLesionCount,
                    .description_fr = "le nombre de lésions de ce type à cet endroit",
                    .description_en = "how many lesions of this type at this place", .example = "3",
                    .label_fr = "Nombre", .label_en = "Count",
                    .help_fr = "Plusieurs lésions semblables au même endroit : leur nombre (1 si absent).",
                    .help_en = "Several similar lesions at one place: how many (1 when absent).",
                    .rules = "R-L-6, R-L-7",
                    .doc = "absent: one lesion (a type plural by nature, the pétéchies, needs none); on both sides "
                           "of a paired region, at least 2"},
                   l.count);
           v.value({.path = "lesions[].region", .kind = K::code, .vocabulary = "regions",
                    .description_fr = "la région du corps", .description_en = "the body region",
                    .example = "avant_bras", .label_fr = "Région", .label_en = "Region",
                    .help_fr = "Obligatoire, sauf pour une dent.", .help_en = "Required, except for a tooth.",
                    .required = "yes, unless `tooth` is given", .rules = "R-L-1, R-VOCAB, R-SC-1"},
                   l.region);
           v.value({.path = "lesions[].side", .kind = K::code, .vocabulary = "sides",
                    .description_fr = "le côté", .description_en = "the side", .example = "gauche",
                    .label_fr = "Côté", .label_en = "Side", .rules = "R-VOCAB",
                    .doc = "`droite` | `gauche` | `mediane` | `bilaterale`"},
                   l.side);
           v.value({.path = "lesions[].face", .kind = K::code, .vocabulary = "faces", .description_fr = "la face",
                    .description_en = "the face", .example = "anterieure", .label_fr = "Face", .label_en = "Face",
                    .rules = "R-VOCAB"},
                   l.face);
           v.value({.path = "lesions[].tooth", .authorship = A::identifier, .vocabulary = "teeth",
                    .description_fr = "la dent (numérotation FDI)", .description_en = "the tooth (FDI number)",
                    .example = "\"21\"", .label_fr = "Dent (numérotation FDI)", .label_en = "Tooth (FDI number)",
                    .required = "no (dental findings)", .rules = "R-L-4, R-SC-1",
                    .doc = "two digits: a permanent tooth (quadrant 1–4, tooth 1–8) or a deciduous one (quadrant 5–8, "
                           "tooth 1–5), printed with its name"},
                   l.tooth);
           v.value({.path = "lesions[].location_detail", .authorship = A::own_words, .text_kind = paragraph,
                    .description_fr = "la localisation précise", .description_en = "the precise location",
                    .example = "à 5 cm sous le pli du coude", .label_fr = "Localisation précise",
                    .label_en = "Precise location", .help_fr = "Par exemple\u202F: à 5 cm sous le pli du coude.",
                    .help_en = "For example: à 5 cm sous le pli du coude.", .rules = "wording rules"},
                   l.location_detail);
           v.group({.path = "lesions[].size", .kind = K::group, .description_fr = "la taille de la lésion",
                    .description_en = "the lesion's size", .example = "{length_cm: 4, width_cm: 2.5}",
                    .label_fr = "Taille", .label_en = "Size",
                    .required = "expected (warning), except for types without a size (deficits, dental luxations)",
                    .rules = "F-TYPE, R-L-1"},
                   [&] {
                     v.value({.path = "lesions[].size.length_cm", .kind = K::number,
                              .description_fr = "la longueur en centimètres", .description_en = "the length in cm",
                              .example = "4", .label_fr = "Longueur", .label_en = "Length", .unit = "cm",
                              .unit_en = "cm", .rules = "F-TYPE, R-L-1", .doc = "above 0"},
                             l.size.length_cm);
                     v.value({.path = "lesions[].size.width_cm", .kind = K::number,
                              .description_fr = "la largeur en centimètres", .description_en = "the width in cm",
                              .example = "2.5", .label_fr = "Largeur", .label_en = "Width", .unit = "cm",
                              .unit_en = "cm", .rules = "F-TYPE", .doc = "above 0"},
                             l.size.width_cm);
                     v.value({.path = "lesions[].size.measures", .kind = K::code, .vocabulary = "size_measures",
                              .description_fr = "ce que mesure la taille de plusieurs lésions",
                              .description_en = "what the size of several lesions measures", .example = "each",
                              .label_fr = "La taille mesure", .label_en = "The size measures",
                              .help_fr = "Plusieurs lésions, ou les deux côtés : chacune, la plus grande ou "
                                         "l'ensemble.",
                              .help_en = "Several lesions, or both sides: each, the largest or the whole group.",
                              .required = "yes when `count` is above 1 or on both sides, with a size",
                              .rules = "R-L-7, R-VOCAB", .doc = "`each` | `largest` | `group`"},
                             l.size.measures);
                   });
           v.value({.path = "lesions[].shape", .kind = K::code, .vocabulary = "lesion_shapes",
                    .description_fr = "la forme de la lésion", .description_en = "the lesion's shape",
                    .example = "lineaire", .label_fr = "Forme", .label_en = "Shape", .rules = "R-VOCAB",
                    .doc = "`arrondie`, `ovalaire`, `lineaire`, `en_bande`, `en_arc`, `en_croissant`, "
                           "`digitiforme`, `figuree` (what it reproduces, in `aspect`)"},
                   l.shape);
           v.value({.path = "lesions[].grouping", .kind = K::code, .vocabulary = "lesion_groupings",
                    .description_fr = "la disposition de plusieurs lésions",
                    .description_en = "how several lesions are arranged", .example = "paralleles",
                    .label_fr = "Disposition", .label_en = "Arrangement",
                    .help_fr = "Plusieurs lésions : alignées, parallèles, groupées…",
                    .help_en = "Several lesions: aligned, parallel, grouped…", .rules = "R-L-6, R-VOCAB",
                    .doc = "`alignees`, `paralleles`, `groupees`, `disseminees`, `confluentes`; with `count` above 1"},
                   l.grouping);
           v.value({.path = "lesions[].colour", .kind = K::code, .vocabulary = "colours",
                    .description_fr = "la couleur observée", .description_en = "the colour observed",
                    .example = "violacee", .label_fr = "Couleur", .label_en = "Colour",
                    .required = "expected for an ecchymose (warning)", .rules = "R-VOCAB, R-L-1",
                    .doc = "as observed, never dated"},
                   l.colour);
           v.value({.path = "lesions[].aspect", .authorship = A::own_words, .text_kind = paragraph,
                    .description_fr = "l'aspect de la lésion", .description_en = "the lesion's aspect",
                    .example = "légèrement tuméfiée", .label_fr = "Aspect", .label_en = "Aspect",
                    .rules = "wording rules"},
                   l.aspect);
           v.value({.path = "lesions[].note", .authorship = A::own_words, .text_kind = paragraph,
                    .description_fr = "une remarque", .description_en = "a remark", .example = "…",
                    .label_fr = "Remarque", .label_en = "Remark", .rules = "wording rules"},
                   l.note);
           v.value({.path = "lesions[].prior_comparison", .kind = K::code, .vocabulary = "prior_comparisons",
                    .description_fr = "le déficit comparé aux séances antérieures aux faits déclarés",
                    .description_en = "the deficit compared with the sessions before the declared facts",
                    .example = "majoration", .label_fr = "Par rapport aux séances antérieures",
                    .label_en = "Compared with earlier sessions",
                    .help_fr = "Un déficit de la région traitée : inchangé, majoré, ou nouveau.",
                    .help_en = "A deficit of the region treated: unchanged, worse, or new.", .rules = "R-VOCAB, R-AN-2",
                    .doc = "`inchange` | `majoration` | `nouveau`; expected for a deficit in `care_reason.region` "
                           "(R-AN-2)",
                    .block = "care_reason"},
                   l.prior_comparison);
           v.group({.path = "lesions[].marker", .kind = K::group,
                    .description_fr = "la place du repère de la lésion sur le schéma corporel",
                    .description_en = "where the lesion's marker sits on the body diagram",
                    .example = "{view: corps_face, x: 0.31, y: 0.42}", .label_fr = "Repère sur le schéma",
                    .label_en = "Marker on the diagram",
                    .help_fr = "Placé d'un clic sur le schéma ; sinon, la région, le côté et la face le placent.",
                    .help_en = "Placed by a click on the diagram; otherwise the region, side and face place it.",
                    .rules = "R-PH-5, R-PH-7",
                    .doc = "replaces the place the region, side and face give (docs/annexes.md)"},
                   [&] {
                     v.value({.path = "lesions[].marker.view", .kind = K::code, .vocabulary = "diagram_views",
                              .description_fr = "la vue du schéma", .description_en = "the diagram's view",
                              .example = "corps_face", .label_fr = "Repère : vue", .label_en = "Marker: view",
                              .help_fr = "Se remplit d'un clic sur le schéma ; sans repère, la lésion est placée à sa région.",
                              .help_en = "Filled in by a click on the diagram; without a marker, the lesion is placed at its region.",
                              .required = "with `x` and `y`", .rules = "R-VOCAB, R-PH-5, R-PH-7",
                              .doc = "one of the views the template offers (`capabilities.diagram_views`)"},
                             l.marker.view);
                     v.value({.path = "lesions[].marker.x", .kind = K::number,
                              .description_fr = "l'abscisse du repère, de 0 (gauche) à 1 (droite)",
                              .description_en = "the marker's x, from 0 (left) to 1 (right)", .example = "0.31",
                              .label_fr = "Repère : abscisse", .label_en = "Marker: x", .required = "with `view`",
                              .rules = "R-PH-7", .doc = "0 to 1 of the view's box"},
                             l.marker.x);
                     v.value({.path = "lesions[].marker.y", .kind = K::number,
                              .description_fr = "l'ordonnée du repère, de 0 (haut) à 1 (bas)",
                              .description_en = "the marker's y, from 0 (top) to 1 (bottom)", .example = "0.42",
                              .label_fr = "Repère : ordonnée", .label_en = "Marker: y", .required = "with `view`",
                              .rules = "R-PH-7", .doc = "0 to 1 of the view's box"},
                             l.marker.y);
                   });
         });
  v.value({.path = "negative_findings", .kind = K::text_list, .authorship = A::own_words, .text_kind = paragraph,
           .description_fr = "les constatations négatives utiles", .description_en = "the useful negative findings",
           .example = "[\"Absence de lésion …\"]", .label_fr = "Constatations négatives",
           .label_en = "Negative findings", .help_fr = "Ce que vous avez cherché sans le trouver, dans vos mots.",
           .help_en = "What you looked for and did not find, in your words.", .item_label_fr = "Constatation",
           .item_label_en = "Finding", .rules = "wording rules"},
          f.negative_findings);
  v.value({.path = "psychological_state", .authorship = A::own_words, .text_kind = paragraph,
           .description_fr = "l'état psychique observé pendant l'examen",
           .description_en = "the psychological state observed during the examination", .example = "…",
           .label_fr = "État psychologique observé", .label_en = "Psychological state observed",
           .help_fr = "Ce que vous observez (pleurs, voix…), sans diagnostic.",
           .help_en = "What you observe (tears, voice…), without a diagnosis.", .rules = "wording rules"},
          f.psychological_state);
  v.value({.path = "psychological_state_statement", .kind = K::code, .vocabulary = "psychological_statements",
           .description_fr = "ce que le document dit de l'état psychique quand vous ne le décrivez pas",
           .description_en = "what the document says of the psychological state when you do not describe it",
           .example = "sans_particularite", .label_fr = "Sans description de l'état psychique",
           .label_en = "No description of the psychological state",
           .help_fr = "Rien de particulier observé, ou état psychique non évaluable.",
           .help_en = "Nothing particular observed, or not assessable.",
           .required = "`psychological_state` or this (R-SI-4; physician: error)",
           .rules = "R-VOCAB, R-SI-4, R-SI-7",
           .doc = "`sans_particularite` | `non_evaluable`; never with `psychological_state`"},
          f.psychological_state_statement);
  v.value({.path = "functional_impact", .authorship = A::own_words, .text_kind = paragraph,
           .description_fr = "le retentissement fonctionnel", .description_en = "the functional impact",
           .example = "…", .label_fr = "Retentissement fonctionnel", .label_en = "Functional impact",
           .rules = "wording rules"},
          f.functional_impact);
  v.value({.path = "functional_impact_statement", .kind = K::code, .vocabulary = "functional_statements",
           .description_fr = "ce que le document dit du retentissement fonctionnel quand vous ne le décrivez pas",
           .description_en = "what the document says of the functional impact when you do not describe it",
           .example = "aucun", .label_fr = "Sans retentissement décrit", .label_en = "No functional impact described",
           .help_fr = "Aucun retentissement, ou retentissement non évaluable ce jour.",
           .help_en = "No impact, or not assessable today.",
           .required = "`functional_impact` or this (R-SI-5)", .rules = "R-VOCAB, R-SI-5, R-SI-7",
           .doc = "`aucun` | `non_evaluable`; never with `functional_impact`"},
          f.functional_impact_statement);
  v.list({.path = "complementary_exams", .kind = K::section_list, .description_fr = "les examens complémentaires",
          .description_en = "the complementary examinations", .example = "[{exam: …, result: …}]",
          .label_fr = "Examens complémentaires", .label_en = "Complementary examinations", .items_fr = "examens",
          .items_en = "examinations", .item_label_fr = "Examen", .item_label_en = "Examination"},
         f.complementary_exams, [&](auto& e) {
           v.value({.path = "complementary_exams[].exam", .authorship = A::own_words, .text_kind = paragraph,
                    .description_fr = "l'examen", .description_en = "the examination",
                    .example = "Radiographie du poignet gauche", .label_fr = "Examen", .label_en = "Examination",
                    .rules = "wording rules"},
                   e.exam);
           v.value({.path = "complementary_exams[].result", .authorship = A::own_words, .text_kind = paragraph,
                    .description_fr = "son résultat", .description_en = "its result",
                    .example = "pas de fracture visible", .label_fr = "Résultat", .label_en = "Result",
                    .rules = "wording rules"},
                   e.result);
         });
  v.group({.path = "care", .kind = K::group, .description_fr = "les soins", .description_en = "the care given",
           .example = "{treatment: …, emergency: …}", .label_fr = "Soins", .label_en = "Care"},
          [&] {
            v.value({.path = "care.treatment", .authorship = A::own_words, .text_kind = paragraph,
                     .description_fr = "le traitement administré ou prescrit",
                     .description_en = "the treatment given or prescribed", .example = "paracétamol, 1 g trois fois par jour",
                     .label_fr = "Traitement administré ou prescrit", .label_en = "Treatment given or prescribed",
                     .rules = "wording rules"},
                    f.care.treatment);
            v.value({.path = "care.emergency", .authorship = A::own_words, .text_kind = paragraph,
                     .description_fr = "les soins prodigués en urgence", .description_en = "the care given in emergency",
                     .example = "nettoyage et pansement de la plaie du coude", .label_fr = "Soins prodigués en urgence",
                     .label_en = "Care given in emergency", .rules = "wording rules"},
                    f.care.emergency);
          });
  v.list({.path = "dental_reservations", .kind = K::section_list,
          .description_fr = "les réserves sur l'avenir des dents", .description_en = "the reservations on the teeth's future",
          .example = "[{tooth: \"11\", kind: vitalite_pulpaire}]", .label_fr = "Réserves sur l'avenir des dents",
          .label_en = "Reservations on the teeth's future",
          .help_fr = "Pour chaque dent lésée : la vitalité pulpaire, son maintien sur l'arcade, le germe sous-jacent.",
          .help_en = "For each injured tooth: pulp vitality, keeping it on the arch, the germ beneath.",
          .items_fr = "réserves", .items_en = "reservations", .item_label_fr = "Réserve", .item_label_en = "Reservation",
          .rules = "R-SC-2, R-CD-2", .doc = "dentist (`capabilities.blocks: [dental]`); printed as the conclusion",
          .block = "dental"},
         f.dental_reservations, [&](auto& r) {
           v.value({.path = "dental_reservations[].tooth", .authorship = A::identifier, .vocabulary = "teeth",
                    .description_fr = "la dent (numérotation FDI)", .description_en = "the tooth (FDI number)",
                    .example = "\"11\"", .label_fr = "Dent (numérotation FDI)", .label_en = "Tooth (FDI number)",
                    .required = "yes", .rules = "R-L-4", .block = "dental"},
                   r.tooth);
           v.value({.path = "dental_reservations[].kind", .kind = K::code, .vocabulary = "dental_reservations",
                    .description_fr = "la réserve", .description_en = "the reservation", .example = "vitalite_pulpaire",
                    .label_fr = "Réserve", .label_en = "Reservation", .required = "yes", .rules = "R-VOCAB",
                    .doc = "`vitalite_pulpaire` | `maintien_arcade` | `germe`", .block = "dental"},
                   r.kind);
           v.value({.path = "dental_reservations[].detail", .authorship = A::own_words, .text_kind = paragraph,
                    .description_fr = "une précision", .description_en = "a detail",
                    .example = "contrôle de la vitalité à trois mois", .label_fr = "Précision", .label_en = "Detail",
                    .rules = "wording rules", .block = "dental"},
                   r.detail);
         });
  v.value({.path = "follow_up_certificate", .kind = K::boolean,
           .description_fr = "l'annonce d'un certificat complémentaire",
           .description_en = "whether a follow-up certificate will be written", .example = "false",
           .label_fr = "Un document complémentaire sera établi", .label_en = "A follow-up document will be written",
           .doc = "« un certificat complémentaire sera établi »"},
          f.follow_up_certificate);
  v.list({.path = "mission", .kind = K::section_list, .description_fr = "les questions de la réquisition",
          .description_en = "the requisition's questions", .example = "[{question: …, answer: …}]",
          .label_fr = "Mission (sur réquisition)", .label_en = "Mission (on requisition)",
          .help_fr = "Chaque question de la réquisition, recopiée mot pour mot, et votre réponse.",
          .help_en = "Each question of the requisition, copied word for word, and your answer.",
          .items_fr = "questions", .items_en = "questions", .item_label_fr = "Question",
          .item_label_en = "Question", .required = "on requisition: at least one question", .rules = "R-RQ-2"},
         f.mission, [&](auto& q) {
           v.value({.path = "mission[].question", .authorship = A::cited, .text_kind = paragraph,
                    .description_fr = "la question", .description_en = "the question",
                    .example = "Décrire les lésions constatées.", .label_fr = "Question de la réquisition",
                    .label_en = "Question of the requisition", .required = "yes", .rules = "R-RQ-2"},
                   q.question);
           v.value({.path = "mission[].answer", .authorship = A::own_words, .text_kind = paragraph,
                    .description_fr = "la réponse", .description_en = "the answer", .example = "…",
                    .label_fr = "Réponse", .label_en = "Answer", .required = "yes",
                    .rules = "R-RQ-2, wording rules"},
                   q.answer);
           v.value({.path = "mission[].asks_itt", .kind = K::boolean,
                    .description_fr = "si la question demande l'ITT",
                    .description_en = "whether the question asks for the ITT", .example = "true",
                    .label_fr = "Demande l'ITT", .label_en = "Asks for the ITT",
                    .required = "no (default: the question's words say it)", .rules = "R-RQ-3",
                    .doc = "absent: a question that names the ITT (« ITT », « incapacité totale de travail ») asks "
                           "for it"},
                   q.asks_itt);
         });
  v.section({.path = "itt", .kind = K::section, .description_fr = "l'ITT", .description_en = "the ITT",
             .example = "{mode: fixed, days: 2}", .label_fr = "Incapacité totale de travail (ITT)",
             .label_en = "Total incapacity for work (ITT)", .required = "physician: `itt.mode`", .rules = "R-ITT-1",
             .doc = "physician only (midwife, dentist: when their template turns it on)"},
            f.itt, [&](auto& i) {
              v.value({.path = "itt.mode", .kind = K::code, .vocabulary = "itt_modes",
                       .description_fr = "le mode de l'ITT (fixed ou not_determined)",
                       .description_en = "the ITT mode (fixed or not_determined)", .example = "fixed",
                       .label_fr = "ITT", .label_en = "ITT", .required = "physician template: yes",
                       .rules = "R-REQ, R-VOCAB, R-ITT-3", .doc = "`fixed` | `not_determined`"},
                      i.mode);
              v.value({.path = "itt.days", .kind = K::integer, .min = 0, .max = 365,
                       .description_fr = "la durée de l'ITT en jours (entier de 0 à 365)",
                       .description_en = "the ITT in days (an integer from 0 to 365)", .example = "2",
                       .label_fr = "Durée", .label_en = "Duration", .help_fr = "De 0 à 365 jours.",
                       .help_en = "From 0 to 365 days.", .unit = "jours", .unit_en = "days",
                       .required = "with `mode: fixed`",
                       .rules = "F-TYPE, R-ITT-3, R-ITT-6 (above 8: notice)"},
                      i.days);
              v.value({.path = "itt.reason", .authorship = A::own_words, .text_kind = paragraph,
                       .description_fr = "le motif pour lequel l'ITT ne peut être fixée ce jour",
                       .description_en = "why the ITT cannot be fixed today",
                       .example = "dans l'attente des résultats de la radiographie", .label_fr = "Motif (ITT non fixée)",
                       .label_en = "Reason (ITT not fixed)",
                       .help_fr = "Avec «\u202Fnon déterminée\u202F»\u202F: pourquoi elle ne peut être fixée ce jour.",
                       .help_en = "With “not determined”: why it cannot be fixed today.",
                       .required = "with `mode: not_determined` (R-SI-6)", .rules = "wording rules, R-SI-6"},
                      i.reason);
              v.value({.path = "itt.follow_up", .authorship = A::own_words, .text_kind = paragraph,
                       .description_fr = "quand l'ITT sera fixée", .description_en = "when the ITT will be fixed",
                       .example = "à l'issue d'un nouvel examen dans dix jours", .label_fr = "Elle le sera",
                       .label_en = "It will be fixed",
                       .help_fr = "Par exemple\u202F: à l'issue d'un nouvel examen dans dix jours.",
                       .help_en = "For example: à l'issue d'un nouvel examen dans dix jours.",
                       .required = "with `mode: not_determined` (R-SI-8)", .rules = "wording rules, R-SI-8"},
                      i.follow_up);
              v.value({.path = "itt.psychological_reserve", .kind = K::boolean,
                       .description_fr = "si l'ITT comprend une part psychologique",
                       .description_en = "whether the ITT includes a psychological part", .example = "true",
                       .label_fr = "L'ITT comprend le retentissement psychologique",
                       .label_en = "The ITT includes the psychological impact",
                       .help_fr = "Imprime la réserve sur son évolution et la nécessité d'un nouvel examen à "
                                  "distance des faits.",
                       .help_en = "Prints the reserve on its evolution and the need for a new examination later.",
                       .doc = "`true`: « Cette évaluation comprend le retentissement psychologique ; des "
                              "réserves sont émises quant à son évolution … » (documents-fr §E, §H.2)"},
                      i.psychological_reserve);
            });
  v.value({.path = "diagram", .kind = K::boolean, .description_fr = "le schéma corporel annexé",
           .description_en = "the annexed body diagram", .example = "true",
           .label_fr = "Annexer le schéma corporel des lésions", .label_en = "Annex the body diagram of the lesions",
           .help_fr = "Avec l'accord de la personne, à cocher plus bas (« Accord de la personne »).",
           .help_en = "With the person's consent, ticked below (\"The person's consent\").", .rules = "R-PH-1, R-PH-4",
           .doc = "`true`: a numbered marker per lesion on the views of the profession's scope (docs/annexes.md)"},
          f.diagram);
  v.list({.path = "photos", .kind = K::section_list, .description_fr = "les photographies annexées",
          .description_en = "the annexed photographs", .example = "[{file: photos/avant-bras.jpg, lesion: 1}]",
          .label_fr = "Photographies annexées", .label_en = "Annexed photographs",
          .help_fr = "Avec l'accord de la personne, à cocher plus bas (« Accord de la personne »).",
          .help_en = "With the person's consent, ticked below (\"The person's consent\").",
          .items_fr = "photographies", .items_en = "photographs", .item_label_fr = "Photographie",
          .item_label_en = "Photograph", .rules = "R-PH-1, R-PH-3, R-PH-4, R-PH-6, P-IMAGE",
          .doc = "at most 20, each at most 20 MB and 50 megapixels; metadata (EXIF, GPS) removed before printing"},
         f.photos, [&](auto& p) {
           v.value({.path = "photos[].file", .authorship = A::identifier, .description_fr = "le fichier de la photographie",
                    .description_en = "the photograph's file", .example = "photos/avant-bras.jpg",
                    .label_fr = "Fichier", .label_en = "File",
                    .help_fr = "JPEG ou PNG, 20 Mo au plus ; il reste dans ce navigateur jusqu'à la génération du PDF.",
                    .help_en = "JPEG or PNG, 20 MB at most; it stays in this browser until the PDF is generated.",
                    .required = "yes",
                    .rules = "P-IMAGE", .doc = "relative to the findings file (CLI); the name of bytes given with "
                                               "the findings (library, form)"},
                   p.file);
           v.value({.path = "photos[].lesion", .kind = K::integer, .min = 1, .max = static_cast<int>(kMaxListEntries),
                    .description_fr = "le numéro de la lésion photographiée",
                    .description_en = "the number of the lesion photographed", .example = "1",
                    .label_fr = "Lésion n°", .label_en = "Lesion no.", .required = "expected (warning)",
                    .rules = "R-PH-3", .doc = "the lesion's rank in `lesions`, from 1"},
                   p.lesion);
           v.value({.path = "photos[].taken", .kind = K::datetime,
                    .description_fr = "la date et l'heure de la prise de vue",
                    .description_en = "when the photograph was taken", .example = "2026-11-20T14:40:00+01:00",
                    .label_fr = "Prise le", .label_en = "Taken on", .required = "expected (warning)",
                    .rules = "R-PH-3, R-PH-4"},
                   p.taken);
           v.value({.path = "photos[].taken_by", .description_fr = "qui a pris la photographie",
                    .description_en = "who took the photograph", .example = "Docteur Jeanne Exemple",
                    .label_fr = "Prise par", .label_en = "Taken by",
                    .help_fr = "Vide : vous-même.", .help_en = "Empty: yourself.", .rules = "R-PH-3",
                    .doc = "absent: the author"},
                   p.taken_by);
           v.value({.path = "photos[].scale", .kind = K::boolean,
                    .description_fr = "si une échelle métrique est visible",
                    .description_en = "whether a metric scale is visible", .example = "true",
                    .label_fr = "Échelle métrique visible", .label_en = "Metric scale visible",
                    .required = "expected (warning)", .rules = "R-PH-3"},
                   p.scale);
           v.value({.path = "photos[].sha256", .authorship = A::identifier,
                    .description_fr = "l'empreinte SHA-256 du fichier original",
                    .description_en = "the original file's SHA-256", .example = "9f86d08…",
                    .label_fr = "Empreinte SHA-256", .label_en = "SHA-256", .in_form = false, .rules = "R-PH-6",
                    .doc = "recorded by medcert in the embedded findings; when given, the file must match it"},
                   p.sha256);
         });
  v.section({.path = "annex_consent", .kind = K::section, .description_fr = "l'accord de la personne aux annexes",
             .description_en = "the person's consent to the annexes", .example = "{diagram: true, photos: true, date: …}",
             .label_fr = "Accord de la personne (schéma, photographies)",
             .label_en = "The person's consent (diagram, photographs)", .required = "with `diagram` or `photos`",
             .rules = "R-PH-4"},
            f.annex_consent, [&](auto& c) {
              v.value({.path = "annex_consent.diagram", .kind = K::boolean,
                       .description_fr = "l'accord au schéma corporel", .description_en = "consent to the body diagram",
                       .example = "true", .label_fr = "Au schéma corporel", .label_en = "To the body diagram",
                       .rules = "R-PH-4"},
                      c.diagram);
              v.value({.path = "annex_consent.photos", .kind = K::boolean,
                       .description_fr = "l'accord aux photographies", .description_en = "consent to photographs",
                       .example = "true", .label_fr = "Aux photographies", .label_en = "To photographs",
                       .rules = "R-PH-4"},
                      c.photos);
              v.value({.path = "annex_consent.genital", .kind = K::boolean,
                       .description_fr = "l'accord exprès pour la région génitale",
                       .description_en = "express consent for the genital region", .example = "true",
                       .label_fr = "Y compris la région génitale", .label_en = "Including the genital region",
                       .rules = "R-PH-4", .doc = "required for a marker or a photograph of the genital region"},
                      c.genital);
              v.value({.path = "annex_consent.date", .kind = K::date_or_datetime,
                       .description_fr = "la date de l'accord", .description_en = "the date of the consent",
                       .example = "2026-11-20", .label_fr = "Date de l'accord", .label_en = "Date of the consent",
                       .required = "yes", .rules = "R-PH-4", .doc = "not after the photographs"},
                      c.datetime);
            });
  v.group({.path = "issuance", .kind = K::group, .description_fr = "l'établissement du document",
           .description_en = "when, where and for whom the document is written", .example = "{datetime: …}",
           .label_fr = "Établissement du document", .label_en = "Issuance of the document", .required = "yes"},
          f.issuance, [&] {
            auto& i = f.issuance;
            v.value({.path = "issuance.datetime", .kind = K::datetime,
                     .description_fr = "la date et l'heure d'établissement du document",
                     .description_en = "the date and time the document is written",
                     .example = "2026-11-20T15:10:00+01:00", .label_fr = "Date et heure",
                     .label_en = "Date and time", .required = "yes", .rules = "F-DATE, R-DT-2, R-DT-3",
                     .doc = "not later than now"},
                    i.datetime);
            v.value({.path = "issuance.place", .authorship = A::own_words,
                     .description_fr = "le lieu d'établissement du document",
                     .description_en = "the place the document is written", .example = "…", .label_fr = "Lieu",
                     .label_en = "Place", .required = "yes", .rules = "R-DT-2"},
                    i.place);
            v.value({.path = "issuance.recipient", .kind = K::code, .vocabulary = "recipients",
                     .description_fr = "le destinataire du document", .description_en = "the document's recipient",
                     .example = "patient", .label_fr = "Remis à", .label_en = "Handed to",
                     .help_fr = "Jamais à un tiers.", .help_en = "Never to a third party.", .required = "yes",
                     .rules = "R-DL-2, R-DL-3, R-DL-5, R-DL-6",
                     .doc = "`patient` | `legal_representative` | `requisition_authority` | `dossier` (kept, "
                            "handed to nobody); never a third party"},
                    i.recipient);
            v.value({.path = "issuance.requested_by", .kind = K::code, .vocabulary = "requesters",
                     .description_fr = "qui a demandé le certificat", .description_en = "who asked for the certificate",
                     .example = "legal_representative", .label_fr = "Demandé par", .label_en = "Asked for by",
                     .help_fr = "Pour un mineur : l'enfant lui-même ou son représentant légal.",
                     .help_en = "For a minor: the child or the legal representative.",
                     .required = "a minor's certificate, unless on a réquisition", .rules = "R-VOCAB, R-MIN-2",
                     .doc = "`patient` | `legal_representative`; a minor's certificate only", .block = "mineur"},
                    i.requested_by);
          });
}

}  // namespace medcert::model
