// SPDX-License-Identifier: Apache-2.0
// What a medcert certificate says about itself, read back from its last revision: PDF/A identification,
// template id, and the embedded findings against the hash its XMP carries (docs/pdf.md).
#pragma once

#include <string_view>

#include <medcert/verification.hpp>

namespace medcert::verify {

/// Fills the metadata fields of `report`; V-FINDINGS (error: the findings do not match their hash),
/// V-PDFA and V-TEMPLATE (warnings: not identified as PDF/A, not a medcert certificate); V-LIMIT.stream
/// (error: the XMP or the findings inflate beyond 1 MiB).
void check_metadata(std::string_view file, VerifyReport& report);

}  // namespace medcert::verify
