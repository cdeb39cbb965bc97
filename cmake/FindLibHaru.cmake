# SPDX-License-Identifier: Apache-2.0
# libharu 2.3.0 ships neither a CMake config nor a pkg-config file (pdf-toolchain.md).
# Also installed with medcert's CMake package, for users of libmedcert.a.
set(LibHaru_FOUND TRUE)
if(TARGET libharu::libharu)  # found already (a second find_package)
  return()
endif()
find_path(LIBHARU_INCLUDE_DIR hpdf.h REQUIRED)
find_library(LIBHARU_LIBRARY NAMES hpdf REQUIRED)
add_library(libharu::libharu UNKNOWN IMPORTED)
set_target_properties(libharu::libharu PROPERTIES
  IMPORTED_LOCATION "${LIBHARU_LIBRARY}"
  INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${LIBHARU_INCLUDE_DIR}"
  INTERFACE_INCLUDE_DIRECTORIES "${LIBHARU_INCLUDE_DIR}")
