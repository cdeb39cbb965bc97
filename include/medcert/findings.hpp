// SPDX-License-Identifier: Apache-2.0
// Findings as a typed C++ object: the same content as the YAML/JSON format (docs/findings-format.md),
// member for member, for programs that hold the data already and would otherwise have to write text.
// Plain values only: an absent optional is an absent key. Dates and times are written as in the text
// format ("2026-11-20", "2026-11-20T10:15:00+01:00") and checked by the same rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <medcert/export.hpp>

MEDCERT_BEGIN_NAMESPACE

using OptionalText = std::optional<std::string>;

struct FindingsAuthor {
  OptionalText civility, title, given_name, family_name, profession, specialty;
  OptionalText rpps, adeli, ordinal_number, structure;
  std::vector<std::string> address;  ///< lines
  OptionalText phone, email;
  OptionalText time_zone;  ///< IANA id ("Indian/Reunion"); absent: the engine's (Europe/Paris)
};

struct FindingsPatient {
  OptionalText civility, family_name, birth_name, given_names;
  OptionalText birth_date;  ///< "YYYY-MM-DD"
  std::vector<std::string> address;
  OptionalText identity;  ///< verified | declared
  OptionalText identity_document;  ///< with verified: carte_identite | passeport | titre_sejour | permis_conduire | autre
};

/// A legal representative or an interpreter; each reads only its own keys (an interpreter's `kind`,
/// `language` and `link`; a representative's `role` and `not_implicated`), the others are not read.
struct FindingsAttendant {
  OptionalText kind, civility, given_name, family_name, language;
  OptionalText link;  ///< interpreter: aucun | conjoint | ex_conjoint | famille | ami | autre
  OptionalText role;  ///< representative: tutelle | curatelle | habilitation_representation | habilitation_assistance | mandat_protection_future
  std::optional<bool> not_implicated;  ///< representative: confirmed not implicated in the facts
};

/// Who signed the requisition for the authority.
struct FindingsRequisitionOfficer {
  OptionalText name, rank, unit;
};

struct FindingsRequisition {
  OptionalText authority;
  std::optional<FindingsRequisitionOfficer> officer;
  OptionalText datetime;  ///< date and time, with its UTC offset or in the practice's local time
  OptionalText reference;
  OptionalText legal_basis;  ///< absent: the template's wording of the code de procédure pénale's articles
  std::optional<bool> sworn_expert;  ///< on an expert list: no written oath (absent: false)
};

struct FindingsExamination {
  OptionalText datetime;  ///< with its UTC offset, or in the practice's local time
  OptionalText place_type, place, request_mode;
  std::optional<FindingsRequisition> requisition;
  std::optional<FindingsAttendant> legal_representative;
  std::optional<FindingsAttendant> interpreter;
};

struct FindingsFacts {
  OptionalText datetime;  ///< a date, or a date and time (with its UTC offset, or local)
  OptionalText place;     ///< the person's words
  OptionalText place_own_words;  ///< the professional's wording of the place, instead of the person's
};

struct FindingsLesionSize {
  std::optional<double> length_cm, width_cm;
  OptionalText measures;  ///< each | largest | group: what the size of several lesions measures
};

/// Where a lesion's marker sits on a view of the body diagram, placed by hand (x, y from 0 to 1 of the view).
struct FindingsMarker {
  OptionalText view;  ///< corps_face, corps_dos, visage, mains, pieds, odontogramme, perinee_f, perinee_m
  std::optional<double> x, y;
};

struct FindingsLesion {
  OptionalText type, region, side, face, location_detail;
  OptionalText tooth;  ///< FDI number ("21"; a deciduous tooth "51"), for dental findings
  std::optional<FindingsLesionSize> size;
  OptionalText colour, aspect, note;
  std::optional<int> count;      ///< how many lesions of this type at this place (absent: one)
  OptionalText shape, grouping;  ///< lesion_shapes (arrondie, lineaire…), lesion_groupings (alignees…)
  OptionalText prior_comparison;  ///< inchange | majoration | nouveau: a deficit against the care's earlier sessions
  std::optional<FindingsMarker> marker = std::nullopt;  ///< absent: the region, side and face place it
};

/// A photograph annexed to the document. `file` names the bytes given with the findings
/// (RenderOptions::photos), or a file beside the findings for the CLI.
struct FindingsPhoto {
  OptionalText file;
  std::optional<int> lesion;  ///< the lesion's rank in `lesions`, from 1
  OptionalText taken;         ///< date and time of the capture
  OptionalText taken_by;      ///< absent: the author
  std::optional<bool> scale;  ///< a metric scale is visible
  OptionalText sha256;        ///< the original's SHA-256 (medcert records it; a given one must match)
};

/// The person's consent to the annexes: to the diagram, to photographs, expressly to the genital region.
struct FindingsAnnexConsent {
  std::optional<bool> diagram, photos, genital;
  OptionalText date;  ///< a date, or a date and time
};

struct FindingsComplementaryExam {
  OptionalText exam, result;
};

/// A question of the requisition's mission (its words, copied) and the professional's answer.
struct FindingsMissionQuestion {
  OptionalText question, answer;
  std::optional<bool> asks_itt;  ///< absent: read from the question's words
};

struct FindingsItt {
  OptionalText mode;  ///< fixed | not_determined
  std::optional<int> days;
  OptionalText reason, follow_up;  ///< not_determined: why, and when it will be fixed
  std::optional<bool> psychological_reserve;  ///< the ITT includes a psychological part: the reserve is printed
};

