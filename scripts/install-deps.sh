#!/usr/bin/env bash
# Installs medcert's build and test dependencies on Debian 12 (bookworm), by package name only.
# Run as root (or through sudo). Nothing else is downloaded: fonts, libraries and checkers all
# come from Debian's archive.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # the chosen core (see DESIGN.md)
  libhpdf-dev libyaml-cpp-dev libicu-dev libssl-dev libpodofo-dev
  # well-kept helpers
  libcli11-dev libfmt-dev nlohmann-json3-dev libharfbuzz-dev
  # tests and benchmarks
  catch2 libbenchmark-dev
  # what certificates embed (fonts/manifest.yaml names files from these packages)
  fonts-liberation2 icc-profiles-free
  # independent checkers used by the end-to-end tests
  qpdf poppler-utils jq python3 python3-yaml
  # PDFBox preflight, the PDF/A-1b validator (tests/e2e/pdfa.sh; Java 17 needs activation and JAXB)
  libpdfbox2-java default-jre-headless libactivation-java libjaxb-api-java
  # signing tests (tests/e2e/signing.sh): a test PKI and external signer (openssl CLI), an NSS database for
  # poppler's pdfsig -sign (certutil, pk12util)
  openssl libnss3-tools
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}"
