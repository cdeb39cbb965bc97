// SPDX-License-Identifier: Apache-2.0
// The name by which other programs (EHRs, medcert extract and verify) find the findings finalize embeds;
// the signature field's is public: medcert::signature_field_name (<medcert/signing.hpp>).
#pragma once

#include <string_view>

namespace medcert::pdf {

/// The associated file of a PDF/A-3b certificate holding its findings (findings_json.hpp).
inline constexpr std::string_view kFindingsFileName = "medcert-findings.json";

}  // namespace medcert::pdf