/// The initial document a follow-up refers to, as it states it.
struct FindingsInitialDocument {
  OptionalText datetime;  ///< its examination's date, or date and time
  OptionalText author;    ///< only when another professional wrote it: "le Docteur Paul EXEMPLE"
  OptionalText rpps;      ///< that author's RPPS number
  OptionalText sha256;    ///< the SHA-256 of its PDF file, 64 hexadecimal digits
  std::optional<int> itt_days;  ///< the ITT it gave (physician)
};

/// Present: the document follows an initial one (« certificat médical complémentaire n° 1 »).
struct FindingsFollowUp {
  std::optional<int> number;  ///< 1, 2…
  std::optional<FindingsInitialDocument> initial;
};

/// Present: the document is a signalement to the public prosecutor (Code pénal art. 226-14), not a certificate.
struct FindingsSignalement {
  OptionalText route;    ///< danger_emprise (226-14, 3°) | accord (226-14, 2°)
  OptionalText consent;  ///< obtenu | impossible
  OptionalText consent_datetime, informed_datetime;  ///< a date, or a date and time
  OptionalText informed_how, not_informed_reason, unable_to_protect;
  OptionalText parquet;  ///< « tribunal judiciaire de … », of the place of the facts
  OptionalText safe_contact;
  std::optional<bool> urgent;
  OptionalText phoned_datetime;  ///< with its UTC offset
  OptionalText addressee;        ///< a minor: procureur (default) | crip (information préoccupante)
  OptionalText crip;             ///< « conseil départemental de … »
  std::optional<bool> copy_crip;  ///< a minor's signalement: a copy to the cell
  OptionalText parents_informed;  ///< oui | non
  OptionalText parents_not_informed_reason;
};

/// Who came with a minor: majeur | mineur | seul, and who (accompanying_links vocabulary).
struct FindingsAccompanying {
  OptionalText status;
  OptionalText civility, given_name, family_name;
  OptionalText link;
  OptionalText contact;
};

/// A criterion of immediate danger the person reports (vocabulary "danger_criteria").
struct FindingsDangerCriterion {
  OptionalText criterion, detail;
};

/// A child living in the household, as the person reports it.
struct FindingsHouseholdChild {
  std::optional<int> age_years;  ///< 0: under one year
  OptionalText violence;  ///< rapportees | non_rapportees: violence against the child, as she reports it
};

struct FindingsPriorState {
  OptionalText description;
  OptionalText source;  ///< declare | connu
};

struct FindingsExaminationLimit {
  OptionalText kind;  ///< refus_partiel | impossible
  OptionalText detail;
};

struct FindingsCare {
  OptionalText treatment, emergency;
};

/// Why the person is followed (physiotherapist, podiatrist).
struct FindingsCareReason {
  OptionalText description;
  OptionalText region, side;  ///< the region treated (regions, sides vocabularies)
};

/// A pregnancy under way (midwife, physician).
struct FindingsPregnancy {
  std::optional<int> term_weeks, term_days;  ///< « 24 SA + 3 j »
  OptionalText term_basis;                   ///< declaration | ddr | echographie
  OptionalText fetal_movements;              ///< rapportes | percus | absents
  OptionalText fetal_heart;                  ///< entendus | non_entendus | non_recherches
  OptionalText fetal_heart_method, obstetric_findings;
};

/// A dentist's reservation on a tooth's future.
struct FindingsDentalReservation {
  OptionalText tooth;  ///< FDI number
  OptionalText kind;   ///< vitalite_pulpaire | maintien_arcade | germe
  OptionalText detail;
};

struct FindingsIssuance {
  OptionalText datetime;  ///< with its UTC offset
  OptionalText place, recipient;
  OptionalText requested_by;  ///< a minor's certificate: patient | legal_representative
};

/// The whole findings document; `format` is the "medcert:" version line.
struct Findings {
  int format = 1;
  OptionalText template_id;  ///< the "template:" key
  std::optional<FindingsAuthor> author;
  std::optional<FindingsPatient> patient;
  std::optional<FindingsFollowUp> follow_up;
  std::optional<FindingsSignalement> signalement;
  std::vector<FindingsDangerCriterion> danger_criteria;
  std::vector<std::string> emprise_elements;
  std::vector<FindingsHouseholdChild> household_children;
  std::optional<FindingsAccompanying> accompanying;
  std::vector<std::string> accompanying_words;  ///< the accompanying person's words, verbatim
  std::optional<FindingsExamination> examination;
  std::optional<FindingsFacts> facts;
  std::vector<std::string> declarations;  ///< the person's words, verbatim
  OptionalText declarations_statement;
  std::vector<std::string> complaints;
  OptionalText complaints_statement;
  std::optional<FindingsCareReason> care_reason;
  std::optional<FindingsPriorState> prior_state;
  std::optional<FindingsPregnancy> pregnancy;
  OptionalText examined_regions;
  std::optional<FindingsExaminationLimit> examination_limit;
  std::vector<FindingsLesion> lesions;
  std::vector<std::string> negative_findings;
  OptionalText psychological_state, psychological_state_statement;
  OptionalText functional_impact, functional_impact_statement;
  std::vector<FindingsComplementaryExam> complementary_exams;
  std::optional<FindingsCare> care;
  std::vector<FindingsDentalReservation> dental_reservations;
  std::optional<bool> follow_up_certificate;
  std::vector<FindingsMissionQuestion> mission;  ///< on a requisition
  std::optional<FindingsItt> itt;
  std::optional<bool> diagram;  ///< annex the body diagram of the lesions
  std::vector<FindingsPhoto> photos;
  std::optional<FindingsAnnexConsent> annex_consent;
  std::optional<FindingsIssuance> issuance;
};

MEDCERT_END_NAMESPACE
