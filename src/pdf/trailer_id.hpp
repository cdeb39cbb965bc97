// SPDX-License-Identifier: Apache-2.0
// The trailer /ID, derived from the content. PoDoFo 0.9.8 makes it from the Info dictionary alone, so
// two certificates with the same title, author and time would share it.
#pragma once

#include <string>

namespace medcert::pdf {

/// Replaces both strings of the last trailer's /ID with the first 16 bytes of the SHA-256 of the whole
/// file, in place (same length, so no offset moves). Throws std::runtime_error when there is no /ID of
/// two 16-byte hexadecimal strings.
void set_content_id(std::string& pdf);

}  // namespace medcert::pdf
