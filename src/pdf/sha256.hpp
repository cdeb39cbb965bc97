// SPDX-License-Identifier: Apache-2.0
// SHA-256 through OpenSSL's EVP (the findings hash of the XMP, the trailer /ID).
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace medcert::pdf {

std::array<unsigned char, 32> sha256(std::string_view data);
/// Lowercase hexadecimal, 64 characters.
std::string sha256_hex(std::string_view data);

}  // namespace medcert::pdf
