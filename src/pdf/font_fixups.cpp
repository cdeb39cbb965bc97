// SPDX-License-Identifier: Apache-2.0
#include "pdf/font_fixups.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "pdf/cid_maps.hpp"
#include "pdf/truetype.hpp"

namespace medcert::pdf {
namespace {

using PoDoFo::PdfMemDocument;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;

double number(const PdfObject* value) {
  if (!value) return 0;
  return value->IsReal() ? value->GetReal() : static_cast<double>(value->GetNumber());
}

// The CIDs the font program holds, by the /CIDToGIDMap (a stream, or /Identity: CID = GID). libharu's
// map covers every code point of the BMP (128 KiB): it is cut after the last CID that has a glyph, since
// a reader maps a CID past the end of the map to glyph 0 (.notdef), which is what the zeros cut off said.
std::vector<std::uint16_t> held_cids(PdfMemDocument& document, PdfObject& cid_font, int glyph_count) {
  PdfObject* map = entry(document, cid_font, "CIDToGIDMap");
  if (map && map->HasStream()) {
    const std::string bytes = decoded_stream(*map);
    auto cids = mapped_cids(bytes, glyph_count);
    const std::size_t kept = std::min(bytes.size(), cids.empty() ? 2 : 2 * (std::size_t{cids.back()} + 1));
    map->GetStream()->Set(bytes.data(), static_cast<PoDoFo::pdf_long>(kept));  // and compressed
    return cids;
  }
  std::vector<std::uint16_t> cids;
  for (int cid = 1; cid < glyph_count && cid <= 0xFFFF; ++cid) cids.push_back(static_cast<std::uint16_t>(cid));
  return cids;
}

// A stream written unfiltered (render/ leaves the font's streams so) is compressed here, once.
void compress(PdfObject& stream) {
  if (stream.GetDictionary().HasKey("Filter")) return;
  const std::string bytes = decoded_stream(stream);
  stream.GetStream()->Set(bytes.data(), static_cast<PoDoFo::pdf_long>(bytes.size()));
}

// Font units to PDF glyph space (1000 per em).
std::int64_t to_glyph_space(int value, int units_per_em) {
  return std::llround(static_cast<double>(value) * 1000.0 / units_per_em);
}

void add_cap_height(PdfObject& descriptor, const TrueTypeFacts& facts, const PdfObject* ascent) {
  if (descriptor.GetDictionary().HasKey("CapHeight")) return;
  // A font whose OS/2 table predates sCapHeight: its ascent is the closest measure PDF readers accept.
  const auto cap = facts.cap_height ? to_glyph_space(*facts.cap_height, facts.units_per_em)
                                    : std::llround(number(ascent));
  descriptor.GetDictionary().AddKey("CapHeight", static_cast<PoDoFo::pdf_int64>(cap));
}

// libharu marks the ToUnicode of its UTF-8 fonts with /CMapName /UTF-8: there, CID = code point.
void replace_to_unicode(PdfMemDocument& document, PdfObject& type0, const std::vector<std::uint16_t>& cids) {
  PdfObject* to_unicode = entry(document, type0, "ToUnicode");
  if (!to_unicode || !to_unicode->HasStream() || !has_name(document, *to_unicode, "CMapName", "UTF-8")) return;
  for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"}) to_unicode->GetDictionary().RemoveKey(key);
  const std::string cmap = identity_to_unicode(cids);
  to_unicode->GetStream()->Set(cmap.data(), static_cast<PoDoFo::pdf_long>(cmap.size()));
}

// Required by PDF/A-1, optional in 2 and 3 but then complete, and checked by PDFBox at every level:
// written always, listing every CID the program holds (as veraPDF counts them).
void add_cid_set(PdfMemDocument& document, PdfObject& descriptor, const std::vector<std::uint16_t>& cids) {
  const std::string bits = cid_set(cids);
  PdfObject* stream = document.GetObjects().CreateObject();
  stream->GetStream()->Set(bits.data(), static_cast<PoDoFo::pdf_long>(bits.size()));
  descriptor.GetDictionary().AddKey("CIDSet", stream->Reference());
}

void fix_type0(PdfMemDocument& document, PdfObject& type0) {
  PdfObject* descendants = entry(document, type0, "DescendantFonts");
  if (!descendants || !descendants->IsArray() || descendants->GetArray().empty()) return;
  PdfObject* cid_font = resolve(document, &descendants->GetArray()[0]);
  if (!cid_font || !has_name(document, *cid_font, "Subtype", "CIDFontType2")) return;
  PdfObject* descriptor = entry(document, *cid_font, "FontDescriptor");
  PdfObject* program = descriptor ? entry(document, *descriptor, "FontFile2") : nullptr;
  if (!program || !program->HasStream()) return;  // not embedded: nothing to fix, and nothing PDF/A accepts

  const auto facts = read_truetype(decoded_stream(*program));
  if (!facts) throw std::runtime_error("an embedded TrueType font has no readable head or maxp table");
  add_cap_height(*descriptor, *facts, entry(document, *descriptor, "Ascent"));
  const auto cids = held_cids(document, *cid_font, facts->glyph_count);
  replace_to_unicode(document, type0, cids);
  add_cid_set(document, *descriptor, cids);
  compress(*program);
}

}  // namespace

void fix_fonts(PdfMemDocument& document) {
  // Collected first: fixing creates objects, which would invalidate the iteration.
  std::vector<PdfObject*> type0_fonts;
  for (PdfObject* object : document.GetObjects())
    if (has_name(document, *object, "Type", "Font") && has_name(document, *object, "Subtype", "Type0"))
      type0_fonts.push_back(object);
  for (PdfObject* font : type0_fonts) fix_type0(document, *font);
}

}  // namespace medcert::pdf
