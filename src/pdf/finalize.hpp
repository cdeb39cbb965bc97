// SPDX-License-Identifier: Apache-2.0
// pdf/: a rendered PDF made archival and ready to sign, with PoDoFo 0.9.8 (the only stage but sign/ and
// verify/ that includes it, through podofo_document.hpp): PDF/A identification and XMP, font fix-ups,
// output intent, the findings as an associated file, the empty signature field. docs/pdf.md says what a
// finalized file holds. Knows nothing of certificates beyond the metadata it is handed.
#pragma once

#include <cstdint>
#include <string>

#include "model/pages.hpp"
#include "model/result.hpp"
#include "pdf/conformance.hpp"
#include "pdf/output_intent.hpp"
#include "pdf/xmp.hpp"

namespace medcert::pdf {

struct FinalizeInput {
  Conformance level = Conformance::a3b;
  std::int64_t time = 0;  ///< creation = modification time (Unix seconds), as render used
  std::string title;
  std::string author;
  CertificateIdentity certificate;
  std::string findings_json;  ///< findings_json(): embedded in 3b, hashed into XMP at every level
  model::SignatureBox signature;
  const OutputIntent* output_intent = nullptr;  ///< required; owned by the caller (the engine)
};

/// The finalized PDF; a P-FINALIZE error diagnostic when PoDoFo cannot read or write it. The same
/// input gives the same bytes (the trailer /ID is derived from them).
model::Result<std::string> finalize(const std::string& rendered, const FinalizeInput& input);

}  // namespace medcert::pdf
