// SPDX-License-Identifier: Apache-2.0
// The public verification API (include/medcert/verification.hpp).
#include <medcert/verification.hpp>

#include <algorithm>

#include "model/diag.hpp"
#include "pdf/untrusted.hpp"
#include "sign/certificates.hpp"
#include "sign/pdf_fields.hpp"
#include "verify/metadata_check.hpp"
#include "verify/signature_check.hpp"

MEDCERT_BEGIN_NAMESPACE
namespace {

bool has(const Diagnostics& diagnostics, std::initializer_list<std::string_view> rules) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) {
    return d.severity == Severity::error && std::find(rules.begin(), rules.end(), d.rule) != rules.end();
  });
}

VerifyStatus summarize(const VerifyReport& report) {
  // What medcert reads of the file (XMP, findings) could not be read within its budget.
  if (has(report.diagnostics, {"V-LIMIT"})) return VerifyStatus::unreadable;
  if (report.signatures.empty()) return has(report.diagnostics, {"V-MODIFIED"}) ? VerifyStatus::modified : VerifyStatus::not_signed;
  if (has(report.diagnostics, {"V-BYTE-RANGE", "V-CMS", "V-DIGEST", "V-SIGNATURE", "V-SIGNING-CERTIFICATE", "V-CERTIFICATE", "V-TRUST",
                               "V-FINDINGS", "V-SPECIMEN"}))
    return VerifyStatus::invalid;
  if (has(report.diagnostics, {"V-MODIFIED"})) return VerifyStatus::modified;
  return VerifyStatus::valid;
}

// A file PoDoFo cannot parse. If it holds a signature dictionary (a /ByteRange), it was signed and then
// damaged or forged (a reader may repair it and show something else): invalid, not merely unreadable.
VerifyReport unreadable(std::string_view pdf, const std::string& detail) {
  VerifyReport report;
  if (pdf.find("/ByteRange") != std::string_view::npos) {
    report.status = VerifyStatus::invalid;
    report.diagnostics.push_back(model::error("V-DAMAGED", "", {}, {model::param("detail", detail)}));
    return report;
  }
  report.status = VerifyStatus::unreadable;
  report.diagnostics.push_back(model::error("V-UNREADABLE", "", {}, {model::param("detail", detail)}));
  return report;
}

// A file the gate before PoDoFo refuses (pdf/untrusted.hpp): encrypted, or beyond a limit.
VerifyReport refused(Diagnostic why) {
  VerifyReport report;
  report.status = VerifyStatus::unreadable;
  report.diagnostics.push_back(std::move(why));
  return report;
}

// Every entry must give at least one certificate: one that gives none (a text file, a key, a cut PEM)
// would otherwise leave the list empty, and the signer unchecked.
std::optional<std::vector<sign::X509Ptr>> trust_list(const VerifyOptions& options, Diagnostics& diagnostics) {
  std::vector<sign::X509Ptr> certificates;
  for (std::size_t i = 0; i < options.trusted_certificates.size(); ++i) {
    auto parsed = sign::parse_certificates(options.trusted_certificates[i]);
    if (parsed.empty()) {
      diagnostics.push_back(model::error("V-TRUST-LIST", "", {}, {model::param("item", std::to_string(i + 1))}));
      return std::nullopt;
    }
    for (auto& c : parsed) certificates.push_back(std::move(c));
  }
  return certificates;
}

}  // namespace

VerifyReport verify_pdf(std::string_view pdf, const VerifyOptions& options) {
  VerifyReport report;
  const auto trusted = trust_list(options, report.diagnostics);
  if (!trusted) return report;  // unreadable: the trust list cannot be read
  try {
    if (auto refusal = pdf::screen_untrusted(pdf)) return refused(std::move(*refusal));
    const std::lock_guard lock(pdf::podofo_clock_mutex());  // PoDoFo's "now" dates: see podofo_document.hpp
    const auto document = pdf::load_document(pdf, false);
    if (!document->GetCatalog()) return unreadable(pdf, "no catalog");
    for (const auto& field : sign::signature_fields(*document)) {
      if (!field.value) continue;
      SignatureReport signature;
      signature.field = field.name;
      verify::check_signature(pdf, sign::read_signature_dictionary(*field.value), *trusted, signature, report.diagnostics);
      report.signatures.push_back(std::move(signature));
    }
  } catch (const PoDoFo::PdfError& e) {
    return unreadable(pdf, pdf::describe(e));
  } catch (const std::exception& e) {
    return unreadable(pdf, e.what());
  }
  // An update can drop the signed field from the form (Incremental Saving Attack): the reader then shows an
  // unsigned document, yet the file still holds the signature that covered its first revisions.
  if (report.signatures.empty() && pdf.find("/ByteRange") != std::string_view::npos)
    report.diagnostics.push_back(model::error("V-MODIFIED.field_removed", "", {}));
  else if (report.signatures.empty())
    report.diagnostics.push_back(model::error("V-UNSIGNED", "", {}));
  verify::check_metadata(pdf, report);
  report.status = summarize(report);
  return report;
}

MEDCERT_END_NAMESPACE
