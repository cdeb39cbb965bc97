// SPDX-License-Identifier: Apache-2.0
// The signer's certificate chain, as callers hand it over (DER, or PEM text with one or more
// certificates), checked for signing at the signing time.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sign/openssl_ptr.hpp"
#include "sign/outcome.hpp"

namespace medcert::sign {

/// The certificates of one entry: a DER certificate, or PEM text holding any number (none: empty).
std::vector<X509Ptr> parse_certificates(const std::string& entry);

/// The certificates of every entry, in order (the signer's first). Errors (S-CERTIFICATE, category certificate): an entry that is
/// no certificate, an empty chain, a signer certificate outside its validity at `time`, one whose key usage
/// excludes signatures, or a key type other than RSA and EC.
Outcome<std::vector<X509Ptr>> read_chain(const std::vector<std::string>& entries, std::int64_t time);

}  // namespace medcert::sign
