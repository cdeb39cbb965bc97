// SPDX-License-Identifier: Apache-2.0
// R-VOCAB: coded values must be codes of the template's vocabularies, and the author's profession the template's.
#include "model/field_table.hpp"
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

// Every code of the findings, by the field table's rows: a field added to the table is checked without a list
// to keep up to date (a code left out printed « accompagnée de , … »). The author's profession has its own
// check; the recipient is R-DL-2's (an unknown one is a third party).
struct Codes : model::FieldVisitor {
  const model::Template& tmpl;
  Diagnostics& out;
  Codes(const model::Template& t, Diagnostics& o) : tmpl(t), out(o) {}
  using FieldVisitor::value;
  void value(const model::FieldSpec& spec, const model::Text& field) {
    if (spec.kind != model::ValueKind::code || spec.vocabulary.empty()) return;
    if (spec.path == "author.profession" || spec.path == "issuance.recipient") return;
    // A block the template does not print is R-SC-2's: its vocabularies may be missing.
    if (!spec.block.empty() && !tmpl.capabilities.offers(spec.block)) return;
    check_code(tmpl, field, std::string(spec.vocabulary), out);
  }
};

}  // namespace

void check_vocabularies(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  check_profession(tmpl, findings.author.profession, out);
  Codes codes(tmpl, out);
  model::visit_fields(codes, findings);
}

}  // namespace medcert::validate
