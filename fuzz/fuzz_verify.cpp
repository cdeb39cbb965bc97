// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: arbitrary bytes as a PDF, verified as `medcert verify` does (no trust list), and
// once more against the test CA when the bytes carry a signature, so that the chain check runs too.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <medcert/verification.hpp>

namespace {

// The public certificate of the throw-away CA that signed the seed PDFs (tests/e2e/make_test_pki.sh).
const medcert::VerifyOptions& with_trust_list() {
  static const medcert::VerifyOptions options = [] {
    std::ifstream in(MEDCERT_FUZZ_DIR "/verify_ca.pem", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return medcert::VerifyOptions{{text.str()}};
  }();
  return options;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view pdf(reinterpret_cast<const char*>(data), size);
  const auto report = medcert::verify_pdf(pdf);
  // The documented promise (verification.hpp): an unreadable file says why.
  if (report.status == medcert::VerifyStatus::unreadable && report.diagnostics.empty()) __builtin_trap();
  if (!report.signatures.empty()) medcert::verify_pdf(pdf, with_trust_list());
  return 0;
}
