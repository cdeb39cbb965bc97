// R-VOCAB: coded values must be codes of the template's vocabularies, and the author's profession the template's.
#include <fmt/core.h>

#include "model/spelling.hpp"
#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

std::string joined(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& code : codes) out += (out.empty() ? "" : ", ") + code;
  return out;
}

void check_code(const model::Template& tmpl, const model::Text& field, const std::string& vocabulary,
                Diagnostics& out) {
  // An empty code is an absent one: the rules that require the field report it.
  if (field.value.empty()) return;
  const auto known = tmpl.vocabularies.find(vocabulary);
  if (known == tmpl.vocabularies.end()) {
    out.push_back(report(
        Severity::error, "R-VOCAB", field,
        fmt::format("Le modèle « {} » ne définit pas le vocabulaire « {} » : la valeur « {} » ne peut pas être "
                    "vérifiée. Ajoutez ce vocabulaire au modèle, ou retirez ce champ.",
                    tmpl.id, vocabulary, field.value),
        fmt::format("Template `{}` defines no `{}` vocabulary: value `{}` cannot be checked. Add that vocabulary "
                    "to the template, or remove this field.",
                    tmpl.id, vocabulary, field.value)));
    return;
  }
  if (known->second.find(field.value)) return;
  const auto codes = known->second.codes();
  const auto suggestion = model::closest(field.value, codes);
  const auto fr_instead = suggestion.empty() ? fmt::format(" ; écrivez l'un de ces codes : {}.", joined(codes))
                                             : model::did_you_mean_fr(suggestion);
  const auto en_instead = suggestion.empty() ? fmt::format("; write one of these codes: {}.", joined(codes))
                                             : model::did_you_mean_en(suggestion);
  out.push_back(
      report(Severity::error, "R-VOCAB", field,
             fmt::format("« {} » n'est pas un code du vocabulaire « {} »{}", field.value, vocabulary, fr_instead),
             fmt::format("`{}` is not a code of the `{}` vocabulary{}", field.value, vocabulary, en_instead)));
}

void check_profession(const model::Template& tmpl, const model::Text& profession, Diagnostics& out) {
  const auto& expected = tmpl.profession;
  if (!profession || expected.answers_to(profession.value)) return;
  out.push_back(
      report(Severity::error, "R-VOCAB", profession,
             fmt::format("La profession « {} » n'est pas celle du modèle « {} » ({}) : écrivez « {} » (ou « {} »), "
                         "ou choisissez le modèle de votre profession.",
                         profession.value, tmpl.id, expected.label, expected.id, expected.id_en),
             fmt::format("Profession `{}` is not the one of template `{}` ({}): write `{}` (or `{}`), or choose your "
                         "profession's template.",
                         profession.value, tmpl.id, expected.label, expected.id, expected.id_en)));
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
  const auto& exam = findings.examination;
  check(exam.place_type, "place_types");
  check(exam.request_mode, "request_modes");
  if (exam.interpreter) check(exam.interpreter->kind, "interpreter_kinds");
  for (const auto& lesion : findings.lesions) {
    check(lesion.type, "lesion_types");
    check(lesion.region, "regions");
    check(lesion.side, "sides");
    check(lesion.face, "faces");
    check(lesion.colour, "colours");
  }
  // The recipient is checked by R-DL-2: an unknown one is a third party.
  if (findings.itt) check(findings.itt->mode, "itt_modes");
}

}  // namespace medcert::validate
