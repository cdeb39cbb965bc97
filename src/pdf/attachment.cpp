// SPDX-License-Identifier: Apache-2.0
#include <stdexcept>

#include "pdf/dates.hpp"
#include "pdf/document_edits.hpp"
#include "pdf/embedded_names.hpp"

namespace medcert::pdf {

void attach_findings(PoDoFo::PdfMemDocument& document, const std::string& json, std::int64_t time) {
  const std::string name(kFindingsFileName);
  // Sets /UF, /EF /F (the embedded stream, with /Params /Size) and /F, which it spells
  // "medcert2Dfindings2Ejson": /F is written again, before AttachFile files the name under it.
  PoDoFo::PdfFileSpec spec(name.c_str(), reinterpret_cast<const unsigned char*>(json.data()),
                           static_cast<std::ptrdiff_t>(json.size()), &document, true);
  PoDoFo::PdfObject* file = spec.GetObject();
  file->GetDictionary().AddKey("F", PoDoFo::PdfString(name));
  // The certificate was written from these findings: they are its source (ISO 32000-2, 14.13).
  file->GetDictionary().AddKey("AFRelationship", PoDoFo::PdfName("Source"));
  const char* description = "Constatations du certificat, en JSON (medcert) / the certificate's findings, as JSON";
  file->GetDictionary().AddKey("Desc", PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(description)));

  PoDoFo::PdfObject* files = entry(document, *file, "EF");
  PoDoFo::PdfObject* stream = files ? entry(document, *files, "F") : nullptr;
  PoDoFo::PdfObject* params = stream ? entry(document, *stream, "Params") : nullptr;
  if (!params || !params->IsDictionary()) throw std::runtime_error("PoDoFo wrote no embedded file parameters");
  stream->GetDictionary().AddKey(PoDoFo::PdfName::KeySubtype, PoDoFo::PdfName("application/json"));
  params->GetDictionary().AddKey("ModDate", PoDoFo::PdfString(pdf_date(time).c_str()));

  document.AttachFile(spec);
  PoDoFo::PdfArray associated;
  associated.push_back(file->Reference());
  document.GetCatalog()->GetDictionary().AddKey("AF", associated);
}

}  // namespace medcert::pdf
