// R-ITT-1, R-ITT-3, R-ITT-6: who may state an ITT, in what form, and the legal threshold of 8 days (§6).
#include <fmt/core.h>

#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

constexpr int kMaxDays = 365;
constexpr int kLegalThresholdDays = 8;

void check_fixed_days(const model::Itt& itt, Diagnostics& out) {
  const auto& days = itt.days;
  if (!days) {
    out.push_back(report(Severity::error, "R-ITT-3", days,
                         "Une ITT fixée demande sa durée : ajoutez « days: » suivi d'un nombre entier de jours "
                         "(de 0 à 365), ou écrivez « mode: not_determined » si vous ne pouvez pas la déterminer.",
                         "A fixed ITT needs its duration: add `days:` with a whole number of days (0 to 365), or "
                         "write `mode: not_determined` if you cannot determine it."));
    return;
  }
  if (days.value < 0 || days.value > kMaxDays) {
    out.push_back(report(Severity::error, "R-ITT-3", days,
                         fmt::format("Une durée d'ITT de {} jours n'est pas admise : écrivez un nombre entier de "
                                     "jours de 0 à 365.",
                                     days.value),
                         fmt::format("An ITT of {} days is not accepted: write a whole number of days from 0 to "
                                     "365.",
                                     days.value)));
    return;
  }
  if (days.value > kLegalThresholdDays) {
    out.push_back(report(
        Severity::warning, "R-ITT-6", days,
        fmt::format("Pour information : une ITT de {} jours dépasse 8 jours, seuil qui change la qualification "
                    "pénale des violences. La valeur n'est pas modifiée ; vérifiez simplement qu'elle reflète "
                    "votre évaluation.",
                    days.value),
        fmt::format("For your information: an ITT of {} days exceeds 8 days, the threshold that changes the penal "
                    "qualification of the violence. The value is left unchanged; just check that it reflects "
                    "your assessment.",
                    days.value)));
  }
}

}  // namespace

void check_itt(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  if (!findings.itt) {
    // HAS 2011: the ITT appears unless it cannot be determined; a profession that may state one
    // must therefore say which (fixed days, or not_determined) rather than leave it out silently.
    if (tmpl.capabilities.itt) require(out, findings, "itt.mode", "R-ITT-3");
    return;
  }
  const auto& itt = *findings.itt;
  if (!tmpl.capabilities.itt) {
    out.push_back(
        report(Severity::error, "R-ITT-1", itt.path, itt.where,
               fmt::format("Le modèle « {} » ({}) ne permet pas de fixer une ITT : seul un médecin la détermine. "
                           "Retirez la section « itt » ; décrivez plutôt le retentissement fonctionnel "
                           "(functional_impact).",
                           tmpl.id, tmpl.profession.label),
               fmt::format("Template `{}` ({}) may not state an ITT: only a physician determines it. Remove the `itt` "
                           "section; describe the functional impact instead (functional_impact).",
                           tmpl.id, tmpl.profession.label)));
    return;
  }
  if (itt.mode.value == "fixed") {
    check_fixed_days(itt, out);
  } else if (!itt.mode) {
    require(out, findings, "itt.mode", "R-ITT-3");
  } else if (itt.days && itt.mode.value == "not_determined") {
    out.push_back(report(Severity::warning, "R-ITT-3", itt.days,
                         "Une durée est donnée alors que l'ITT est « not_determined » : aucune phrase d'ITT ne "
                         "sera écrite. Retirez « days », ou écrivez « mode: fixed ».",
                         "A duration is given while the ITT is `not_determined`: no ITT sentence will be written. "
                         "Remove `days`, or write `mode: fixed`."));
  }
}

}  // namespace medcert::validate
