// SPDX-License-Identifier: Apache-2.0
// Professional identifiers (reference §7): RPPS, its IDNPS form, ADELI.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace medcert::validate {

/// The 11 digits of an RPPS ("10000000009") or of its 12-digit IDNPS form ("810000000009", "8" + RPPS);
/// nullopt for any other text.
std::optional<std::string> rpps_digits(std::string_view text);

/// Luhn key over decimal digits (false for an empty or non-digit text).
bool luhn_valid(std::string_view digits);

/// ADELI shape: 9 characters, a département (2 digits, or 2A / 2B) then 7 digits.
bool adeli_well_formed(std::string_view text);

}  // namespace medcert::validate
