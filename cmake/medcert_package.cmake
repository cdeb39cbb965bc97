# SPDX-License-Identifier: Apache-2.0
# libmedcert.so (versioned, SONAME) and libmedcert.a, both made of every stage's objects, and what
# `cmake --install` puts in a prefix: headers, libraries, CMake package, medcert.pc, CLI, data, docs.
get_property(medcert_stage_objects GLOBAL PROPERTY MEDCERT_STAGE_OBJECTS)
get_property(medcert_third_party GLOBAL PROPERTY MEDCERT_THIRD_PARTY)
list(REMOVE_DUPLICATES medcert_third_party)

# 0.x: every minor release may break the ABI, so the SONAME carries major.minor (docs/api.md).
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(medcert_soversion ${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR})
else()
  set(medcert_soversion ${PROJECT_VERSION_MAJOR})
endif()

foreach(kind IN ITEMS SHARED STATIC)
  string(TOLOWER ${kind} suffix)
  set(lib medcert_${suffix})
  add_library(${lib} ${kind})
  foreach(objects IN LISTS medcert_stage_objects)
    target_sources(${lib} PRIVATE $<TARGET_OBJECTS:${objects}>)
  endforeach()
  target_include_directories(${lib} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include> $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/include>
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  target_link_libraries(${lib} PRIVATE ${medcert_third_party})
  set_target_properties(${lib} PROPERTIES OUTPUT_NAME medcert POSITION_INDEPENDENT_CODE ON LINKER_LANGUAGE CXX)
endforeach()
set_target_properties(medcert_shared PROPERTIES
  VERSION ${PROJECT_VERSION} SOVERSION ${medcert_soversion} EXPORT_NAME medcert)
set_target_properties(medcert_static PROPERTIES EXPORT_NAME medcert_static)
# `medcert` in this tree is the shared library, as `medcert::medcert` is for users of the installed package.
add_library(medcert ALIAS medcert_shared)
add_library(medcert::medcert ALIAS medcert_shared)
add_library(medcert::medcert_static ALIAS medcert_static)

if(NOT MEDCERT_MAIN_PROJECT)
  return()
endif()

include(CMakePackageConfigHelpers)
set(medcert_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/medcert)
install(DIRECTORY include/medcert DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.hpp" PATTERN "*.h")
install(FILES ${PROJECT_BINARY_DIR}/include/medcert/version.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/medcert)
install(TARGETS medcert_shared medcert_static EXPORT medcert-targets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT medcert-targets NAMESPACE medcert:: DESTINATION ${medcert_cmake_dir})
configure_package_config_file(cmake/medcert-config.cmake.in ${PROJECT_BINARY_DIR}/medcert-config.cmake
  INSTALL_DESTINATION ${medcert_cmake_dir})
# Same rule as the SONAME: on 0.x a request for 0.1 accepts 0.1.z only, never 0.2.
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(medcert_compatibility SameMinorVersion)
else()
  set(medcert_compatibility SameMajorVersion)
endif()
write_basic_package_version_file(${PROJECT_BINARY_DIR}/medcert-config-version.cmake
  COMPATIBILITY ${medcert_compatibility})
install(FILES ${PROJECT_BINARY_DIR}/medcert-config.cmake ${PROJECT_BINARY_DIR}/medcert-config-version.cmake
  cmake/FindLibHaru.cmake cmake/FindPoDoFo.cmake cmake/medcert-static-dependencies.cmake DESTINATION ${medcert_cmake_dir})
# Relative to the .pc file, so that `cmake --install --prefix ANY` gives a working medcert.pc.
file(RELATIVE_PATH medcert_pc_to_prefix ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig ${CMAKE_INSTALL_PREFIX})
configure_file(cmake/medcert.pc.in ${PROJECT_BINARY_DIR}/medcert.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/medcert.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

install(TARGETS medcert_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY templates DESTINATION ${CMAKE_INSTALL_DATADIR}/medcert)
# The annex's body diagrams, found like the templates: <data_dir>/diagrams. Only the views (*.yaml), not the
# scripts that draw and check them. FILES_MATCHING also lets a tree without the folder install (git keeps no
# empty folder, and no view may be drawn yet): the folder is then matched against the pattern like a file
# and skipped, where a plain install(DIRECTORY) of a missing folder fails.
install(DIRECTORY diagrams DESTINATION ${CMAKE_INSTALL_DATADIR}/medcert FILES_MATCHING PATTERN "*.yaml")
# The findings' JSON Schema (docs/findings-format.md): EHRs validate before sending, editors complete YAML.
install(FILES schema/findings.schema.json DESTINATION ${CMAKE_INSTALL_DATADIR}/medcert/schema)
# The form of `medcert serve`, found like the templates: <data_dir>/web.
install(DIRECTORY web DESTINATION ${CMAKE_INSTALL_DATADIR}/medcert)
install(FILES fonts/manifest.yaml DESTINATION ${CMAKE_INSTALL_DATADIR}/medcert/fonts)
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY examples/ehr-integration DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
