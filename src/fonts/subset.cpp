// SPDX-License-Identifier: Apache-2.0
#include "fonts/subset.hpp"

#include <memory>

#include <hb-subset.h>

namespace medcert::fonts {

namespace {

template <class T, void (*destroy)(T*)>
struct Destroy {
  void operator()(T* p) const { destroy(p); }
};
using Buffer = std::unique_ptr<hb_buffer_t, Destroy<hb_buffer_t, hb_buffer_destroy>>;
using Input = std::unique_ptr<hb_subset_input_t, Destroy<hb_subset_input_t, hb_subset_input_destroy>>;
using Face = std::unique_ptr<hb_face_t, Destroy<hb_face_t, hb_face_destroy>>;
using Blob = std::unique_ptr<hb_blob_t, Destroy<hb_blob_t, hb_blob_destroy>>;

}  // namespace

void add_code_points(std::string_view utf8, hb_set_t* set) {
  // HarfBuzz's own decoder, so that the set holds exactly what HarfBuzz maps to glyphs.
  const Buffer buffer{hb_buffer_create()};
  hb_buffer_add_utf8(buffer.get(), utf8.data(), static_cast<int>(utf8.size()), 0, static_cast<int>(utf8.size()));
  unsigned length = 0;
  const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer.get(), &length);
  for (unsigned i = 0; i < length; ++i) hb_set_add(set, infos[i].codepoint);
}

std::optional<std::string> subset_program(hb_face_t* face, const hb_set_t* code_points) {
  const Input input{hb_subset_input_create_or_fail()};
  if (!input) return std::nullopt;
  hb_set_union(hb_subset_input_unicode_set(input.get()), code_points);
  // libharu draws one glyph per code point: substitution, positioning and kerning tables are dead
  // weight (and dropping them halves the subsetting time).
  hb_set_t* dropped = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* tag : {"GSUB", "GPOS", "GDEF", "kern"}) hb_set_add(dropped, hb_tag_from_string(tag, 4));
  // Hinting (TrueType instructions) only sharpens small sizes on low-resolution screens; without it the
  // program is half the size. HarfBuzz then writes cvt, fpgm and prep empty, which libharu requires
  // present and PDFBox preflight accepts.
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
  const Face subset{hb_subset_or_fail(face, input.get())};
  if (!subset) return std::nullopt;
  const Blob blob{hb_face_reference_blob(subset.get())};
  unsigned length = 0;
  const char* data = hb_blob_get_data(blob.get(), &length);
  if (length == 0) return std::nullopt;
  return std::string(data, length);
}

}  // namespace medcert::fonts
