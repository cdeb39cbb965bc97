// SPDX-License-Identifier: Apache-2.0
// Where the CLI finds templates/ and fonts/ when --data-dir is not given.
#pragma once

#include <string>

namespace medcert::cli {

/// MEDCERT_DATA_DIR if set; else <prefix>/share/medcert next to an installed executable;
/// else the source tree this executable was built from.
std::string find_data_dir(const char* argv0);

}  // namespace medcert::cli
