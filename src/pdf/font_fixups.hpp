// SPDX-License-Identifier: Apache-2.0
// What libharu 2.3.0 leaves out of or gets wrong in its UTF-8 CID fonts, which PDF/A needs right:
// FontDescriptor /CapHeight, a ToUnicode CMap (libharu's uses begincidrange, which poppler and PDFBox
// reject), and a /CIDSet.
#pragma once

#include "pdf/podofo_document.hpp"

namespace medcert::pdf {

/// Fixes every Type0 font of the document. Throws PoDoFo::PdfError, or std::runtime_error when an
/// embedded font program cannot be read.
void fix_fonts(PoDoFo::PdfMemDocument& document);

}  // namespace medcert::pdf
