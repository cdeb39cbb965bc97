// SPDX-License-Identifier: Apache-2.0
#include "pdf/box_appearance.hpp"

#include <initializer_list>

#include <fmt/format.h>

#include "model/pages.hpp"
#include "pdf/cid_maps.hpp"

namespace medcert::pdf {
namespace {

using namespace PoDoFo;

// A subset's name starts with six capital letters and "+" (PDF 1.4 §5.5.3); one such font per box.
constexpr const char* kSubsetTag = "MEDSIG+";
constexpr const char* kFontResource = "F1";

PdfObject* stream_object(PdfMemDocument& document, const std::string& bytes) {
  PdfObject* object = document.GetObjects().CreateObject();
  object->GetStream()->Set(bytes.data(), static_cast<pdf_long>(bytes.size()));
  return object;
}

PdfArray numbers(std::initializer_list<double> values) {
  PdfArray array;
  for (const double v : values) array.push_back(PdfObject(v));
  return array;
}

std::vector<std::uint16_t> cids_of(const model::FontProgram& font) {
  std::vector<std::uint16_t> cids;
  for (const auto& [cp, glyph] : font.glyphs)
    if (cp <= 0xFFFF) cids.push_back(static_cast<std::uint16_t>(cp));
  return cids;
}

PdfObject* font_descriptor(PdfMemDocument& document, const model::FontProgram& font, const std::string& name,
                           const std::vector<std::uint16_t>& cids) {
  PdfObject* program = stream_object(document, font.program);
  program->GetDictionary().AddKey("Length1", static_cast<pdf_int64>(font.program.size()));
  PdfObject* descriptor = document.GetObjects().CreateObject("FontDescriptor");
  PdfDictionary& dict = descriptor->GetDictionary();
  dict.AddKey("FontName", PdfName(name));
  dict.AddKey("Flags", static_cast<pdf_int64>(34));  // serif, non-symbolic: as libharu describes the same fonts
  dict.AddKey("FontBBox", numbers({font.bbox[0], font.bbox[1], font.bbox[2], font.bbox[3]}));
  dict.AddKey("ItalicAngle", PdfObject(font.italic_angle));
  dict.AddKey("Ascent", PdfObject(font.ascender));
  dict.AddKey("Descent", PdfObject(font.descender));
  dict.AddKey("CapHeight", PdfObject(font.cap_height));
  dict.AddKey("StemV", PdfObject(static_cast<pdf_int64>(0)));
  dict.AddKey("FontFile2", program->Reference());
  dict.AddKey("CIDSet", stream_object(document, cid_set(cids))->Reference());  // PDF/A-1 wants it for a subset
  return descriptor;
}

// CID = Unicode code point (as libharu's fonts in the same file), mapped to the subset's glyph ids.
PdfObject* cid_font(PdfMemDocument& document, const model::FontProgram& font, const std::string& name,
                    const std::vector<std::uint16_t>& cids) {
  std::string map(2 * (cids.empty() ? 1 : cids.back() + 1u), '\0');
  PdfArray widths;
  for (const std::uint16_t cid : cids) {
    const std::uint16_t glyph = font.glyphs.at(cid);
    map[2 * cid] = static_cast<char>(glyph >> 8);
    map[2 * cid + 1] = static_cast<char>(glyph & 0xFF);
    widths.push_back(static_cast<pdf_int64>(cid));
    widths.push_back(numbers({font.advances.at(cid)}));
  }
  PdfObject* cid_font = document.GetObjects().CreateObject("Font");
  PdfDictionary& dict = cid_font->GetDictionary();
  dict.AddKey(PdfName::KeySubtype, PdfName("CIDFontType2"));
  dict.AddKey("BaseFont", PdfName(name));
  PdfDictionary system;
  system.AddKey("Registry", PdfString("Adobe"));
  system.AddKey("Ordering", PdfString("Identity"));
  system.AddKey("Supplement", PdfObject(static_cast<pdf_int64>(0)));  // a bare 0 would pick AddKey(name, PdfObject*)
  dict.AddKey("CIDSystemInfo", system);
  dict.AddKey("FontDescriptor", font_descriptor(document, font, name, cids)->Reference());
  dict.AddKey("W", widths);
  dict.AddKey("CIDToGIDMap", stream_object(document, map)->Reference());
  return cid_font;
}

PdfObject* type0_font(PdfMemDocument& document, const model::FontProgram& font) {
  const std::string name = kSubsetTag + font.postscript_name;
  const auto cids = cids_of(font);
  PdfObject* type0 = document.GetObjects().CreateObject("Font");
  PdfDictionary& dict = type0->GetDictionary();
  dict.AddKey(PdfName::KeySubtype, PdfName("Type0"));
  dict.AddKey("BaseFont", PdfName(name));
  dict.AddKey("Encoding", PdfName("Identity-H"));
  PdfArray descendants;
  descendants.push_back(cid_font(document, font, name, cids)->Reference());
  dict.AddKey("DescendantFonts", descendants);
  dict.AddKey("ToUnicode", stream_object(document, identity_to_unicode(cids))->Reference());
  return type0;
}

// The line as a hexadecimal string of two-byte CIDs, leaving out what the font cannot draw.
std::string shown(const std::u32string& text, const model::FontProgram& font) {
  std::string hex;
  for (const char32_t cp : text)
    if (cp <= 0xFFFF && font.glyphs.count(cp)) hex += fmt::format("{:04X}", static_cast<unsigned>(cp));
  return hex;
}

}  // namespace

PdfObject* box_appearance(PdfMemDocument& document, double width, double height, const std::vector<BoxLine>& lines,
                          const model::FontProgram* font) {
  PdfObject* form = document.GetObjects().CreateObject("XObject");
  PdfDictionary& dict = form->GetDictionary();
  dict.AddKey(PdfName::KeySubtype, PdfName("Form"));
  PdfVariant bbox;
  PdfRect(0, 0, width, height).ToVariant(bbox);
  dict.AddKey("BBox", bbox);
  const double inset = model::kSignatureFrameWidth / 2;
  std::string content = fmt::format("q {:.2f} w {:.2f} {:.2f} {:.2f} {:.2f} re S Q\n", model::kSignatureFrameWidth,
                                    inset, inset, width - model::kSignatureFrameWidth,
                                    height - model::kSignatureFrameWidth);
  PdfDictionary resources;
  if (font && !lines.empty()) {
    PdfDictionary fonts;
    fonts.AddKey(kFontResource, type0_font(document, *font)->Reference());
    resources.AddKey("Font", fonts);
    for (const auto& line : lines)
      content += fmt::format("BT /{} {:.2f} Tf 0 g {:.2f} {:.2f} Td <{}> Tj ET\n", kFontResource, line.size, line.x,
                             height - line.baseline, shown(line.text, *font));
  }
  dict.AddKey("Resources", resources);
  form->GetStream()->Set(content.data(), static_cast<pdf_long>(content.size()));
  return form;
}

}  // namespace medcert::pdf
