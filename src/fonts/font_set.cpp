// SPDX-License-Identifier: Apache-2.0
#include "fonts/font_set.hpp"

#include <array>
#include <optional>
#include <system_error>

#include <fmt/format.h>
#include <hb-ot.h>
#include <hb.h>

#include "fonts/subset.hpp"
#include "model/diag.hpp"

namespace medcert::fonts {

namespace {

struct HbFontDeleter {
  void operator()(hb_font_t* font) const { hb_font_destroy(font); }
};
using HbFont = std::unique_ptr<hb_font_t, HbFontDeleter>;

struct HbSetDeleter {
  void operator()(hb_set_t* set) const { hb_set_destroy(set); }
};
using HbSet = std::unique_ptr<hb_set_t, HbSetDeleter>;

// A font made over a program's bytes (which must outlive it), scaled to its units per em.
HbFont font_over(std::string_view program) {
  hb_blob_t* blob = hb_blob_create(program.data(), static_cast<unsigned>(program.size()), HB_MEMORY_MODE_READONLY,
                                   nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_blob_destroy(blob);
  HbFont font{hb_font_create(face)};
  const int upem = static_cast<int>(hb_face_get_upem(face));
  hb_face_destroy(face);
  hb_font_set_scale(font.get(), upem, upem);
  return font;
}

std::string postscript_name(hb_face_t* face) {
  char name[128] = {};
  unsigned size = sizeof name;
  hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, name);
  return name;
}

// head's xMin, yMin, xMax, yMax (big-endian signed 16-bit at byte 36), in font units.
std::array<double, 4> head_bbox(hb_face_t* face) {
  hb_blob_t* head = hb_face_reference_table(face, HB_TAG('h', 'e', 'a', 'd'));
  unsigned length = 0;
  const char* data = hb_blob_get_data(head, &length);
  std::array<double, 4> box{};
  for (std::size_t i = 0; i < box.size() && 36 + 2 * i + 1 < length; ++i)
    box[i] = static_cast<std::int16_t>(static_cast<unsigned char>(data[36 + 2 * i]) << 8 |
                                       static_cast<unsigned char>(data[36 + 2 * i + 1]));
  hb_blob_destroy(head);
  return box;
}

// C-FONT's variants, at the manifest's entry for `style`, about `file`.
Diagnostic font_error(std::string_view message_id, model::FontStyle style, const std::string& file) {
  return model::error(message_id, fmt::format("fonts.{}", model::style_name(style)), Location{file, 0, 0},
                      {model::param("style", model::style_name(style)), model::param("file", file)});
}

}  // namespace

struct FontSet::Impl {
  struct Face {
    HbFont font;
    double per_unit = 1;  ///< thousandths of an em per font unit: 1000 / units per em
    double ascender = 0, descender = 0;
  };
  std::map<model::FontStyle, Face> faces;
  std::map<model::FontStyle, std::string> files;

  const Face& face(model::FontStyle style) const { return faces.at(style); }
};

namespace {

/// Parses one font file; nullopt (with a diagnostic) when the bytes are no usable font.
std::optional<FontSet::Impl::Face> parse_face(const std::string& bytes, model::FontStyle style, const std::string& file,
                                              Diagnostics& diagnostics) {
  // DUPLICATE: HarfBuzz keeps its own copy, so the face outlives the bytes read here.
  hb_blob_t* blob =
      hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()), HB_MEMORY_MODE_DUPLICATE, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_blob_destroy(blob);
  // HarfBuzz never fails on bad bytes: it gives an empty face, which has no glyph.
  const unsigned glyphs = hb_face_get_glyph_count(face);
  const unsigned upem = hb_face_get_upem(face);
  HbFont font{hb_font_create(face)};
  hb_face_destroy(face);
  if (glyphs == 0 || upem == 0) {
    diagnostics.push_back(font_error("C-FONT.not_a_font", style, file));
    return std::nullopt;
  }
  // Scale = units per em: HarfBuzz then reports metrics in font units, converted once below.
  hb_font_set_scale(font.get(), static_cast<int>(upem), static_cast<int>(upem));
  hb_font_make_immutable(font.get());
  hb_font_extents_t extents{};
  hb_font_get_h_extents(font.get(), &extents);
  FontSet::Impl::Face result;
  result.per_unit = 1000.0 / upem;
  result.ascender = extents.ascender * result.per_unit;
  result.descender = extents.descender * result.per_unit;
  result.font = std::move(font);
  return result;
}

}  // namespace

