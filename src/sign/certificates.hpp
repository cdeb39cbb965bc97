// SPDX-License-Identifier: Apache-2.0
// The signer's certificate chain, as callers hand it over (DER, or PEM text with one or more
// certificates), checked for signing at the signing time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sign/openssl_ptr.hpp"
#include "sign/outcome.hpp"

namespace medcert::sign {

/// Why a signer's certificate cannot sign: outside its validity, key usage without digitalSignature or
/// nonRepudiation (no extension: any usage), a key other than RSA or EC.
enum class SigningProblem { validity, key_usage, key_type };

/// The one check `sign` (before signing, at the signing time) and `verify` (at the signature's /M; without
/// a readable /M, the validity is not checked) apply to the signer's certificate.
std::optional<SigningProblem> signing_problem(X509* signer, std::optional<std::int64_t> time);

/// The message ids that say it: S-CERTIFICATE.* when signing, V-CERTIFICATE.* when verifying.
struct SigningProblemMessages {
  std::string_view sign, verify;
};
SigningProblemMessages messages(SigningProblem problem);

/// The certificates of one entry: a DER certificate, or PEM text holding any number (none: empty).
std::vector<X509Ptr> parse_certificates(const std::string& entry);

/// The certificates of every entry, in order (the signer's first). Errors (S-CERTIFICATE, category certificate): an entry that is
/// no certificate, an empty chain, a signer certificate outside its validity at `time`, one whose key usage
/// excludes signatures, or a key type other than RSA and EC.
Outcome<std::vector<X509Ptr>> read_chain(const std::vector<std::string>& entries, std::int64_t time);

}  // namespace medcert::sign
