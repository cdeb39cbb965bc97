#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The installed package as a user gets it: `cmake --install` into a temporary prefix, then both
# examples/ehr-integration programs built against that prefix only — C++ through find_package, C through
# pkg-config — run, and their PDFs checked by qpdf. Also: SONAME, hidden internals, installed CLI and data.
# Also: a static link through `pkg-config --static`, the package's version rule, the inline ABI namespace.
# Needs BUILD (the build tree, fully built) besides MEDCERT and SRC.
source "$(dirname "$0")/lib.sh"
: "${BUILD:?BUILD must name the build tree to install}"

prefix="$WORK/prefix"
cmake --install "$BUILD" --prefix "$prefix" >"$WORK/install.log" 2>&1 || { cat "$WORK/install.log" >&2; fail "cmake --install"; }
for file in include/medcert/engine.hpp include/medcert/findings.hpp include/medcert/medcert.h \
  include/medcert/export.hpp include/medcert/version.hpp lib/libmedcert.a lib/cmake/medcert/medcert-config.cmake \
  lib/cmake/medcert/medcert-config-version.cmake lib/pkgconfig/medcert.pc bin/medcert \
  share/medcert/fonts/manifest.yaml share/medcert/diagrams/corps-face.yaml share/doc/medcert/api.md; do
  [ -e "$prefix/$file" ] || fail "not installed: $file"
done
[ -n "$(ls "$prefix"/share/medcert/templates)" ] || fail "no template installed"
[ -e "$prefix/share/medcert/schema/findings.schema.json" ] || fail "not installed: the findings' JSON Schema"
pass "headers, libraries, CMake package, medcert.pc, CLI, data and docs installed"

soname=$(objdump -p "$prefix/lib/libmedcert.so" | awk '/SONAME/ {print $2}')
[ "$soname" = "libmedcert.so.0.1" ] || fail "SONAME is '$soname', expected libmedcert.so.0.1 (0.x: major.minor)"
# (Standard-library templates instantiated on internal types stay visible: they are std::, not ours.)
internal=$(nm -DC --defined-only "$prefix/lib/libmedcert.so" |
  grep -c -E '^[0-9a-f]+ [A-Za-z] (medcert::[a-z_]+::|YAML::|hb_|HPDF_)' || true)
[ "$internal" -eq 0 ] || fail "$internal internal symbols exported by libmedcert.so"
# Here-strings, not pipes: grep -q stops at the first match and pipefail would report nm's SIGPIPE.
grep -q ' T medcert_render$' <<<"$(nm -D --defined-only "$prefix/lib/libmedcert.so")" || fail "medcert_render not exported"
grep -q 'typeinfo for medcert::v0_1::ConfigError' <<<"$(nm -DC --defined-only "$prefix/lib/libmedcert.so")" ||
  fail "ConfigError's typeinfo is not exported (exceptions would not cross the library)"
pass "SONAME $soname; only the public API is exported"

# C++: find_package(medcert) → medcert::medcert, nothing but the prefix on the search path.
cmake -S "$SRC/examples/ehr-integration" -B "$WORK/cpp" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_BUILD_TYPE=Release >"$WORK/cpp.log" 2>&1 && cmake --build "$WORK/cpp" >>"$WORK/cpp.log" 2>&1 ||
  { cat "$WORK/cpp.log" >&2; fail "C++ example does not build with find_package"; }
"$WORK/cpp/ehr_render_cpp" "$WORK/cpp.pdf" >/dev/null || fail "C++ example failed"
qpdf --check "$WORK/cpp.pdf" >"$WORK/cpp.qpdf" 2>&1 || { cat "$WORK/cpp.qpdf" >&2; fail "C++ example: qpdf --check"; }
pass "C++ example built with find_package, rendered, qpdf clean"

cmake -S "$SRC/examples/ehr-integration" -B "$WORK/static" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" -DEHR_STATIC=ON \
  -DCMAKE_BUILD_TYPE=Release >"$WORK/static.log" 2>&1 && cmake --build "$WORK/static" >>"$WORK/static.log" 2>&1 ||
  { cat "$WORK/static.log" >&2; fail "C++ example does not build against libmedcert.a"; }
! ldd "$WORK/static/ehr_render_cpp" | grep -q libmedcert || fail "the static build still needs libmedcert.so"
"$WORK/static/ehr_render_cpp" "$WORK/static.pdf" >/dev/null || fail "C++ example (static) failed"
cmp -s "$WORK/cpp.pdf" "$WORK/static.pdf" || fail "libmedcert.a and libmedcert.so render different bytes"
pass "C++ example linked with libmedcert.a alone (COMPONENTS static): same bytes"