model::Result<std::shared_ptr<const FontSet>> FontSet::load(const Environment& env,
                                                            const model::FontManifest& manifest) {
  model::Result<std::shared_ptr<const FontSet>> result;
  auto impl = std::make_unique<Impl>();
  for (const auto style : model::all_font_styles) {
    const auto entry = manifest.files.find(style);
    if (entry == manifest.files.end()) {
      result.diagnostics.push_back(font_error("C-FONT.no_style", style, ""));
      continue;
    }
    const std::string& file = entry->second;
    const auto bytes = env.read_file(file);
    if (!bytes) {
      result.diagnostics.push_back(font_error("C-FONT.unreadable", style, file));
      continue;
    }
    if (auto face = parse_face(*bytes, style, file, result.diagnostics)) {
      impl->faces.emplace(style, std::move(*face));
      impl->files.emplace(style, file);
    }
  }
  if (!has_errors(result.diagnostics)) result.value = std::make_shared<const FontSet>(std::move(impl));
  return result;
}

FontSet::FontSet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FontSet::~FontSet() = default;

bool FontSet::covers(model::FontStyle style, char32_t cp) const {
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(impl_->face(style).font.get(), cp, &glyph) != 0;
}

double FontSet::advance(model::FontStyle style, char32_t cp) const {
  const auto& face = impl_->face(style);
  hb_codepoint_t glyph = 0;  // .notdef: what a PDF shows for a code point the font lacks
  hb_font_get_nominal_glyph(face.font.get(), cp, &glyph);
  return hb_font_get_glyph_h_advance(face.font.get(), glyph) * face.per_unit;
}

double FontSet::ascender(model::FontStyle style) const { return impl_->face(style).ascender; }
double FontSet::descender(model::FontStyle style) const { return impl_->face(style).descender; }

const std::map<model::FontStyle, std::string>& FontSet::files() const { return impl_->files; }

DocumentFonts FontSet::subset(const model::Pages& pages) const {
  std::map<model::FontStyle, HbSet> used;
  for (const auto& page : pages.pages)
    for (const auto& text : page.texts) {
      auto& set = used[text.style];
      if (!set) set.reset(hb_set_create());
      add_code_points(text.text, set.get());
    }
  DocumentFonts out;
  for (const auto& [style, code_points] : used) {
    const auto program = subset_program(hb_font_get_face(impl_->face(style).font.get()), code_points.get());
    try {
      if (program) {
        out.programs.emplace_back(*program);
        out.files.emplace(style, out.programs.back().path());
        continue;
      }
    } catch (const std::system_error&) {
      // No memory file (no /proc, or out of memory): the whole font below.
    }
    out.files.emplace(style, impl_->files.at(style));
  }
  return out;
}

model::FontProgram FontSet::text_program(model::FontStyle style, std::string_view utf8) const {
  const auto& whole = impl_->face(style);
  hb_face_t* face = hb_font_get_face(whole.font.get());
  const HbSet code_points{hb_set_create()};
  add_code_points(utf8, code_points.get());
  model::FontProgram out;
  if (auto program = subset_program(face, code_points.get())) {
    out.program = std::move(*program);
  } else {  // as subset() does: the whole font, a larger PDF but never a wrong one
    hb_blob_t* blob = hb_face_reference_blob(face);
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    out.program.assign(data, length);
    hb_blob_destroy(blob);
  }
  const HbFont cut = font_over(out.program);
  // A subset renumbers glyphs: ids and advances are the program's, as the PDF's /W must agree with it.
  for (hb_codepoint_t cp = HB_SET_VALUE_INVALID; hb_set_next(code_points.get(), &cp);) {
    hb_codepoint_t glyph = 0;
    if (!hb_font_get_nominal_glyph(cut.get(), cp, &glyph)) continue;
    out.glyphs.emplace(cp, static_cast<std::uint16_t>(glyph));
    out.advances.emplace(cp, hb_font_get_glyph_h_advance(cut.get(), glyph) * whole.per_unit);
  }
  out.postscript_name = postscript_name(face);
  out.ascender = whole.ascender;
  out.descender = whole.descender;
  hb_position_t cap_height = 0;
  if (hb_ot_metrics_get_position(whole.font.get(), HB_OT_METRICS_TAG_CAP_HEIGHT, &cap_height))
    out.cap_height = cap_height * whole.per_unit;
  out.italic_angle = hb_style_get_value(whole.font.get(), HB_STYLE_TAG_SLANT_ANGLE);
  out.bbox = head_bbox(face);
  for (double& v : out.bbox) v *= whole.per_unit;
  return out;
}

}  // namespace medcert::fonts
