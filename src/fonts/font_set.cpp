#include "fonts/font_set.hpp"

#include <array>
#include <optional>
#include <system_error>

#include <fmt/format.h>
#include <hb.h>

#include "fonts/subset.hpp"
#include "model/diag.hpp"

namespace medcert::fonts {

namespace {

struct HbFontDeleter {
  void operator()(hb_font_t* font) const { hb_font_destroy(font); }
};
using HbFont = std::unique_ptr<hb_font_t, HbFontDeleter>;

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
  struct SetDeleter {
    void operator()(hb_set_t* set) const { hb_set_destroy(set); }
  };
  std::map<model::FontStyle, std::unique_ptr<hb_set_t, SetDeleter>> used;
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

}  // namespace medcert::fonts
