// SPDX-License-Identifier: Apache-2.0
// default_data_dir(): the first of these with a templates/ folder —
//   <prefix>/share/medcert of the prefix the library file sits in (an install moved, or made with
//   `cmake --install --prefix`), the configured install prefix's, and the source tree the library was
//   built from (so that a build works without installing anything).
#include <medcert/engine.hpp>

#include <dlfcn.h>

#include <filesystem>
#include <system_error>

MEDCERT_BEGIN_NAMESPACE
namespace {

std::filesystem::path beside_library() {
  Dl_info info{};
  if (!dladdr(reinterpret_cast<const void*>(&default_data_dir), &info) || !info.dli_fname) return {};
  std::error_code ec;
  const auto library = std::filesystem::canonical(info.dli_fname, ec);
  if (ec) return {};
  return (library.parent_path() / MEDCERT_LIB_TO_DATA).lexically_normal();
}

}  // namespace

std::string default_data_dir() {
  for (const auto& dir : {beside_library(), std::filesystem::path(MEDCERT_INSTALL_DATA_DIR),
                          std::filesystem::path(MEDCERT_SOURCE_DATA_DIR)}) {
    std::error_code ec;
    if (!dir.empty() && std::filesystem::is_directory(dir / "templates", ec)) return dir.string();
  }
  return MEDCERT_INSTALL_DATA_DIR;
}

MEDCERT_END_NAMESPACE
