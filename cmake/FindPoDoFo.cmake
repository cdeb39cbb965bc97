# SPDX-License-Identifier: Apache-2.0
# PoDoFo 0.9.8 ships only libpodofo.pc, with an EMPTY Version: (so no version constraint here), and its
# headers warn under C++17: the imported target makes them SYSTEM includes (pdf-toolchain.md).
find_package(PkgConfig REQUIRED)
if(NOT TARGET PoDoFo::PoDoFo)
  pkg_check_modules(PODOFO REQUIRED IMPORTED_TARGET libpodofo)
  add_library(PoDoFo::PoDoFo INTERFACE IMPORTED)
  target_link_libraries(PoDoFo::PoDoFo INTERFACE PkgConfig::PODOFO)
endif()
set(PoDoFo_FOUND TRUE)
