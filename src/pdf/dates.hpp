// SPDX-License-Identifier: Apache-2.0
// One instant written the two ways a PDF/A file must agree on: the Info dictionary's and XMP's.
#pragma once

#include <cstdint>
#include <string>

namespace medcert::pdf {

/// "D:20261121000000+00'00'" (UTC).
std::string pdf_date(std::int64_t unix_seconds);
/// "2026-11-21T00:00:00+00:00" (UTC, with the offset written as PDF/A validators compare it).
std::string xmp_date(std::int64_t unix_seconds);

}  // namespace medcert::pdf
