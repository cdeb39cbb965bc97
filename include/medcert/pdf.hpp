// SPDX-License-Identifier: Apache-2.0
// Reading a certificate medcert produced: the findings a PDF/A-3b certificate embeds (docs/pdf.md).
#pragma once

#include <string>
#include <string_view>

#include <medcert/diagnostics.hpp>
#include <medcert/export.hpp>

MEDCERT_BEGIN_NAMESPACE

struct ExtractResult {
  /// P-UNREADABLE (not a readable PDF), V-ENCRYPTED or V-LIMIT (a PDF medcert refuses to read:
  /// docs/security.md, "Hostile PDFs") or P-NO-FINDINGS (no findings embedded: a PDF/A-2b or -1b
  /// certificate, or a PDF medcert did not produce).
  Diagnostics diagnostics;
  /// The embedded findings: canonical JSON in the findings format (docs/findings-format.md), exactly the
  /// bytes whose SHA-256 the XMP property medcert:FindingsSHA256 holds. Empty unless ok().
  std::string json;
  bool ok() const { return !has_errors(diagnostics) && !json.empty(); }
};

/// The findings embedded in a certificate. Safe on untrusted bytes: a malformed PDF is a diagnostic.
MEDCERT_API ExtractResult extract_findings(std::string_view pdf);

MEDCERT_END_NAMESPACE
