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
    images_ = &pages.images;
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
    for (const auto& image : source.images) draw_image(page, image, height);
    for (const auto& path : source.paths) draw_path(page, path, height);
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

  /// A photograph, its JPEG embedded as it is (DCTDecode): each image once, however many pages show it.
  void draw_image(HPDF_Page page, const model::PlacedImage& placed, double height) {
    auto loaded = images_loaded_.find(placed.image);
    if (loaded == images_loaded_.end()) {
      const std::string& jpeg = images_->at(placed.image);
      HPDF_Image image = HPDF_LoadJpegImageFromMem(pdf_.get(), reinterpret_cast<const HPDF_BYTE*>(jpeg.data()),
                                                   static_cast<HPDF_UINT>(jpeg.size()));
      pdf_.check("loading a photograph");
      loaded = images_loaded_.emplace(placed.image, image).first;
    }
    HPDF_Page_DrawImage(page, loaded->second, static_cast<HPDF_REAL>(placed.x),
                        static_cast<HPDF_REAL>(height - placed.y - placed.height), static_cast<HPDF_REAL>(placed.width),
                        static_cast<HPDF_REAL>(placed.height));
    pdf_.check("drawing a photograph");
  }

  /// A vector shape: stroked, filled, or both (a marker's disc is filled white under its black ring).
  void draw_path(HPDF_Page page, const model::PlacedPath& placed, double height) {
    const auto at = [height](const model::Point& p) {
      return std::pair{static_cast<HPDF_REAL>(p.x), static_cast<HPDF_REAL>(height - p.y)};
    };
    HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(placed.line_width));
    const bool filled = placed.fill_gray >= 0;
    if (filled) HPDF_Page_SetGrayFill(page, static_cast<HPDF_REAL>(placed.fill_gray));
    for (const auto& op : placed.path) {
      const auto [x0, y0] = at(op.points[0]);
      switch (op.kind) {
        case model::PathOp::Kind::move: HPDF_Page_MoveTo(page, x0, y0); break;
        case model::PathOp::Kind::line: HPDF_Page_LineTo(page, x0, y0); break;
        case model::PathOp::Kind::curve: {
          const auto [x1, y1] = at(op.points[1]);
          const auto [x2, y2] = at(op.points[2]);
          HPDF_Page_CurveTo(page, x0, y0, x1, y1, x2, y2);
          break;
        }
        case model::PathOp::Kind::close: HPDF_Page_ClosePath(page); break;
      }
    }
    if (filled && placed.stroke) HPDF_Page_FillStroke(page);
    else if (filled) HPDF_Page_Fill(page);
    else HPDF_Page_Stroke(page);
    // The text drawn next starts from black, as the texts' gray tracking assumes.
    if (filled) HPDF_Page_SetGrayFill(page, 0);
    pdf_.check("paths");
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
  const std::vector<std::string>* images_ = nullptr;
  std::map<std::size_t, HPDF_Image> images_loaded_;
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
