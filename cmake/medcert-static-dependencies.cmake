# SPDX-License-Identifier: Apache-2.0
# What a program linking libmedcert.a must link too: the third-party libraries of every stage
# (the DEPS of medcert_stage in src/*/CMakeLists.txt). Keep in step with cmake/medcert.pc.in.
include(CMakeFindDependencyMacro)
list(PREPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}")
find_dependency(yaml-cpp)
find_dependency(ICU COMPONENTS uc i18n)
find_dependency(harfbuzz)
find_dependency(fmt)
find_dependency(LibHaru)
find_dependency(PoDoFo)
find_dependency(qpdf 11)
find_dependency(OpenSSL 3)
find_dependency(PkgConfig)
pkg_check_modules(VIPS REQUIRED IMPORTED_TARGET vips>=8.14)  # images/, as CMakeLists.txt finds it
find_dependency(nlohmann_json)  # header-only (pdf/), but in the link interface of the static library
set(medcert_static_FOUND TRUE)
