// SPDX-License-Identifier: Apache-2.0
#include "pdf/dates.hpp"
#include "pdf/document_edits.hpp"

namespace medcert::pdf {
namespace {

using PoDoFo::PdfString;

PdfString utf8(const std::string& text) { return PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str())); }

}  // namespace

void set_metadata(PoDoFo::PdfMemDocument& document, const XmpInput& info) {
  PoDoFo::PdfDictionary& entries = document.GetInfo()->GetObject()->GetDictionary();
  entries.Clear();
  if (!info.title.empty()) entries.AddKey("Title", utf8(info.title));
  if (!info.author.empty()) entries.AddKey("Author", utf8(info.author));
  entries.AddKey("Creator", utf8(info.creator_tool));
  entries.AddKey("Producer", utf8(info.producer));
  const PdfString date(pdf_date(info.time).c_str());
  entries.AddKey("CreationDate", date);
  entries.AddKey("ModDate", date);

  const std::string packet = xmp_packet(info);
  PoDoFo::PdfObject* metadata = document.GetObjects().CreateObject("Metadata");
  metadata->GetDictionary().AddKey(PoDoFo::PdfName::KeySubtype, PoDoFo::PdfName("XML"));
  // Unfiltered: PDF/A-1 forbids compressing the XMP, so that any tool can find it in the bytes.
  metadata->GetStream()->Set(packet.data(), static_cast<PoDoFo::pdf_long>(packet.size()), PoDoFo::TVecFilters());
  document.GetCatalog()->GetDictionary().AddKey("Metadata", metadata->Reference());
}

}  // namespace medcert::pdf
