// SPDX-License-Identifier: Apache-2.0
#include "pdf/finalize.hpp"

#include <stdexcept>

#include <fmt/format.h>
#include <medcert/version.hpp>

#include "model/diag.hpp"
#include "pdf/document_edits.hpp"
#include "pdf/font_fixups.hpp"
#include "pdf/sha256.hpp"
#include "pdf/trailer_id.hpp"

namespace medcert::pdf {
namespace {

XmpInput metadata_of(const FinalizeInput& input) {
  return XmpInput{input.level,
                  input.title,
                  input.author,
                  "medcert " MEDCERT_VERSION_STRING,
                  // Not PODOFO_VERSION_STRING: Debian's ends with a line feed.
                  fmt::format("medcert {} (libharu, PoDoFo {}.{}.{})", MEDCERT_VERSION_STRING, PODOFO_VERSION_MAJOR,
                              PODOFO_VERSION_MINOR, PODOFO_VERSION_PATCH),
                  input.time,
                  input.certificate,
                  sha256_hex(input.findings_json)};
}

std::string finalized(const std::string& rendered, const FinalizeInput& input) {
  if (!input.output_intent) throw std::logic_error("finalize needs an output intent");
  const auto document = load_document(rendered, false);
  // PDF/A-1 is based on PDF 1.4; PDF/A-2 and -3 on PDF 1.7 (ISO 32000-1).
  document->SetPdfVersion(input.level == Conformance::a1b ? PoDoFo::ePdfVersion_1_4 : PoDoFo::ePdfVersion_1_7);
  fix_fonts(*document);
  add_output_intent(*document, *input.output_intent);
  add_signature_field(*document, input.signature);
  if (embeds_findings(input.level)) attach_findings(*document, input.findings_json, input.time);
  set_metadata(*document, metadata_of(input));
  std::string pdf = write_document(*document);
  set_content_id(pdf);
  return pdf;
}

Diagnostic failure(const std::string& why) {
  return model::error("P-FINALIZE", "", Location{}, {model::param("detail", why)});
}

}  // namespace

model::Result<std::string> finalize(const std::string& rendered, const FinalizeInput& input) {
  model::Result<std::string> result;
  try {
    // No lock here: load_document holds podofo_clock_mutex() where PoDoFo 0.9.8 reads the clock, and the
    // rest only edits raw dictionaries (no PdfAnnotation or PdfInfo is created), so documents finalize in parallel.
    result.value = finalized(rendered, input);
  } catch (const PoDoFo::PdfError& e) {
    result.diagnostics.push_back(failure(describe(e)));
  } catch (const std::runtime_error& e) {
    result.diagnostics.push_back(failure(e.what()));
  }
  return result;
}

}  // namespace medcert::pdf
