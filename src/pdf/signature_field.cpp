// SPDX-License-Identifier: Apache-2.0
#include <stdexcept>

#include <fmt/format.h>

#include <medcert/signing.hpp>

#include "pdf/box_appearance.hpp"
#include "pdf/document_edits.hpp"

namespace medcert::pdf {
namespace {

using PoDoFo::PdfMemDocument;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;

PdfObject& array_entry(PdfMemDocument& document, PdfObject& dictionary, const char* key) {
  if (!dictionary.GetDictionary().HasKey(key)) dictionary.GetDictionary().AddKey(key, PoDoFo::PdfArray());
  PdfObject* array = entry(document, dictionary, key);
  if (!array || !array->IsArray()) throw std::runtime_error(fmt::format("/{} is not an array", key));
  return *array;
}

}  // namespace

void add_signature_field(PdfMemDocument& document, const model::SignatureBox& box) {
  if (box.page < 0 || box.page >= document.GetPageCount())
    throw std::runtime_error(fmt::format("the signature box is on page {}, which does not exist", box.page + 1));
  PoDoFo::PdfPage* page = document.GetPage(box.page);
  const PoDoFo::PdfRect media = page->GetMediaBox();
  // The box's y runs down from the top of the page; PDF's runs up from the bottom.
  const PoDoFo::PdfRect rect(media.GetLeft() + box.x, media.GetBottom() + media.GetHeight() - box.y - box.height,
                             box.width, box.height);
  PoDoFo::PdfVariant rect_value;
  rect.ToVariant(rect_value);

  PoDoFo::PdfDictionary appearances;
  appearances.AddKey("N", box_appearance(document, box.width, box.height)->Reference());

  // Field and widget in one dictionary. No /V: a signature dictionary, even empty, reads as a broken
  // signature; no /DA: nothing is typed into a signature field, so no font is needed.
  PdfObject* widget = document.GetObjects().CreateObject("Annot");
  PoDoFo::PdfDictionary& field = widget->GetDictionary();
  field.AddKey(PoDoFo::PdfName::KeySubtype, PdfName("Widget"));
  field.AddKey("FT", PdfName("Sig"));
  field.AddKey("T", PoDoFo::PdfString(signature_field_name));
  field.AddKey(PoDoFo::PdfName::KeyRect, rect_value);
  field.AddKey("F", static_cast<PoDoFo::pdf_int64>(PoDoFo::ePdfAnnotationFlags_Print));
  field.AddKey("P", page->GetObject()->Reference());
  field.AddKey("AP", appearances);
  array_entry(document, *page->GetObject(), "Annots").GetArray().push_back(widget->Reference());

  // Without ePdfAcroFormDefaultAppearance_None, PoDoFo adds /DA and /DR with a non-embedded Helvetica.
  PoDoFo::PdfAcroForm* form = document.GetAcroForm(true, PoDoFo::ePdfAcroFormDefaultAppearance_None);
  array_entry(document, *form->GetObject(), "Fields").GetArray().push_back(widget->Reference());
  form->GetObject()->GetDictionary().AddKey("SigFlags", static_cast<PoDoFo::pdf_int64>(1));  // SignaturesExist
}

}  // namespace medcert::pdf
