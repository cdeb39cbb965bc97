// SPDX-License-Identifier: Apache-2.0
// Findings: what the professional observed and what the person said, typed.
// Every value keeps where it was read (file:line:column) and its path, for diagnostics.
// Each member is bound to its key, kind and words by the field table (model/field_table.hpp), which load/
// reads it with and docs/findings-format.md is generated from.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/datetime.hpp"
#include "model/field.hpp"

namespace medcert::model {

struct Author {
  Location where;     ///< the section's mapping, or the document's when the section is absent
  std::string path;   ///< "findings.author"
  Text civility;     ///< madame | monsieur (agreement of "soussigné(e)"); optional
  Text title;        ///< e.g. "Docteur"; optional
  Text given_name;
  Text family_name;
  Text profession;   ///< French or English id: medecin / physician, ...
  Text specialty;    ///< optional, e.g. "médecine générale"
  Text rpps;         ///< 11 digits (or 12 with the IDNPS "8" prefix)
  Text adeli;        ///< legacy fallback
  Text ordinal_number;  ///< n° d'inscription à l'Ordre, last fallback
  Text structure;    ///< optional practice or hospital name
  std::vector<Text> address;  ///< lines
  Text phone;
  Text email;
  Text time_zone;    ///< IANA id of the practice's zone ("Indian/Reunion"); optional: the engine's default
};

struct Patient {
  Location where;     ///< the section's mapping, or the document's when the section is absent
  std::string path;   ///< "findings.patient"
  Text civility;      ///< madame | monsieur | neutre
  Text family_name;
  Text birth_name;    ///< optional nom de naissance
  Text given_names;
  Field<CivilDate> birth_date;
  std::vector<Text> address;
  Text identity;      ///< verified (piece of identity seen) | declared ("déclare se nommer")
  Text identity_document;  ///< vocabulary "identity_documents": the piece seen, with `verified`
};

/// An interpreter, a communication assistant or a legal representative present at the examination.
struct Attendant {
  Location where;
  std::string path;
  Text kind;          ///< interpreter: vocabulary "interpreter_kinds" (professional, assistant, non-professional)
  Text civility;      ///< vocabulary "civility": the agreement of the printed role (« sa curatrice »)
  Text given_name;
  Text family_name;
  Text language;      ///< interpreter only, optional
  Text link;          ///< interpreter only: vocabulary "interpreter_links", the link to the person (R-IN-1)
  Text role;          ///< legal representative only: vocabulary "legal_representative_roles" (tutelle…)
  Field<bool> not_implicated;  ///< legal representative only: confirmed not implicated in the facts (R-DL-5)
};

/// Who signed the réquisition for the authority (documents-fr §C.4: identity and function).
struct RequisitionOfficer {
  Text name;
  Text rank;  ///< "capitaine de police", "adjudant-chef": free text, the ranks are many
  Text unit;  ///< optional: the service, when the authority does not name it
};

/// The réquisition an examination answers (documents-fr §C).
struct Requisition {
  Text authority;
  Text reference;
  RequisitionOfficer officer;
  Field<DateTime> datetime;  ///< date and hour; a date alone is read, then refused by R-RQ-1
  Text legal_basis;          ///< overrides the template's default wording of the CPP articles
  Field<bool> sworn_expert;  ///< on an expert list (art. 157 CPP): no written oath; absent means no
};

struct Examination {
  Location where;     ///< the section's mapping, or the document's when the section is absent
  std::string path;   ///< "findings.examination"
  Field<DateTime> datetime;
  Text place_type;    ///< cabinet | service_hospitalier | domicile | autre
  Text place;         ///< free text: the practice, the ward, required with "autre"
  Text request_mode;  ///< demande_spontanee | requisition
  Requisition requisition;
  std::optional<Attendant> legal_representative;
  std::optional<Attendant> interpreter;
};

/// The facts as the person declares them: never asserted, only reported.
struct Facts {
  Location where;     ///< the section's mapping, or the document's when the section is absent
  std::string path;   ///< "findings.facts"
  Field<DateTime> datetime;  ///< date alone allowed
  Text place;                ///< the person's words
  Text place_own_words;      ///< the professional's wording of the place, instead of the person's words
};

struct Size {
  Field<double> length_cm;
  Field<double> width_cm;
  Text measures;  ///< vocabulary "size_measures": each | largest | group; what the size of several lesions is
};

/// Where the practitioner placed a lesion's marker on a view of the body diagram (the form's click): it
/// replaces the place the region, side and face give.
struct MarkerPosition {
  Text view;        ///< vocabulary "diagram_views"
  Field<double> x;  ///< 0 (left) to 1 (right) of the view's box
  Field<double> y;  ///< 0 (top) to 1 (bottom)
};

struct Lesion {
  Location where;
  std::string path;
  Text type;      ///< vocabulary "lesion_types"
  Field<int> count;  ///< how many lesions of this type at this place; absent: one (or, for pétéchies, unsaid)
  Text shape;     ///< vocabulary "lesion_shapes": arrondie, ovalaire, lineaire…
  Text grouping;  ///< vocabulary "lesion_groupings": alignees, paralleles… (several lesions)
  Text region;    ///< vocabulary "regions"
  Text side;      ///< droite | gauche | mediane | bilaterale
  Text face;      ///< anterieure | posterieure | laterale | interne | externe
  Text tooth;     ///< FDI number, 11 to 48 (permanent) or 51 to 85 (deciduous) (dental findings); optional
  Text location_detail;  ///< free text, e.g. "à 3 cm sous le pli du coude"
  Size size;
  Text colour;    ///< vocabulary "colours"; as observed, never dated
  Text aspect;    ///< free text
  Text note;      ///< free text
  /// vocabulary "prior_comparisons": a deficit compared with the sessions of the care under way before the facts
  Text prior_comparison;
  MarkerPosition marker;
};

struct ComplementaryExam {
  Location where;
  std::string path;
  Text exam;
  Text result;
};

/// One question of the réquisition's mission: the authority's words, copied, and the professional's answer.
struct MissionQuestion {
  Location where;
  std::string path;
  Text question;   ///< the authority's text (Authorship::cited)
  Text answer;     ///< professional's own text
  Field<bool> asks_itt;  ///< the question asks for the ITT; absent: read from the question's words
};

struct Itt {
  Location where;
  std::string path;
  Text mode;      ///< fixed | not_determined
  Field<int> days;
  Text reason;     ///< not_determined: why it cannot be fixed today (professional's own text)
  Text follow_up;  ///< not_determined: when it will be (« à l'issue d'un nouvel examen … »)
  /// The ITT includes a psychological part: the reserve on its evolution and a later examination (documents-fr §H.2)
  Field<bool> psychological_reserve;
};

/// The initial document a follow-up refers to, as that document states it (documents-fr §E).
struct InitialDocument {
  Location where;     ///< the mapping, or the follow-up's when it is absent
  std::string path;   ///< "findings.follow_up.initial"
  Field<DateTime> datetime;  ///< its examination's date, with the hour when known (R-FU-1, R-FU-3)
  Text author;        ///< its author when another professional wrote it: "Docteur Paul Exemple"
  Text rpps;          ///< that author's RPPS number
  Text sha256;        ///< the SHA-256 of its PDF file, 64 hex digits (R-FU-5)
  Field<int> itt_days;  ///< the ITT it gave, recalled beside the revised one (physician)
};

/// This document follows an initial one: « certificat médical complémentaire n° 1 » (documents-fr §E).
struct FollowUp {
  Location where;
  std::string path;
  Field<int> number;  ///< 1, 2…: its rank after the initial document (R-FU-2)
  InitialDocument initial;
};

/// The report to the public prosecutor (« signalement », Code pénal art. 226-14; documents-fr §A): its legal
/// route, the person's consent or her information, the parquet it goes to. Its presence makes the document a
/// signalement (the profession's signalement template).
struct Signalement {
  Location where;
  std::string path;
  Text route;                         ///< vocabulary "signalement_routes": danger_emprise (3°) | accord (2°)
  Text consent;                       ///< vocabulary "signalement_consents": obtenu | impossible
  Field<DateTime> consent_datetime;   ///< when she agreed
  Field<DateTime> informed_datetime;  ///< consent impossible: when she was told of the signalement
  Text informed_how;                  ///< professional's own text: how she was told
  Text not_informed_reason;           ///< professional's own text: why she could not be told (R-SIG-2)
  Text unable_to_protect;             ///< professional's own text: route 2° without consent (R-SIG-3)
  Text parquet;                       ///< « tribunal judiciaire de Lyon »: the place of the facts' court
  Text safe_contact;                  ///< professional's own text: how to reach her without danger
  Field<bool> urgent;
  Field<DateTime> phoned_datetime;    ///< urgent: when the parquet was told by telephone
  // A minor (documents-fr §B): to the prosecutor, or an information préoccupante to the département's cell.
  Text addressee;                     ///< vocabulary "signalement_addressees": procureur (default) | crip
  Text crip;                          ///< « conseil départemental de … »: the cell's département
  Field<bool> copy_crip;              ///< a signalement of a minor: a copy goes to the cell (R-MIN-3)
  Text parents_informed;              ///< vocabulary "parents_informed": oui | non (R-MIN-4)
  Text parents_not_informed_reason;   ///< professional's own text: why informing them is against the child
};

/// Who came with a minor (HAS model « Accompagné de »): an adult or a minor, the link with the child, how to
/// reach them; or nobody. Their words are `Findings::accompanying_words`, quoted apart from the child's (R-MIN-1).
struct Accompanying {
  Location where;
  std::string path;
  Text status;       ///< vocabulary "accompanying_statuses": majeur | mineur | seul
  Text civility;     ///< vocabulary "civility": the agreement of the printed link (« sa tante »)
  Text given_name;
  Text family_name;
  Text link;         ///< vocabulary "accompanying_links": the link with the child
  Text contact;      ///< professional's own text: how to reach them
};

/// One criterion of danger the person reports (vade-mecum of 2020, documents-fr §A.4): a report, never a fact.
struct DangerCriterion {
  Location where;
  std::string path;
  Text criterion;  ///< vocabulary "danger_criteria"
  Text detail;     ///< professional's own text: what she reports of it
};

/// A child living in the household, as the person reports it (documents-fr §A.3, R-SIG-7).
struct HouseholdChild {
  Location where;
  std::string path;
  Field<int> age_years;            ///< 0: under one year
  Text violence;                   ///< vocabulary "child_violence_reports": what she reports of violence against it
};

/// The state before the facts, as the person declares it or as the professional knows it.
struct PriorState {
  Text description;  ///< professional's own text
  Text source;       ///< vocabulary "prior_state_sources": declared | known
};

/// What limited the examination: a part the person declined, or an examination that was not possible.
struct ExaminationLimit {
  Text kind;    ///< vocabulary "examination_limits"
  Text detail;  ///< which part, or why (professional's own text)
};

/// The care given: the treatment given or prescribed, the care given in emergency (professional's own text).
struct Care {
  Text treatment;
  Text emergency;
};

/// A pregnancy under way (midwife, physician): its term in weeks of amenorrhoea and what the examination found.
struct Pregnancy {
  Location where;
  std::string path;
  Field<int> term_weeks;       ///< « 24 SA »
  Field<int> term_days;        ///< « + 3 j », 0 to 6
  Text term_basis;             ///< vocabulary "pregnancy_term_bases": declaration | ddr | echographie
  Text fetal_movements;        ///< vocabulary "fetal_movements": rapportes | percus | absents
  Text fetal_heart;            ///< vocabulary "fetal_heart": entendus | non_entendus | non_recherches
  Text fetal_heart_method;     ///< professional's own text: « au Doppler »
  Text obstetric_findings;     ///< professional's own text
};

/// Why the person is followed (physiotherapist, podiatrist): the care under way before the facts.
struct CareReason {
  Location where;
  std::string path;
  Text description;  ///< professional's own text
  Text region;       ///< vocabulary "regions": the region treated, compared with the deficits found (R-AN-2)
  Text side;         ///< vocabulary "sides"
};

/// A dentist's reservation on the future of a tooth (pulp vitality, keeping it on the arch, the germ beneath).
struct DentalReservation {
  Location where;
  std::string path;
  Text tooth;   ///< FDI number
  Text kind;    ///< vocabulary "dental_reservations"
  Text detail;  ///< professional's own text
};

/// What the person agreed to (R-PH-4): the body diagram, photographs, and either of them of the genital
/// region, each said apart; and when.
struct AnnexConsent {
  Location where;
  std::string path;
  Field<bool> diagram;
  Field<bool> photos;
  Field<bool> genital;
  Field<DateTime> datetime;  ///< a date alone is allowed
};

/// A photograph annexed to the document: the file, the lesion it shows, when and by whom it was taken.
struct Photo {
  Location where;
  std::string path;
  Text file;              ///< beside the findings (CLI), or the name of bytes given with them (library, form)
  Field<int> lesion;      ///< the lesion's number: its rank in `lesions`, from 1
  Field<DateTime> taken;  ///< date and hour of the capture
  Text taken_by;          ///< absent: the author
  Field<bool> scale;      ///< a metric scale is visible on it
  Text sha256;            ///< the original file's SHA-256: medcert records it; a given one must match (R-PH-6)
};

struct Issuance {
  Location where;     ///< the section's mapping, or the document's when the section is absent
  std::string path;   ///< "findings.issuance"
  Field<DateTime> datetime;
  Text place;
  Text recipient;  ///< patient | legal_representative | requisition_authority | dossier
  Text requested_by;  ///< a minor's certificate: patient | legal_representative (vocabulary "requesters")
};

struct Findings {
  std::string source_name;
  Location where;  ///< the document's top-level mapping
  Field<int> format;  ///< "medcert: 1"
  Text template_id;   ///< optional: defaults to the author's profession's template
  Author author;
  Patient patient;
  std::optional<FollowUp> follow_up;  ///< present: this document follows an initial one
  std::optional<Signalement> signalement;  ///< present: this document is a signalement to the prosecutor
  std::vector<DangerCriterion> danger_criteria;
  std::vector<Text> emprise_elements;  ///< professional's own text: what she reports of the control over her
  std::vector<HouseholdChild> household_children;
  std::optional<Accompanying> accompanying;  ///< a minor: who came with the child
  std::vector<Text> accompanying_words;      ///< the accompanying person's words, verbatim (R-MIN-1)
  Examination examination;
  Facts facts;
  std::vector<Text> declarations;  ///< the person's words, verbatim
  // The explicit statements that replace a section's content (vocabularies of the template): a section is
  // never silent, so that "nothing to report" and "forgotten" read differently.
  Text declarations_statement;     ///< she did not wish to, or could not, relate the facts
  std::vector<Text> complaints;    ///< doléances, the person's words, verbatim
  Text complaints_statement;       ///< no complaint expressed
  PriorState prior_state;
  std::optional<CareReason> care_reason;
  std::optional<Pregnancy> pregnancy;
  Text examined_regions;           ///< professional's own text: what the examination covered
  ExaminationLimit examination_limit;
  std::vector<Lesion> lesions;
  std::vector<Text> negative_findings;  ///< professional's own text
  Text psychological_state;             ///< professional's own text
  Text psychological_state_statement;
  Text functional_impact;               ///< professional's own text
  Text functional_impact_statement;
  std::vector<ComplementaryExam> complementary_exams;
  Care care;
  std::vector<MissionQuestion> mission;  ///< on a réquisition: its questions, each with its answer
  std::vector<DentalReservation> dental_reservations;
  Field<bool> follow_up_certificate;    ///< "un certificat complémentaire sera établi"
  std::optional<Itt> itt;
  Field<bool> diagram;                  ///< annex the body diagram of the lesions
  std::vector<Photo> photos;            ///< annexed photographs
  std::optional<AnnexConsent> annex_consent;
  Issuance issuance;
};

/// Calls `fn` on every text value of the field table, present or not, in document order
/// (for checks that apply to all text alike, such as which characters can be printed).
void for_each_text(const Findings& findings, const std::function<void(const Text&)>& fn);

/// The person's completed years on the examination's date, when both dates are known and in order.
std::optional<int> age_at_examination(const Findings& findings);

}  // namespace medcert::model
