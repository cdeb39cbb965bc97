// SPDX-License-Identifier: Apache-2.0
// The edits finalize makes to a rendered document, one file each; font_fixups.hpp is the fifth.
#pragma once

#include <cstdint>
#include <string>

#include "model/pages.hpp"
#include "pdf/output_intent.hpp"
#include "pdf/podofo_document.hpp"
#include "pdf/xmp.hpp"

namespace medcert::pdf {

/// The Info dictionary and the XMP packet (catalog /Metadata, unfiltered), both from `info`, so that
/// they agree as PDF/A requires (libharu's Info entries are replaced, PoDoFo's /ModDate stamp too).
void set_metadata(PoDoFo::PdfMemDocument& document, const XmpInput& info);

/// Catalog /OutputIntents: one GTS_PDFA1 intent with the ICC profile embedded.
void add_output_intent(PoDoFo::PdfMemDocument& document, const OutputIntent& intent);

/// The empty signature field (docs/pdf.md) on the layout's signature box (top-left origin, y down).
/// Throws std::runtime_error when the box's page does not exist.
void add_signature_field(PoDoFo::PdfMemDocument& document, const model::SignatureBox& box);

/// The findings JSON as a PDF/A-3 associated file of the document (catalog /AF and /EmbeddedFiles).
void attach_findings(PoDoFo::PdfMemDocument& document, const std::string& json, std::int64_t time);

}  // namespace medcert::pdf
