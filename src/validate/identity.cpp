// R-ID-1, R-ID-2, R-ID-3: who writes the certificate, how the Order knows them, and who was examined.
#include "validate/checks.hpp"
#include "validate/identifiers.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

void check_rpps(const model::Text& rpps, Diagnostics& out) {
  const auto digits = rpps_digits(rpps.value);
  if (!digits) {
    out.push_back(
        report(Severity::error, "R-ID-2.rpps", rpps));
    return;
  }
  if (!luhn_valid(*digits)) {
    out.push_back(report(Severity::warning, "R-ID-2-KEY", rpps));
  }
}

void check_adeli(const model::Text& adeli, Diagnostics& out) {
  if (adeli_well_formed(adeli.value)) return;
  out.push_back(
      report(Severity::warning, "R-ID-2.adeli", adeli));
}

void check_identifiers(const model::Author& author, Diagnostics& out) {
  if (!author.rpps && !author.adeli && !author.ordinal_number) {
    out.push_back(
        report(Severity::error, "R-ID-2.none", author.rpps));
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
