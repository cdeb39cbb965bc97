// SPDX-License-Identifier: Apache-2.0
#include "verify/metadata_check.hpp"

#include <charconv>

#include "model/diag.hpp"
#include "pdf/read_back.hpp"
#include "pdf/sha256.hpp"
#include "pdf/xmp.hpp"

namespace medcert::verify {

void check_metadata(std::string_view file, VerifyReport& report) {
  auto back = pdf::read_back(file);
  if (!back.value) {
    // Over its budget (V-LIMIT.stream): said, and the report is unreadable. A stream that cannot be decoded
    // is left to the signature checks: the signed bytes, or what follows them, changed.
    for (auto& d : back.diagnostics)
      if (d.rule == "V-LIMIT") report.diagnostics.push_back(std::move(d));
    return;
  }
  const std::string& xmp = back.value->xmp;
  if (const auto part = pdf::xmp_property(xmp, "pdfaid:part")) {
    int number = 0;
    if (std::from_chars(part->data(), part->data() + part->size(), number).ec == std::errc()) report.pdfa_part = number;
  }
  report.pdfa_conformance = pdf::xmp_property(xmp, "pdfaid:conformance").value_or("");
  report.template_id = pdf::xmp_property(xmp, "medcert:TemplateId").value_or("");
  report.findings_embedded = back.value->findings_json.has_value();
  report.specimen = pdf::xmp_property(xmp, "medcert:Specimen") == "True";
  const auto hash = pdf::xmp_property(xmp, "medcert:FindingsSHA256");
  if (hash && back.value->findings_json) report.findings_hash_ok = pdf::sha256_hex(*back.value->findings_json) == *hash;

  if (report.findings_hash_ok == false)
    report.diagnostics.push_back(model::error("V-FINDINGS", "", {}));
  if (report.specimen) report.diagnostics.push_back(model::error("V-SPECIMEN", "", {}));
  if (!report.pdfa_part) report.diagnostics.push_back(model::warning("V-PDFA", "", {}));
  if (report.template_id.empty()) report.diagnostics.push_back(model::warning("V-TEMPLATE", "", {}));
}

}  // namespace medcert::verify