# C: pkg-config, compiled as C, in a copy of the example folder (the source tree stays clean).
cp -r "$SRC/examples/ehr-integration" "$WORK/c"
PKG_CONFIG_PATH="$prefix/lib/pkgconfig" make -s -C "$WORK/c" >"$WORK/c.log" 2>&1 ||
  { cat "$WORK/c.log" >&2; fail "C example does not build with pkg-config"; }
"$WORK/c/ehr_render_c" "$WORK/c.pdf" >/dev/null || fail "C example failed"
qpdf --check "$WORK/c.pdf" >"$WORK/c.qpdf" 2>&1 || { cat "$WORK/c.qpdf" >&2; fail "C example: qpdf --check"; }
cmp -s "$WORK/cpp.pdf" "$WORK/c.pdf" || fail "the C and C++ examples render different bytes from the same findings"
pass "C example built with pkg-config, rendered, qpdf clean, same bytes as C++"

# C, statically, through `pkg-config --static`: a prefix holding libmedcert.a alone (no .so for the linker
# to prefer), so every library the stages use must come from medcert.pc's Requires.private/Libs.private.
static_prefix="$WORK/static-prefix"
mkdir -p "$static_prefix/lib/pkgconfig"
cp -r "$prefix/include" "$static_prefix/"
cp "$prefix/lib/libmedcert.a" "$static_prefix/lib/"
cp "$prefix/lib/pkgconfig/medcert.pc" "$static_prefix/lib/pkgconfig/"
static_flags=$(PKG_CONFIG_PATH="$static_prefix/lib/pkgconfig" pkg-config --static --cflags --libs medcert) ||
  fail "pkg-config --static --cflags --libs medcert"
# shellcheck disable=SC2086  # the flags are words
cc -std=c11 -o "$WORK/c-static" "$SRC/examples/ehr-integration/render_certificate.c" $static_flags \
  >"$WORK/c-static.log" 2>&1 || { cat "$WORK/c-static.log" >&2; fail "a static link through pkg-config --static fails"; }
! ldd "$WORK/c-static" | grep -q libmedcert || fail "the pkg-config --static build still needs libmedcert.so"
"$WORK/c-static" "$WORK/c-static.pdf" "$prefix/share/medcert" >/dev/null || fail "C example (pkg-config --static) failed"
cmp -s "$WORK/c.pdf" "$WORK/c-static.pdf" || fail "the C example linked statically renders different bytes"
pass "C example linked with libmedcert.a through pkg-config --static: same bytes"

# The CMake package is 0.1: 0.1 and 0.1.0 are found, 0.2 and 0.0 are not (SameMinorVersion while on 0.x).
mkdir -p "$WORK/version"
for wanted in 0.1 0.1.0 0.2 0.0 1.0; do
  cat >"$WORK/version/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(version_probe LANGUAGES NONE)
find_package(medcert $wanted QUIET PATHS "$prefix" NO_DEFAULT_PATH)
if(medcert_FOUND)
  message(STATUS "found=1")
else()
  message(STATUS "found=0")
endif()
CMAKE
  found=$(cmake -S "$WORK/version" -B "$WORK/version/build-$wanted" 2>&1 | sed -n 's/^-- found=//p')
  case $wanted in 0.1 | 0.1.0) want=1 ;; *) want=0 ;; esac
  [ "$found" = "$want" ] || fail "find_package(medcert $wanted) says found=$found on 0.1.0"
done
pass "find_package(medcert 0.1) finds 0.1.0; 0.2, 0.0 and 1.0 are refused"

# The public names carry the ABI's version: a program built against 0.1 asks libmedcert.so for v0_1.
grep -q 'medcert::v0_1::Engine::Engine' <<<"$(nm -DC --defined-only "$prefix/lib/libmedcert.so")" ||
  fail "medcert::Engine is not in the inline ABI namespace v0_1"
pass "public names in medcert::v0_1 (inline namespace, as the SONAME 0.1)"

# The installed CLI finds the installed data by itself.
(unset MEDCERT_DATA_DIR; "$prefix/bin/medcert" render "$SRC/examples/medecin/court.yaml" -o "$WORK/cli.pdf") 2>"$WORK/cli.err" ||
  { cat "$WORK/cli.err" >&2; fail "installed CLI cannot render"; }
# The annexes: the installed body diagram's views, the photographs read beside the findings.
(unset MEDCERT_DATA_DIR; "$prefix/bin/medcert" render "$SRC/examples/medecin/annexes.yaml" -o "$WORK/annexes.pdf") \
  2>"$WORK/cli.err" || { cat "$WORK/cli.err" >&2; fail "installed CLI cannot render the annexes"; }
[ "$(pdfimages -list "$WORK/annexes.pdf" | tail -n +3 | wc -l)" = 4 ] || fail "the installed CLI's annexes lack photographs"
pass "installed CLI renders with the installed templates, and the annexes with the installed diagram"
