#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs medcert's build and test dependencies on Debian 12 (bookworm), by package name only.
# Run as root (or through sudo). Fonts, libraries and checkers all come from Debian's archive; the one
# exception is the browser test's driver, playwright-core, pinned by tests/browser/package-lock.json and
# installed from the npm registry at the end (never at build time).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # the chosen core (see DESIGN.md)
  libhpdf-dev libyaml-cpp-dev libicu-dev libssl-dev libpodofo-dev
  # the gate before PoDoFo: hostile PDFs are parsed first by qpdf, hardened and fuzzed (docs/security.md)
  libqpdf-dev
  # the annex's photographs (src/images/): libvips decodes JPEG and PNG, resizes, writes a clean JPEG
  libvips-dev
  # tests/e2e/annexes.sh: writes GPS and maker tags into a test photograph, then finds none left in the PDF's
  libimage-exiftool-perl
  # well-kept helpers
  libcli11-dev libfmt-dev nlohmann-json3-dev libharfbuzz-dev libcpp-httplib-dev
  # tests and benchmarks
  catch2 libbenchmark-dev
  # what certificates embed (fonts/manifest.yaml names files from these packages)
  fonts-liberation2 icc-profiles-free
  # independent checkers used by the end-to-end tests
  qpdf poppler-utils jq python3 python3-yaml iproute2
  # the findings JSON Schema checked against every example (tests/e2e/findings_schema.sh)
  python3-jsonschema
  # output_files.sh holds an fsync with strace to interrupt a write in the middle
  strace
  # hostile_pdfs.sh measures each run's peak memory with GNU time (/usr/bin/time -f %M)
  time
  # PDFBox preflight, the PDF/A-1b validator (tests/e2e/pdfa.sh; Java 17 needs activation and JAXB)
  libpdfbox2-java default-jre-headless libactivation-java libjaxb-api-java
  # signing tests (tests/e2e/signing.sh): a test PKI and external signer (openssl CLI), an NSS database for
  # poppler's pdfsig -sign (certutil, pk12util)
  openssl libnss3-tools
  # the browser test of the `medcert serve` form (tests/browser/form.mjs, driven by playwright-core from npm)
  chromium
  # fuzzing (fuzz/, the "fuzz" preset): clang 14 and its libFuzzer and sanitizer runtimes
  clang libclang-rt-14-dev
  # the wording rules' morphological table (docs/lexicon.md): tools/lexgen links libhunspell, and
  # scripts/regenerate-lexicon.sh expands the Dicollecte French dictionary's entries with unmunch
  libhunspell-dev hunspell-fr-comprehensive hunspell-tools
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}"

# The browser test (tests/browser/form.mjs) drives Debian's chromium with playwright-core. Node.js comes
# with machines of this kind; otherwise Debian's nodejs and npm (Node 18) serve.
if ! command -v npm >/dev/null; then
  $SUDO apt-get install -y -qq --no-install-recommends nodejs npm
fi
(cd "$(dirname "$0")/../tests/browser" && npm ci --no-audit --no-fund --loglevel=error)
