// The names by which other programs (signers, EHRs, medcert verify) find what finalize adds.
#pragma once

#include <string_view>

namespace medcert::pdf {

/// The one signature field, empty until signed (docs/pdf.md).
inline constexpr std::string_view kSignatureFieldName = "medcert_signature";
/// The associated file of a PDF/A-3b certificate holding its findings (findings_json.hpp).
inline constexpr std::string_view kFindingsFileName = "medcert-findings.json";

}  // namespace medcert::pdf
