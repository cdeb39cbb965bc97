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
    result.diagnostics.push_back(model::error(
        "P-NO-FINDINGS", "", Location{},
        "Ce PDF ne contient pas de constatations medcert\u202F: seul un certificat PDF/A-3b (le format par défaut "
        "de «\u202Fmedcert render\u202F») les embarque.",
        "This PDF holds no medcert findings: only a PDF/A-3b certificate (the default of \"medcert render\") "
        "embeds them."));
  }
  return result;
}

MEDCERT_END_NAMESPACE
