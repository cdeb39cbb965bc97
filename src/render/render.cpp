// SPDX-License-Identifier: Apache-2.0
#include "render/render.hpp"

#include <cmath>
#include <numbers>

#include <fmt/format.h>
#include <medcert/version.hpp>

#include "model/datetime.hpp"
#include "model/diag.hpp"
#include "render/haru_document.hpp"

namespace medcert::render {

namespace {

/// A Unix time as a PDF date in UTC. The offset is written '+' 00'00', not 'Z': with 'Z'
/// libharu 2.3.0 breaks the later PDF/A call (pdf-toolchain.md).
HPDF_Date pdf_date(std::int64_t unix_seconds) {
  constexpr std::int64_t day = 86400;
  const std::int64_t days = unix_seconds >= 0 ? unix_seconds / day : (unix_seconds - day + 1) / day;
  const auto seconds = static_cast<int>(unix_seconds - days * day);
  const model::CivilDate date = model::civil_from_days(days);
  return {date.year, date.month, date.day, seconds / 3600, seconds / 60 % 60, seconds % 60, '+', 0, 0};
}

/// Draws pages into a libharu document. Each style's font is loaded on first use, so a font no
/// text uses is neither parsed nor embedded.
class Drawer {
 public:
  Drawer(HaruDocument& pdf, const std::map<model::FontStyle, std::string>& files) : pdf_(pdf), files_(files) {}

  void draw(const model::Pages& pages) {
    for (const auto& page : pages.pages) draw_page(page, pages.width, pages.height);
  }

 private:
  void draw_page(const model::Page& source, double width, double height) {
    HPDF_Page page = HPDF_AddPage(pdf_.get());
    HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(width));
    HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(height));
    pdf_.check("page");
    // Turned text (a specimen's diagonal) goes first, under everything else.
    for (const auto& text : source.texts)
      if (text.angle != 0) draw_turned(page, text, height);
    for (const auto& rect : source.rects) {
      // Pages' y grows downwards from the top; PDF's grows upwards from the bottom.
      HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(rect.line_width));
      HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(rect.x), static_cast<HPDF_REAL>(height - rect.y - rect.height),
                          static_cast<HPDF_REAL>(rect.width), static_cast<HPDF_REAL>(rect.height));
      HPDF_Page_Stroke(page);
    }
    pdf_.check("rectangles");
    if (source.texts.empty()) return;
    HPDF_Page_BeginText(page);
    HPDF_Font current = nullptr;
    double current_size = 0;
    double current_gray = 0;
    for (const auto& text : source.texts) {
      if (text.angle != 0) continue;
      HPDF_Font font = font_for(text.style);
      if (font != current || text.size != current_size) {
        HPDF_Page_SetFontAndSize(page, font, static_cast<HPDF_REAL>(text.size));
        current = font;
        current_size = text.size;
      }
      if (text.gray != current_gray) {
        HPDF_Page_SetGrayFill(page, static_cast<HPDF_REAL>(text.gray));
        current_gray = text.gray;
      }
      HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(text.x), static_cast<HPDF_REAL>(height - text.baseline),
                        text.text.c_str());
    }
    HPDF_Page_EndText(page);
    pdf_.check("text");
  }

  /// Text turned about its start point: the rotation goes into the graphics state (q … cm … Q).
  void draw_turned(HPDF_Page page, const model::PlacedText& text, double height) {
    const double radians = text.angle * std::numbers::pi / 180;
    const auto c = static_cast<HPDF_REAL>(std::cos(radians));
    const auto s = static_cast<HPDF_REAL>(std::sin(radians));
    HPDF_Page_GSave(page);
    HPDF_Page_SetGrayFill(page, static_cast<HPDF_REAL>(text.gray));
    HPDF_Page_Concat(page, c, s, -s, c, static_cast<HPDF_REAL>(text.x), static_cast<HPDF_REAL>(height - text.baseline));
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, font_for(text.style), static_cast<HPDF_REAL>(text.size));
    HPDF_Page_TextOut(page, 0, 0, text.text.c_str());
    HPDF_Page_EndText(page);
    HPDF_Page_GRestore(page);
    pdf_.check("turned text");
  }

  HPDF_Font font_for(model::FontStyle style) {
    if (const auto loaded = fonts_.find(style); loaded != fonts_.end()) return loaded->second;
    const auto file = files_.find(style);
    if (file == files_.end()) throw HaruError(fmt::format("no font file for the {} style", model::style_name(style)));
    // Identity-H, CID = Unicode code point: UTF-8 text prints as is (UseUTFEncodings).
    const char* name = HPDF_LoadTTFontFromFile(pdf_.get(), file->second.c_str(), HPDF_TRUE);
    pdf_.check(fmt::format("loading the font {}", file->second));
    // A font's streams (its program, its 128 KiB CIDToGIDMap) take their filter from the mode at this
    // call: unfiltered, so that the PDF stage, which shortens the map, compresses each once instead of
    // libharu deflating what is then inflated again (docs/pdf.md).
    HPDF_SetCompressionMode(pdf_.get(), HPDF_COMP_TEXT | HPDF_COMP_IMAGE);
    HPDF_Font font = HPDF_GetFont(pdf_.get(), name, "UTF-8");
    HPDF_SetCompressionMode(pdf_.get(), HPDF_COMP_ALL);
    pdf_.check(fmt::format("loading the font {}", file->second));
    return fonts_.emplace(style, font).first->second;
  }

  HaruDocument& pdf_;
  const std::map<model::FontStyle, std::string>& files_;
  std::map<model::FontStyle, HPDF_Font> fonts_;
};

