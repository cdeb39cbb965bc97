// SPDX-License-Identifier: Apache-2.0
// Reading a signature's /M: PDF dates to Unix seconds, in UTC (PoDoFo 0.9.8's PdfDate goes through the
// local time zone).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace medcert::verify {

/// The Unix time of a PDF date (ISO 32000-1 §7.9.4: "D:YYYY" then optional MM DD HH mm SS, then Z or
/// ±HH'mm'), or nullopt when it is not one.
std::optional<std::int64_t> parse_pdf_date(std::string_view text);

}  // namespace medcert::verify
