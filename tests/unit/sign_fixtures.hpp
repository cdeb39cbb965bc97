// SPDX-License-Identifier: Apache-2.0
// What the signing tests work on: a throw-away PKI made by tests/e2e/make_test_pki.sh (openssl CLI, at
// test time) and small PDFs made here with PoDoFo, with or without medcert's empty signature field.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>

#include <medcert/diagnostics.hpp>

namespace medcert::test {

/// The signing time of the tests: 2026-11-21T00:00:00Z, the SOURCE_DATE_EPOCH of the e2e tests.
inline constexpr std::int64_t kTime = 1795219200;

/// True when one of the diagnostics has that rule id.
inline bool has_rule(const Diagnostics& diagnostics, const std::string& rule) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) { return d.rule == rule; });
}

/// The first diagnostic with that rule id, or null.
inline const Diagnostic* first_with_rule(const Diagnostics& diagnostics, const std::string& rule) {
  const auto found =
      std::find_if(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) { return d.rule == rule; });
  return found == diagnostics.end() ? nullptr : &*found;
}

/// The folder make_test_pki.sh filled (once per test run; removed at exit).
const std::string& pki_dir();
/// The whole content of a file of the PKI folder ("signer.p12", "ca.pem"...).
std::string pki_file(const std::string& name);
/// The PKCS#12 password (first line of pki/password).
std::string pki_password();

/// A one-page PDF with an empty signature field named `field` (none when empty), Info dated 2026-11-20.
std::string unsigned_pdf(const std::string& field = "medcert_signature");

/// `pdf` with one incremental update that changes Info /Title: a revision appended after a signature.
std::string append_revision(const std::string& pdf);

/// Info /ModDate as written in the file's last revision (read with PoDoFo's parser, not a PdfMemDocument:
/// loading one re-stamps it).
std::string info_mod_date(const std::string& pdf);

}  // namespace medcert::test
