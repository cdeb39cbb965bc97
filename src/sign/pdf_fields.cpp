// SPDX-License-Identifier: Apache-2.0
#include "sign/pdf_fields.hpp"

#include <set>

namespace medcert::sign {
namespace {

using namespace PoDoFo;

constexpr int max_field_depth = 16;

struct Walk {
  PdfMemDocument& document;
  std::set<PdfReference> seen;
  std::vector<SignatureField> found;

  void field(PdfObject* node, const std::string& parent_name, bool parent_is_signature, int depth) {
    if (!node || !node->IsDictionary() || depth > max_field_depth) return;
    if (node->Reference().IsIndirect() && !seen.insert(node->Reference()).second) return;
    const PdfDictionary& dict = node->GetDictionary();
    const PdfObject* type = dict.GetKey("FT");
    const bool is_signature = type ? type->IsName() && type->GetName() == PdfName("Sig") : parent_is_signature;
    const std::string partial = utf8_text(dict.GetKey("T"));
    const std::string name = parent_name.empty() ? partial : partial.empty() ? parent_name : parent_name + "." + partial;

    PdfObject* kids = pdf::resolve(document, node->GetIndirectKey("Kids"));
    bool has_child_fields = false;
    if (kids && kids->IsArray())
      for (auto& kid : kids->GetArray()) {
        PdfObject* child = pdf::resolve(document, &kid);
        if (child && child->IsDictionary() && child->GetDictionary().HasKey("T")) {
          has_child_fields = true;
          field(child, name, is_signature, depth + 1);
        }
      }
    if (has_child_fields || !is_signature) return;
    PdfObject* value = node->GetIndirectKey("V");
    found.push_back(SignatureField{node, name, value && value->IsDictionary() ? value : nullptr});
  }
};

}  // namespace

PdfObject* acro_form(PdfMemDocument& document) {
  PdfObject* form = document.GetCatalog()->GetIndirectKey("AcroForm");
  return form && form->IsDictionary() ? form : nullptr;
}

std::vector<SignatureField> signature_fields(PdfMemDocument& document) {
  Walk walk{document, {}, {}};
  PdfObject* form = acro_form(document);
  PdfObject* fields = form ? pdf::resolve(document, form->GetIndirectKey("Fields")) : nullptr;
  if (fields && fields->IsArray())
    for (auto& entry : fields->GetArray()) walk.field(pdf::resolve(document, &entry), "", false, 0);
  return std::move(walk.found);
}

std::string utf8_text(const PdfObject* object) {
  if (!object || !(object->IsString() || object->IsHexString())) return {};
  return object->GetString().GetStringUtf8();
}

SignatureDictionary read_signature_dictionary(const PdfObject& value) {
  SignatureDictionary out;
  const PdfDictionary& dict = value.GetDictionary();
  auto name_of = [&](const char* key) {
    const PdfObject* o = dict.GetKey(key);
    return o && o->IsName() ? o->GetName().GetName() : std::string();
  };
  out.filter = name_of("Filter");
  out.sub_filter = name_of("SubFilter");
  if (const PdfObject* range = dict.GetKey("ByteRange"); range && range->IsArray() && range->GetArray().size() == 4) {
    std::array<std::int64_t, 4> numbers{};
    bool integers = true;
    for (std::size_t i = 0; i < 4; ++i) {
      const PdfObject& n = range->GetArray()[i];
      integers = integers && n.IsNumber();
      if (integers) numbers[i] = n.GetNumber();
    }
    if (integers) out.byte_range = numbers;
  }
  if (const PdfObject* contents = dict.GetKey("Contents");
      contents && (contents->IsHexString() || contents->IsString()) && contents->GetString().IsValid())
    out.contents.assign(contents->GetString().GetString(), static_cast<std::size_t>(contents->GetString().GetLength()));
  if (const PdfObject* time = dict.GetKey("M"); time && (time->IsString() || time->IsHexString()))
    out.time = time->GetString().GetStringUtf8();
  out.reason = utf8_text(dict.GetKey("Reason"));
  out.location = utf8_text(dict.GetKey("Location"));
  out.name = utf8_text(dict.GetKey("Name"));
  return out;
}

}  // namespace medcert::sign
