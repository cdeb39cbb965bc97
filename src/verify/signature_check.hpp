// SPDX-License-Identifier: Apache-2.0
// One signature of a PDF, checked against the file's bytes: byte range, digest, CMS signature, signer
// certificate, PAdES attributes, trust (when a trust list is given).
#pragma once

#include <string_view>
#include <vector>

#include <medcert/verification.hpp>

#include "sign/openssl_ptr.hpp"
#include "sign/pdf_fields.hpp"

namespace medcert::verify {

/// Fills `report` from the signature dictionary `value` of `file`, and adds to `diagnostics` every problem
/// (V-BYTE-RANGE, V-MODIFIED, V-CMS, V-DIGEST, V-SIGNATURE, V-SIGNING-CERTIFICATE, V-CERTIFICATE, V-TRUST: errors;
/// V-PADES: warnings). An empty `trusted` skips the trust check.
void check_signature(std::string_view file, const sign::SignatureDictionary& value,
                     const std::vector<sign::X509Ptr>& trusted, SignatureReport& report, Diagnostics& diagnostics);

}  // namespace medcert::verify
