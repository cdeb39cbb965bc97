// R-ID-1, R-ID-2, R-ID-3: who writes the certificate, how the Order knows them, and who was examined.
#include <fmt/core.h>

#include "validate/checks.hpp"
#include "validate/identifiers.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

void check_rpps(const model::Text& rpps, Diagnostics& out) {
  const auto digits = rpps_digits(rpps.value);
  if (!digits) {
    out.push_back(
        report(Severity::error, "R-ID-2", rpps,
               fmt::format("Le numéro RPPS « {} » n'a pas la forme attendue : écrivez ses 11 chiffres, sans espace "
                           "(ou les 12 chiffres de l'identifiant national IDNPS, qui commence par 8), "
                           "entre guillemets, par exemple rpps: \"…\".",
                           rpps.value),
               fmt::format("RPPS number `{}` is malformed: write its 11 digits without spaces (or the 12 digits of the "
                           "national IDNPS identifier, which starts with 8), quoted, e.g. rpps: \"…\".",
                           rpps.value)));
    return;
  }
  if (!luhn_valid(*digits)) {
    out.push_back(report(
        Severity::warning, "R-ID-2-KEY", rpps,
        fmt::format("La clé de contrôle du numéro RPPS « {} » ne correspond pas (clé de Luhn) : vérifiez le "
                    "numéro sur votre carte CPS ou dans l'Annuaire santé. Cet algorithme de clé n'est pas "
                    "confirmé officiellement : ce n'est qu'un avertissement.",
                    rpps.value),
        fmt::format("The check digit of RPPS number `{}` does not match (Luhn key): check the number on your CPS "
                    "card or in the Annuaire santé. This key algorithm is not officially confirmed: this is only "
                    "a warning.",
                    rpps.value)));
  }
}

void check_adeli(const model::Text& adeli, Diagnostics& out) {
  if (adeli_well_formed(adeli.value)) return;
  out.push_back(
      report(Severity::warning, "R-ID-2", adeli,
             fmt::format("Le numéro ADELI « {} » n'a pas la forme habituelle (9 caractères : le département sur "
                         "2 caractères, puis 7 chiffres) : recopiez-le tel qu'il figure sur votre carte CPS.",
                         adeli.value),
             fmt::format("ADELI number `{}` does not have the usual shape (9 characters: the département in 2 "
                         "characters, then 7 digits): copy it as printed on your CPS card.",
                         adeli.value)));
}

void check_identifiers(const model::Author& author, Diagnostics& out) {
  if (!author.rpps && !author.adeli && !author.ordinal_number) {
    out.push_back(
        report(Severity::error, "R-ID-2", author.rpps,
               "Aucun identifiant professionnel : ajoutez votre numéro RPPS (11 chiffres) dans la section « author », "
               "par exemple rpps: \"…\" ; à défaut, votre numéro ADELI (adeli) ou votre numéro d'inscription à "
               "l'Ordre (ordinal_number).",
               "No professional identifier: add your RPPS number (11 digits) under `author`, e.g. rpps: \"…\"; "
               "failing that, your ADELI number (adeli) or your registration number with the Order (ordinal_number)."));
  }
  if (author.rpps) check_rpps(author.rpps, out);
  if (author.adeli) check_adeli(author.adeli, out);
}

}  // namespace

void check_identity(const model::Findings& findings, Diagnostics& out) {
  for (auto path : {"author.family_name", "author.given_name", "author.profession", "author.address"})
    require(out, findings, path, "R-ID-1");
  check_identifiers(findings.author, out);
  for (auto path : {"patient.family_name", "patient.given_names", "patient.birth_date"})
    require(out, findings, path, "R-ID-3");
  require(out, findings, "patient.address", "R-ID-3", Severity::warning);
}

}  // namespace medcert::validate
