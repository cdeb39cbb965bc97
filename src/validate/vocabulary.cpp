// SPDX-License-Identifier: Apache-2.0
// R-VOCAB: coded values must be codes of the template's vocabularies, and the author's profession the template's.
#include "model/spelling.hpp"
#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

void check_code(const model::Template& tmpl, const model::Text& field, const std::string& vocabulary,
                Diagnostics& out) {
  // An empty code is an absent one: the rules that require the field report it.
  if (field.value.empty()) return;
  const auto known = tmpl.vocabularies.find(vocabulary);
  if (known == tmpl.vocabularies.end()) {
    out.push_back(report(Severity::error, "R-VOCAB.no_vocabulary", field,
                         {param("template", tmpl.id), param("vocabulary", vocabulary)}));
    return;
  }
  if (known->second.find(field.value)) return;
  const auto suggestion = model::closest(field.value, known->second.codes());
  out.push_back(report(Severity::error, suggestion.empty() ? "R-VOCAB.unknown_code" : "R-VOCAB.unknown_code_suggestion",
                       field,
                       {param("vocabulary", vocabulary),
                        param("did_you_mean", model::did_you_mean_fr(suggestion), model::did_you_mean_en(suggestion))},
                       choices_of(known->second)));
}

void check_profession(const model::Template& tmpl, const model::Text& profession, Diagnostics& out) {
  const auto& expected = tmpl.profession;
  if (!profession || expected.answers_to(profession.value)) return;
  out.push_back(report(Severity::error, "R-VOCAB.profession", profession,
                       {param("template", tmpl.id), param("profession", expected.label), param("id", expected.id),
                        param("id_en", expected.id_en)}));
}

}  // namespace

void check_vocabularies(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  const auto check = [&](const model::Text& field, const std::string& vocabulary) {
    check_code(tmpl, field, vocabulary, out);
  };
  check(findings.author.civility, "civility");
  check_profession(tmpl, findings.author.profession, out);
  check(findings.patient.civility, "civility");
  check(findings.patient.identity, "identity");
  check(findings.patient.identity_document, "identity_documents");
  const auto& exam = findings.examination;
  check(exam.place_type, "place_types");
  check(exam.request_mode, "request_modes");
  if (exam.interpreter) {
    check(exam.interpreter->kind, "interpreter_kinds");
    check(exam.interpreter->civility, "civility");
    check(exam.interpreter->link, "interpreter_links");
  }
  if (exam.legal_representative) {
    check(exam.legal_representative->civility, "civility");
    check(exam.legal_representative->role, "legal_representative_roles");
  }
  for (const auto& lesion : findings.lesions) {
    check(lesion.type, "lesion_types");
    check(lesion.region, "regions");
    check(lesion.side, "sides");
    check(lesion.face, "faces");
    check(lesion.colour, "colours");
    check(lesion.shape, "lesion_shapes");
    check(lesion.grouping, "lesion_groupings");
    check(lesion.size.measures, "size_measures");
    check(lesion.prior_comparison, "prior_comparisons");
  }
  if (const auto& reason = findings.care_reason) {
    check(reason->region, "regions");
    check(reason->side, "sides");
  }
  if (const auto& pregnancy = findings.pregnancy) {
    check(pregnancy->term_basis, "pregnancy_term_bases");
    check(pregnancy->fetal_movements, "fetal_movements");
    check(pregnancy->fetal_heart, "fetal_heart");
  }
  for (const auto& reservation : findings.dental_reservations) check(reservation.kind, "dental_reservations");
  // The recipient is checked by R-DL-2: an unknown one is a third party.
  if (findings.itt) check(findings.itt->mode, "itt_modes");
}

}  // namespace medcert::validate
