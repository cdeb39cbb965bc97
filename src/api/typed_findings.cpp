// SPDX-License-Identifier: Apache-2.0
#include "api/typed_findings.hpp"

#include <variant>

#include <fmt/format.h>

#include "load/load.hpp"
#include "model/field_table.hpp"

namespace medcert::api {
namespace {

using load::Node;

// What a typed member may be: a value, a list of texts, a section, a list of sections (include/medcert/findings.hpp).
template <class S>
using Member = std::variant<int S::*, OptionalText S::*, std::optional<double> S::*, std::optional<int> S::*,
                            std::optional<bool> S::*, std::vector<std::string> S::*, std::optional<FindingsAuthor> S::*,
                            std::optional<FindingsPatient> S::*, std::optional<FindingsAttendant> S::*,
                            std::optional<FindingsRequisition> S::*, std::optional<FindingsExamination> S::*,
                            std::optional<FindingsFacts> S::*, std::optional<FindingsLesionSize> S::*,
                            std::optional<FindingsItt> S::*, std::optional<FindingsIssuance> S::*,
                            std::optional<FindingsPriorState> S::*, std::optional<FindingsExaminationLimit> S::*,
                            std::optional<FindingsCare> S::*, std::optional<FindingsRequisitionOfficer> S::*,
                            std::optional<FindingsCareReason> S::*, std::optional<FindingsPregnancy> S::*,
                            std::vector<FindingsDentalReservation> S::*, std::optional<FindingsFollowUp> S::*,
                            std::optional<FindingsInitialDocument> S::*, std::optional<FindingsSignalement> S::*,
                            std::vector<FindingsDangerCriterion> S::*, std::vector<FindingsHouseholdChild> S::*,
                            std::vector<FindingsLesion> S::*, std::vector<FindingsComplementaryExam> S::*,
                            std::vector<FindingsMissionQuestion> S::*, std::optional<FindingsAccompanying> S::*,
                            std::optional<FindingsMarker> S::*, std::vector<FindingsPhoto> S::*,
                            std::optional<FindingsAnnexConsent> S::*>;

/// The typed member that holds a row of the field table, by the row's path; the key, the order and the
/// nesting come from the table.
template <class S>
struct Binding {
  std::string_view path;
  Member<S> member;
};

// Each struct's bindings (none for a type that is no struct of the findings).
template <class S>
const std::vector<Binding<S>> bindings{};

template <>
const std::vector<Binding<Findings>> bindings<Findings> = {
    {"medcert", &Findings::format},
    {"template", &Findings::template_id},
    {"author", &Findings::author},
    {"patient", &Findings::patient},
    {"follow_up", &Findings::follow_up},
    {"signalement", &Findings::signalement},
    {"danger_criteria", &Findings::danger_criteria},
    {"emprise_elements", &Findings::emprise_elements},
    {"household_children", &Findings::household_children},
    {"accompanying", &Findings::accompanying},
    {"accompanying_words", &Findings::accompanying_words},
    {"examination", &Findings::examination},
    {"facts", &Findings::facts},
    {"declarations", &Findings::declarations},
    {"declarations_statement", &Findings::declarations_statement},
    {"complaints", &Findings::complaints},
    {"complaints_statement", &Findings::complaints_statement},
    {"care_reason", &Findings::care_reason},
    {"prior_state", &Findings::prior_state},
    {"pregnancy", &Findings::pregnancy},
    {"examined_regions", &Findings::examined_regions},
    {"examination_limit", &Findings::examination_limit},
    {"lesions", &Findings::lesions},
    {"negative_findings", &Findings::negative_findings},
    {"psychological_state", &Findings::psychological_state},
    {"psychological_state_statement", &Findings::psychological_state_statement},
    {"functional_impact", &Findings::functional_impact},
    {"functional_impact_statement", &Findings::functional_impact_statement},
    {"complementary_exams", &Findings::complementary_exams},
    {"care", &Findings::care},
    {"dental_reservations", &Findings::dental_reservations},
    {"follow_up_certificate", &Findings::follow_up_certificate},
    {"mission", &Findings::mission},
    {"itt", &Findings::itt},
    {"diagram", &Findings::diagram},
    {"photos", &Findings::photos},
    {"annex_consent", &Findings::annex_consent},
    {"issuance", &Findings::issuance},
};

template <>
const std::vector<Binding<FindingsAuthor>> bindings<FindingsAuthor> = {
    {"author.civility", &FindingsAuthor::civility},
    {"author.title", &FindingsAuthor::title},
    {"author.given_name", &FindingsAuthor::given_name},
    {"author.family_name", &FindingsAuthor::family_name},
    {"author.profession", &FindingsAuthor::profession},
    {"author.specialty", &FindingsAuthor::specialty},
    {"author.rpps", &FindingsAuthor::rpps},
    {"author.adeli", &FindingsAuthor::adeli},
    {"author.ordinal_number", &FindingsAuthor::ordinal_number},
    {"author.structure", &FindingsAuthor::structure},
    {"author.address", &FindingsAuthor::address},
    {"author.phone", &FindingsAuthor::phone},
    {"author.email", &FindingsAuthor::email},
    {"author.time_zone", &FindingsAuthor::time_zone},
};

template <>
const std::vector<Binding<FindingsPatient>> bindings<FindingsPatient> = {
    {"patient.civility", &FindingsPatient::civility},     {"patient.family_name", &FindingsPatient::family_name},
    {"patient.birth_name", &FindingsPatient::birth_name}, {"patient.given_names", &FindingsPatient::given_names},
    {"patient.birth_date", &FindingsPatient::birth_date}, {"patient.address", &FindingsPatient::address},
    {"patient.identity", &FindingsPatient::identity},
    {"patient.identity_document", &FindingsPatient::identity_document},
};

// One struct for both attendants: each binds the rows its section has (a legal representative has no kind,
// language or link; an interpreter no role).
template <>
const std::vector<Binding<FindingsAttendant>> bindings<FindingsAttendant> = {
    {"examination.legal_representative.civility", &FindingsAttendant::civility},
    {"examination.legal_representative.given_name", &FindingsAttendant::given_name},
    {"examination.legal_representative.family_name", &FindingsAttendant::family_name},
    {"examination.legal_representative.role", &FindingsAttendant::role},
    {"examination.legal_representative.not_implicated", &FindingsAttendant::not_implicated},
    {"examination.interpreter.kind", &FindingsAttendant::kind},
    {"examination.interpreter.civility", &FindingsAttendant::civility},
    {"examination.interpreter.given_name", &FindingsAttendant::given_name},
    {"examination.interpreter.family_name", &FindingsAttendant::family_name},
    {"examination.interpreter.language", &FindingsAttendant::language},
    {"examination.interpreter.link", &FindingsAttendant::link},
};

template <>
const std::vector<Binding<FindingsRequisition>> bindings<FindingsRequisition> = {
    {"examination.requisition.authority", &FindingsRequisition::authority},
    {"examination.requisition.officer", &FindingsRequisition::officer},
    {"examination.requisition.datetime", &FindingsRequisition::datetime},
    {"examination.requisition.reference", &FindingsRequisition::reference},
    {"examination.requisition.legal_basis", &FindingsRequisition::legal_basis},
    {"examination.requisition.sworn_expert", &FindingsRequisition::sworn_expert},
};

template <>
const std::vector<Binding<FindingsRequisitionOfficer>> bindings<FindingsRequisitionOfficer> = {
    {"examination.requisition.officer.name", &FindingsRequisitionOfficer::name},
    {"examination.requisition.officer.rank", &FindingsRequisitionOfficer::rank},
    {"examination.requisition.officer.unit", &FindingsRequisitionOfficer::unit},
};

template <>
const std::vector<Binding<FindingsMissionQuestion>> bindings<FindingsMissionQuestion> = {
    {"mission[].question", &FindingsMissionQuestion::question},
    {"mission[].answer", &FindingsMissionQuestion::answer},
    {"mission[].asks_itt", &FindingsMissionQuestion::asks_itt},
};

template <>
const std::vector<Binding<FindingsExamination>> bindings<FindingsExamination> = {
    {"examination.datetime", &FindingsExamination::datetime},
    {"examination.place_type", &FindingsExamination::place_type},
    {"examination.place", &FindingsExamination::place},
    {"examination.request_mode", &FindingsExamination::request_mode},
    {"examination.requisition", &FindingsExamination::requisition},
    {"examination.legal_representative", &FindingsExamination::legal_representative},
    {"examination.interpreter", &FindingsExamination::interpreter},
};

template <>
const std::vector<Binding<FindingsFacts>> bindings<FindingsFacts> = {
    {"facts.datetime", &FindingsFacts::datetime},
    {"facts.place", &FindingsFacts::place},
    {"facts.place_own_words", &FindingsFacts::place_own_words},
};

template <>
const std::vector<Binding<FindingsLesionSize>> bindings<FindingsLesionSize> = {
    {"lesions[].size.length_cm", &FindingsLesionSize::length_cm},
    {"lesions[].size.width_cm", &FindingsLesionSize::width_cm},
    {"lesions[].size.measures", &FindingsLesionSize::measures},
};

template <>
const std::vector<Binding<FindingsLesion>> bindings<FindingsLesion> = {
    {"lesions[].type", &FindingsLesion::type},
    {"lesions[].count", &FindingsLesion::count},
    {"lesions[].region", &FindingsLesion::region},
    {"lesions[].side", &FindingsLesion::side},
    {"lesions[].face", &FindingsLesion::face},
    {"lesions[].location_detail", &FindingsLesion::location_detail},
    {"lesions[].tooth", &FindingsLesion::tooth},
    {"lesions[].size", &FindingsLesion::size},
    {"lesions[].shape", &FindingsLesion::shape},
    {"lesions[].grouping", &FindingsLesion::grouping},
    {"lesions[].colour", &FindingsLesion::colour},
    {"lesions[].aspect", &FindingsLesion::aspect},
    {"lesions[].note", &FindingsLesion::note},
    {"lesions[].prior_comparison", &FindingsLesion::prior_comparison},
    {"lesions[].marker", &FindingsLesion::marker},
};

template <>
const std::vector<Binding<FindingsMarker>> bindings<FindingsMarker> = {
    {"lesions[].marker.view", &FindingsMarker::view},
    {"lesions[].marker.x", &FindingsMarker::x},
    {"lesions[].marker.y", &FindingsMarker::y},
};

template <>
const std::vector<Binding<FindingsPhoto>> bindings<FindingsPhoto> = {
    {"photos[].file", &FindingsPhoto::file},         {"photos[].lesion", &FindingsPhoto::lesion},
    {"photos[].taken", &FindingsPhoto::taken},       {"photos[].taken_by", &FindingsPhoto::taken_by},
    {"photos[].scale", &FindingsPhoto::scale},       {"photos[].sha256", &FindingsPhoto::sha256},
};

template <>
const std::vector<Binding<FindingsAnnexConsent>> bindings<FindingsAnnexConsent> = {
    {"annex_consent.diagram", &FindingsAnnexConsent::diagram},
    {"annex_consent.photos", &FindingsAnnexConsent::photos},
    {"annex_consent.genital", &FindingsAnnexConsent::genital},
    {"annex_consent.date", &FindingsAnnexConsent::date},
};

template <>
const std::vector<Binding<FindingsComplementaryExam>> bindings<FindingsComplementaryExam> = {
    {"complementary_exams[].exam", &FindingsComplementaryExam::exam},
    {"complementary_exams[].result", &FindingsComplementaryExam::result},
};

template <>
const std::vector<Binding<FindingsItt>> bindings<FindingsItt> = {
    {"itt.mode", &FindingsItt::mode},
    {"itt.days", &FindingsItt::days},
    {"itt.reason", &FindingsItt::reason},
    {"itt.follow_up", &FindingsItt::follow_up},
    {"itt.psychological_reserve", &FindingsItt::psychological_reserve},
};

template <>
const std::vector<Binding<FindingsFollowUp>> bindings<FindingsFollowUp> = {
    {"follow_up.number", &FindingsFollowUp::number},
    {"follow_up.initial", &FindingsFollowUp::initial},
};

template <>
const std::vector<Binding<FindingsInitialDocument>> bindings<FindingsInitialDocument> = {
    {"follow_up.initial.datetime", &FindingsInitialDocument::datetime},
    {"follow_up.initial.author", &FindingsInitialDocument::author},
    {"follow_up.initial.rpps", &FindingsInitialDocument::rpps},
    {"follow_up.initial.sha256", &FindingsInitialDocument::sha256},
    {"follow_up.initial.itt_days", &FindingsInitialDocument::itt_days},
};

template <>
const std::vector<Binding<FindingsSignalement>> bindings<FindingsSignalement> = {
    {"signalement.route", &FindingsSignalement::route},
    {"signalement.consent", &FindingsSignalement::consent},
    {"signalement.consent_datetime", &FindingsSignalement::consent_datetime},
    {"signalement.informed_datetime", &FindingsSignalement::informed_datetime},
    {"signalement.informed_how", &FindingsSignalement::informed_how},
    {"signalement.not_informed_reason", &FindingsSignalement::not_informed_reason},
    {"signalement.unable_to_protect", &FindingsSignalement::unable_to_protect},
    {"signalement.parquet", &FindingsSignalement::parquet},
    {"signalement.safe_contact", &FindingsSignalement::safe_contact},
    {"signalement.urgent", &FindingsSignalement::urgent},
    {"signalement.phoned_datetime", &FindingsSignalement::phoned_datetime},
    {"signalement.addressee", &FindingsSignalement::addressee},
    {"signalement.crip", &FindingsSignalement::crip},
    {"signalement.copy_crip", &FindingsSignalement::copy_crip},
    {"signalement.parents_informed", &FindingsSignalement::parents_informed},
    {"signalement.parents_not_informed_reason", &FindingsSignalement::parents_not_informed_reason},
};

template <>
const std::vector<Binding<FindingsAccompanying>> bindings<FindingsAccompanying> = {
    {"accompanying.status", &FindingsAccompanying::status},
    {"accompanying.civility", &FindingsAccompanying::civility},
    {"accompanying.given_name", &FindingsAccompanying::given_name},
    {"accompanying.family_name", &FindingsAccompanying::family_name},
    {"accompanying.link", &FindingsAccompanying::link},
    {"accompanying.contact", &FindingsAccompanying::contact},
};

template <>
const std::vector<Binding<FindingsDangerCriterion>> bindings<FindingsDangerCriterion> = {
    {"danger_criteria[].criterion", &FindingsDangerCriterion::criterion},
    {"danger_criteria[].detail", &FindingsDangerCriterion::detail},
};

template <>
const std::vector<Binding<FindingsHouseholdChild>> bindings<FindingsHouseholdChild> = {
    {"household_children[].age_years", &FindingsHouseholdChild::age_years},
    {"household_children[].violence", &FindingsHouseholdChild::violence},
};

template <>
const std::vector<Binding<FindingsPriorState>> bindings<FindingsPriorState> = {
    {"prior_state.description", &FindingsPriorState::description},
    {"prior_state.source", &FindingsPriorState::source},
};

template <>
const std::vector<Binding<FindingsExaminationLimit>> bindings<FindingsExaminationLimit> = {
    {"examination_limit.kind", &FindingsExaminationLimit::kind},
    {"examination_limit.detail", &FindingsExaminationLimit::detail},
};

template <>
const std::vector<Binding<FindingsCare>> bindings<FindingsCare> = {
    {"care.treatment", &FindingsCare::treatment},
    {"care.emergency", &FindingsCare::emergency},
};

template <>
const std::vector<Binding<FindingsCareReason>> bindings<FindingsCareReason> = {
    {"care_reason.description", &FindingsCareReason::description},
    {"care_reason.region", &FindingsCareReason::region},
    {"care_reason.side", &FindingsCareReason::side},
};

template <>
const std::vector<Binding<FindingsPregnancy>> bindings<FindingsPregnancy> = {
    {"pregnancy.term_weeks", &FindingsPregnancy::term_weeks},
    {"pregnancy.term_days", &FindingsPregnancy::term_days},
    {"pregnancy.term_basis", &FindingsPregnancy::term_basis},
    {"pregnancy.fetal_movements", &FindingsPregnancy::fetal_movements},
    {"pregnancy.fetal_heart", &FindingsPregnancy::fetal_heart},
    {"pregnancy.fetal_heart_method", &FindingsPregnancy::fetal_heart_method},
    {"pregnancy.obstetric_findings", &FindingsPregnancy::obstetric_findings},
};

template <>
const std::vector<Binding<FindingsDentalReservation>> bindings<FindingsDentalReservation> = {
    {"dental_reservations[].tooth", &FindingsDentalReservation::tooth},
    {"dental_reservations[].kind", &FindingsDentalReservation::kind},
    {"dental_reservations[].detail", &FindingsDentalReservation::detail},
};

template <>
const std::vector<Binding<FindingsIssuance>> bindings<FindingsIssuance> = {
    {"issuance.datetime", &FindingsIssuance::datetime},
    {"issuance.place", &FindingsIssuance::place},
    {"issuance.recipient", &FindingsIssuance::recipient},
    {"issuance.requested_by", &FindingsIssuance::requested_by},
};

// Every value of the typed findings is read where the caller's object is: there is no line to point at.
Node scalar(std::string text, const Location& where) {
  Node node;
  node.kind = Node::Kind::scalar;
  node.text = std::move(text);
  node.where = where;
  return node;
}

Node sequence(std::vector<Node> items, const Location& where) {
  Node node;
  node.kind = Node::Kind::sequence;
  node.where = where;
  node.items = std::move(items);
  return node;
}

template <class S>
Node tree(const S& s, std::string_view prefix, const Location& where);

// A typed value as the loader reads text: numbers and booleans as their text ("2.5", "true"); nullopt for an
// absent optional or an empty list (the key is left out). `path` is the row's, for a section's own rows.
std::optional<Node> node_of(int value, std::string_view, const Location& where) {
  return scalar(std::to_string(value), where);
}
std::optional<Node> node_of(const OptionalText& value, std::string_view, const Location& where) {
  if (!value) return std::nullopt;
  return scalar(*value, where);
}
std::optional<Node> node_of(const std::optional<double>& value, std::string_view, const Location& where) {
  // A NaN or an infinity is written "nan", "inf": the loader reports the wrong type at its path.
  if (!value) return std::nullopt;
  return scalar(fmt::format("{}", *value), where);
}
std::optional<Node> node_of(const std::optional<int>& value, std::string_view path, const Location& where) {
  if (!value) return std::nullopt;
  return node_of(*value, path, where);
}
std::optional<Node> node_of(const std::optional<bool>& value, std::string_view, const Location& where) {
  if (!value) return std::nullopt;
  return scalar(*value ? "true" : "false", where);
}
std::optional<Node> node_of(const std::vector<std::string>& lines, std::string_view, const Location& where) {
  if (lines.empty()) return std::nullopt;
  std::vector<Node> items;
  for (const auto& line : lines) items.push_back(scalar(line, where));
  return sequence(std::move(items), where);
}
template <class T>
std::optional<Node> node_of(const std::optional<T>& section, std::string_view path, const Location& where) {
  if (!section) return std::nullopt;
  return tree(*section, std::string(path) + ".", where);
}
template <class T>
std::optional<Node> node_of(const std::vector<T>& elements, std::string_view path, const Location& where) {
  if (elements.empty()) return std::nullopt;
  std::vector<Node> items;
  for (const auto& element : elements) items.push_back(tree(element, std::string(path) + "[].", where));
  return sequence(std::move(items), where);
}

// The rows of the field table right under `prefix` ("", "author.", "lesions[]."), in the table's order, each
// from the member bound to its path.
template <class S>
Node tree(const S& s, std::string_view prefix, const Location& where) {
  Node node;
  node.kind = Node::Kind::mapping;
  node.where = where;
  for (const auto& row : model::field_table()) {
    if (row.path.substr(0, prefix.size()) != prefix) continue;
    const auto rest = row.path.substr(prefix.size());
    if (rest.find_first_of(".[") != std::string_view::npos) continue;
    for (const auto& binding : bindings<S>) {
      if (binding.path != row.path) continue;
      auto value = std::visit([&](auto member) { return node_of(s.*member, row.path, where); }, binding.member);
      if (value) node.entries.push_back({std::string(row.key()), where, std::move(*value)});
    }
  }
  return node;
}

template <class... S>
std::vector<std::string_view> paths_of() {
  std::vector<std::string_view> out;
  (..., [&out] {
    for (const auto& binding : bindings<S>) out.push_back(binding.path);
  }());
  return out;
}

}  // namespace

model::Result<model::Findings> load_typed(const Findings& f, const std::string& name) {
  return load::load_findings(tree(f, "", Location{name, 0, 0}), name);
}

std::vector<std::string_view> typed_paths() {
  return paths_of<Findings, FindingsAuthor, FindingsPatient, FindingsAttendant, FindingsRequisition,
                  FindingsRequisitionOfficer, FindingsExamination, FindingsFacts, FindingsLesionSize, FindingsLesion,
                  FindingsComplementaryExam, FindingsMissionQuestion, FindingsItt, FindingsIssuance,
                  FindingsPriorState, FindingsExaminationLimit, FindingsCare,
                  FindingsCareReason, FindingsPregnancy, FindingsDentalReservation, FindingsFollowUp,
                  FindingsInitialDocument, FindingsSignalement, FindingsDangerCriterion, FindingsHouseholdChild,
                  FindingsAccompanying, FindingsMarker, FindingsPhoto, FindingsAnnexConsent>();
}

}  // namespace medcert::api
