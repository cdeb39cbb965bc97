// SPDX-License-Identifier: Apache-2.0
#include "sign/signature_slot.hpp"

#include "model/diag.hpp"
#include "pdf/dates.hpp"
#include "pdf/untrusted.hpp"
#include "sign/pdf_fields.hpp"

namespace medcert::sign {
namespace {

using namespace PoDoFo;

Diagnostic unreadable(const std::string& detail) {
  return model::error("S-PDF", "", {}, {model::param("detail", detail)});
}

// The gate before PoDoFo (pdf/untrusted.hpp): its refusal, or qpdf's reason it cannot parse the file.
std::optional<Diagnostic> screened_out(std::string_view pdf) {
  try {
    return pdf::screen_untrusted(pdf);
  } catch (const std::exception& e) {
    return unreadable(e.what());
  }
}

// Loading for update stamps Info with the machine's clock (/ModDate; a whole new Info when there was none,
// pdf-toolchain.md): the signature leaves Info as it was, so that it keeps matching the XMP (PDF/A) and
// the bytes stay reproducible.
void keep_original_info(PdfMemDocument& document, std::string_view original) {
  PdfVecObjects objects;
  objects.SetAutoDelete(true);  // a PdfVecObjects owns its objects only when told so
  PdfParser parser(&objects, original.data(), static_cast<long>(original.size()), true);
  const PdfObject* trailer = parser.GetTrailer();
  const PdfObject* info_ref = trailer ? trailer->GetDictionary().GetKey("Info") : nullptr;
  const PdfObject* info = info_ref && info_ref->IsReference() ? objects.GetObject(info_ref->GetReference()) : nullptr;
  const PdfDictionary* before = info && info->IsDictionary() ? &info->GetDictionary() : nullptr;
  PdfDictionary& after = document.GetInfo()->GetObject()->GetDictionary();
  for (const char* key : {"ModDate", "CreationDate", "Producer"}) {
    if (const PdfObject* value = before ? before->GetKey(key) : nullptr)
      after.AddKey(key, *value);
    else
      after.RemoveKey(key);
  }
}

// The fields' names quoted as each language quotes, or the word for none.
std::string list_names(const std::vector<SignatureField>& fields, Language lang) {
  const bool fr = lang == Language::fr;
  std::string names;
  for (const auto& f : fields)
    names += (names.empty() ? "" : ", ") + (fr ? "«\u202F" + f.name + "\u202F»" : "\"" + f.name + "\"");
  return !names.empty() ? names : fr ? "aucun" : "none";
}

Diagnostic no_field(const std::string& name, const std::vector<SignatureField>& fields) {
  return model::error("S-FIELD", "", {},
                      {model::param("field", name),
                       model::param("fields", list_names(fields, Language::fr), list_names(fields, Language::en))});
}

Diagnostic already_signed(const std::string& name) {
  return model::error("S-SIGNED", "", {}, {model::param("field", name)});
}

// The signature dictionary, as PdfSignatureField::SetSignature writes it: /ByteRange is a placeholder of fixed
// width written just before /Contents (keys are written sorted), which PdfSignOutputDevice::AdjustByteRange needs.
void add_signature_value(PdfMemDocument& document, PdfObject& field, const SlotRequest& request,
                         const PdfData& beacon) {
  PdfObject* sig = document.GetObjects().CreateObject("Sig");
  PdfDictionary& dict = sig->GetDictionary();
  dict.AddKey(PdfName::KeyFilter, PdfName("Adobe.PPKLite"));
  dict.AddKey("SubFilter", PdfName("ETSI.CAdES.detached"));
  dict.AddKey("M", PdfString(pdf::pdf_date(request.time)));
  if (!request.reason.empty())
    dict.AddKey("Reason", PdfString(reinterpret_cast<const pdf_utf8*>(request.reason.c_str())));
  if (!request.location.empty())
    dict.AddKey("Location", PdfString(reinterpret_cast<const pdf_utf8*>(request.location.c_str())));
  dict.AddKey("ByteRange", PdfVariant(PdfData("[ 0 1234567890 1234567890 1234567890]")));
  dict.AddKey(PdfName::KeyContents, PdfVariant(PdfData(("<" + beacon.data() + ">").c_str(), beacon.data().size() + 2)));
  field.GetDictionary().AddKey("V", sig->Reference());
}

std::optional<Slot> write_update(PdfMemDocument& document, std::size_t reserve, PdfObject& field,
                                 const SlotRequest& request) {
  PdfRefCountedBuffer buffer;
  PdfOutputDevice device(&buffer);
  PdfSignOutputDevice signer(&device);
  signer.SetSignatureSize(reserve);
  add_signature_value(document, field, request, *signer.GetSignatureBeacon());
  document.WriteUpdate(&signer, true);
  if (!signer.HasSignaturePosition()) return std::nullopt;
  const PdfArray range = signer.AdjustByteRange();
  std::string bytes(buffer.GetBuffer(), device.GetLength());
  const std::size_t hole_begin = static_cast<std::size_t>(range[1].GetNumber());
  const std::size_t hole_end = static_cast<std::size_t>(range[2].GetNumber());
  // PoDoFo's placeholder is text: zeros make the hole a hexadecimal string before anything reads it.
  bytes.replace(hole_begin + 1, hole_end - hole_begin - 2, std::string(hole_end - hole_begin - 2, '0'));
  const auto ranges = check_byte_range(bytes, {range[0].GetNumber(), range[1].GetNumber(), range[2].GetNumber(),
                                               range[3].GetNumber()});
  if (!ranges || ranges->signed_end != bytes.size()) return std::nullopt;
  return Slot{std::move(bytes), *ranges};
}

}  // namespace

Outcome<Slot> open_slot(std::string_view pdf, const SlotRequest& request) {
  if (auto refusal = screened_out(pdf)) return failed<Slot>(SignCategory::unreadable_pdf, std::move(*refusal));
  try {
    const std::lock_guard lock(pdf::podofo_clock_mutex());  // PoDoFo's "now" dates: see podofo_document.hpp
    const auto document = pdf::load_document(pdf, true);
    const auto fields = signature_fields(*document);
    PdfObject* target = nullptr;
    for (const auto& f : fields) {
      if (f.value) return failed<Slot>(SignCategory::not_signable, already_signed(f.name));
      if (f.name == request.field_name) target = f.field;
    }
    if (!target) return failed<Slot>(SignCategory::not_signable, no_field(request.field_name, fields));

    document->SetWriteMode(ePdfWriteMode_Clean);  // the compact mode writes "1 0 obj<<": not PDF/A
    keep_original_info(*document, pdf);
    PdfObject* form = acro_form(*document);
    form->GetDictionary().AddKey("SigFlags", PdfObject(static_cast<pdf_int64>(3)));  // SignaturesExist | AppendOnly
    form->GetDictionary().RemoveKey("NeedAppearances");
    draw_signed_box(*document, *target, request.box);
    auto slot = write_update(*document, request.reserve, *target, request);
    if (!slot) return failed<Slot>(SignCategory::unreadable_pdf, unreadable("PoDoFo did not write the signature placeholder"));
    return {std::move(slot), {}, SignCategory::ok};
  } catch (const PdfError& e) {
    return failed<Slot>(SignCategory::unreadable_pdf, unreadable(pdf::describe(e)));
  }
}

Outcome<Slot> find_slot(std::string_view pdf, const std::string& field_name) {
  const auto not_prepared = [&] {
    return failed<Slot>(
        SignCategory::not_prepared,
        model::error("S-PREPARED", "", {}, {model::param("field", field_name)}));
  };
  if (auto refusal = screened_out(pdf)) return failed<Slot>(SignCategory::unreadable_pdf, std::move(*refusal));
  try {
    const std::lock_guard lock(pdf::podofo_clock_mutex());
    const auto document = pdf::load_document(pdf, false);
    for (const auto& f : signature_fields(*document)) {
      if (f.name != field_name || !f.value) continue;
      const auto dict = read_signature_dictionary(*f.value);
      const auto ranges = dict.byte_range ? check_byte_range(pdf, *dict.byte_range) : std::nullopt;
      if (!ranges || ranges->signed_end != pdf.size() || hole_bytes(pdf, *ranges) != dict.contents)
        return not_prepared();
      return {Slot{std::string(pdf), *ranges}, {}, SignCategory::ok};
    }
    return not_prepared();
  } catch (const PdfError& e) {
    return failed<Slot>(SignCategory::unreadable_pdf, unreadable(pdf::describe(e)));
  }
}

}  // namespace medcert::sign
