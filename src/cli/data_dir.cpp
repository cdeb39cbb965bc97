// SPDX-License-Identifier: Apache-2.0
#include "cli/data_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace medcert::cli {

std::string find_data_dir(const char* argv0) {
  if (const char* dir = std::getenv("MEDCERT_DATA_DIR"); dir && *dir) return dir;
  std::error_code ec;
  auto exe = std::filesystem::canonical("/proc/self/exe", ec);
  if (ec && argv0) exe = std::filesystem::absolute(argv0, ec);
  if (!ec) {
    const auto installed = exe.parent_path().parent_path() / "share" / "medcert";
    if (std::filesystem::is_directory(installed / "templates", ec)) return installed.string();
  }
  return MEDCERT_SOURCE_DATA_DIR;
}

}  // namespace medcert::cli