void set_info(HaruDocument& pdf, const model::Pages& pages, const RenderOptions& options) {
  if (!pages.title.empty()) HPDF_SetInfoAttr(pdf.get(), HPDF_INFO_TITLE, pages.title.c_str());
  if (!pages.author.empty()) HPDF_SetInfoAttr(pdf.get(), HPDF_INFO_AUTHOR, pages.author.c_str());
  HPDF_SetInfoAttr(pdf.get(), HPDF_INFO_CREATOR, "medcert " MEDCERT_VERSION_STRING);
  HPDF_SetInfoDateAttr(pdf.get(), HPDF_INFO_CREATION_DATE, pdf_date(options.creation_time));
  pdf.check("document information");
}

std::string save(HaruDocument& pdf) {
  HPDF_SaveToStream(pdf.get());
  pdf.check("saving");
  std::string bytes(HPDF_GetStreamSize(pdf.get()), '\0');
  HPDF_ResetStream(pdf.get());
  std::size_t done = 0;
  while (done < bytes.size()) {
    auto length = static_cast<HPDF_UINT32>(bytes.size() - done);
    HPDF_ReadFromStream(pdf.get(), reinterpret_cast<HPDF_BYTE*>(bytes.data() + done), &length);
    pdf.check("reading the saved document");
    if (length == 0) throw HaruError("reading the saved document: the stream ended early");
    done += length;
  }
  return bytes;
}

}  // namespace

model::Result<std::string> render(const model::Pages& pages, const std::map<model::FontStyle, std::string>& fonts,
                                  const RenderOptions& options) {
  model::Result<std::string> result;
  try {
    HaruDocument pdf;
    // Compression is sampled when each object is created: it must come first.
    HPDF_SetCompressionMode(pdf.get(), HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(pdf.get());
    // Also makes the Info strings UTF-16BE (otherwise non-ASCII titles are mojibake).
    HPDF_SetCurrentEncoder(pdf.get(), "UTF-8");
    pdf.check("UTF-8 set-up");
    Drawer(pdf, fonts).draw(pages);
    set_info(pdf, pages, options);
    // No trailer /ID: libharu 2.3.0 writes one only for encryption or PDF/A (from the clock), and
    // this document has neither, so the bytes depend on the pages and creation_time alone.
    result.value = save(pdf);
  } catch (const HaruError& e) {
    result.diagnostics.push_back(model::error("P-RENDER", "", Location{}, {model::param("detail", e.what())}));
  }
  return result;
}

}  // namespace medcert::render
