// SPDX-License-Identifier: Apache-2.0
// `medcert extract` behind the public API: the findings a certificate embeds (include/medcert/pdf.hpp).
#include <medcert/pdf.hpp>

#include "model/diag.hpp"
#include "pdf/read_back.hpp"

MEDCERT_BEGIN_NAMESPACE

ExtractResult extract_findings(std::string_view pdf) {
  auto read = pdf::read_back(pdf);
  ExtractResult result{std::move(read.diagnostics), {}};
  if (!read.value) return result;
  if (read.value->findings_json) {
    result.json = std::move(*read.value->findings_json);
  } else {
    result.diagnostics.push_back(model::error("P-NO-FINDINGS", "", Location{}));
  }
  return result;
}

MEDCERT_END_NAMESPACE
