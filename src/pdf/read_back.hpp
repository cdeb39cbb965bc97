// SPDX-License-Identifier: Apache-2.0
// A finalized certificate read back: what `medcert extract` prints and what verify compares.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/result.hpp"
#include "pdf/embedded_names.hpp"

namespace medcert::pdf {

struct ReadBack {
  std::string xmp;                           ///< the catalog's /Metadata packet; empty when there is none
  std::optional<std::string> findings_json;  ///< the associated findings file (PDF/A-3b only)
};

/// A P-UNREADABLE error diagnostic when PoDoFo cannot parse the bytes (untrusted input: never a crash).
model::Result<ReadBack> read_back(std::string_view pdf);

/// One text of the embedded findings, `section.key` ("issuance", "place": the signature's default /Location;
/// "author", "time_zone": the zone of the signed box's time), or "" when there are none (1b, 2b) or they
/// hold no such text. Read without the findings loader.
std::string embedded_text(const ReadBack& back, std::string_view section, std::string_view key);

}  // namespace medcert::pdf
