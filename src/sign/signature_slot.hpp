// SPDX-License-Identifier: Apache-2.0
// The PDF side of signing (PoDoFo): an incremental update that fills the empty signature field's /V with a
// signature dictionary whose /Contents is a reserved hole, and the /ByteRange around that hole.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "sign/appearance.hpp"
#include "sign/byte_range.hpp"
#include "sign/outcome.hpp"

namespace medcert::sign {

struct SlotRequest {
  std::string field_name;
  std::int64_t time = 0;  ///< written in /M
  std::string reason;     ///< /Reason, omitted when empty
  std::string location;   ///< /Location, omitted when empty
  std::size_t reserve = 0;  ///< bytes the hole can hold (the file grows by twice as much: hexadecimal)
  SignedBox box;            ///< the field's new appearance, part of the signed revision
};

/// The original bytes, then the update; the hole zero-filled.
struct Slot {
  std::string pdf;
  SignedRanges ranges;
};

/// Diagnostics: S-PDF (unreadable_pdf), S-FIELD (no empty field of that name), S-SIGNED (already signed): not_signable.
Outcome<Slot> open_slot(std::string_view pdf, const SlotRequest& request);

/// The signature slot of a PDF made by open_slot (a prepared PDF), read back. Diagnostics: S-PDF, S-PREPARED (not_prepared).
Outcome<Slot> find_slot(std::string_view pdf, const std::string& field_name);

}  // namespace medcert::sign
