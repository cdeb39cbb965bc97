// SPDX-License-Identifier: Apache-2.0
// R-ID-1 to R-ID-4: who writes the certificate, how the Order knows them, who was examined and on which
// document; R-FA-1: whose words the place of the facts is.
#include "validate/checks.hpp"
#include "validate/identifiers.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

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

// R-ID-4: « identité vérifiée sur présentation de … » names the document; a declared identity has none.
void check_identity_document(const model::Patient& patient, Diagnostics& out) {
  const auto& document = patient.identity_document;
  if (patient.identity.value == "verified" && !document)
    out.push_back(report(Severity::error, "R-ID-4.missing", document.path, patient.identity.where));
  if (patient.identity.value == "declared" && document)
    out.push_back(report(Severity::warning, "R-ID-4.unused", document));
}

}  // namespace

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

void check_identity(const model::Findings& findings, Diagnostics& out) {
  for (auto path : {"author.family_name", "author.given_name", "author.profession", "author.address"})
    require(out, findings, path, "R-ID-1");
  check_identifiers(findings.author, out);
  for (auto path : {"patient.family_name", "patient.given_names", "patient.birth_date"})
    require(out, findings, path, "R-ID-3");
  require(out, findings, "patient.address", "R-ID-3", Severity::warning);
  check_identity_document(findings.patient, out);
  // The place is said once: between « » as her words, or without as the professional's; both are printed.
  if (findings.facts.place && findings.facts.place_own_words)
    out.push_back(report(Severity::warning, "R-FA-1", findings.facts.place_own_words));
}

}  // namespace medcert::validate
