// SPDX-License-Identifier: Apache-2.0
#include "pdf/document_edits.hpp"

namespace medcert::pdf {

void add_output_intent(PoDoFo::PdfMemDocument& document, const OutputIntent& intent) {
  PoDoFo::PdfObject* profile = document.GetObjects().CreateObject();
  profile->GetDictionary().AddKey("N", static_cast<PoDoFo::pdf_int64>(3));  // RGB: make_output_intent checked it
  profile->GetStream()->Set(intent.profile.data(), static_cast<PoDoFo::pdf_long>(intent.profile.size()));

  PoDoFo::PdfDictionary output;
  output.AddKey(PoDoFo::PdfName::KeyType, PoDoFo::PdfName("OutputIntent"));
  output.AddKey("S", PoDoFo::PdfName("GTS_PDFA1"));  // the subtype of every PDF/A part
  output.AddKey("OutputConditionIdentifier", PoDoFo::PdfString(intent.identifier));
  output.AddKey("Info", PoDoFo::PdfString(intent.identifier));
  output.AddKey("RegistryName", PoDoFo::PdfString("http://www.color.org"));
  output.AddKey("DestOutputProfile", profile->Reference());
  PoDoFo::PdfArray intents;
  intents.push_back(output);
  document.GetCatalog()->GetDictionary().AddKey("OutputIntents", intents);
}

}  // namespace medcert::pdf
