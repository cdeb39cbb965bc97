// SPDX-License-Identifier: Apache-2.0
#include "images/encode.hpp"

#include <memory>
#include <vector>

namespace medcert::images {
namespace {

// Q 85 with 4:2:0 chroma, stated rather than left to libvips's "auto" (which changes at Q 90): a lesion's
// colour and edges survive it, and a photograph of 945 × 709 pixels takes a few tens of KB in the PDF.
constexpr int kQuality = 85;

ImagePtr owned(VipsImage* image) { return ImagePtr(image); }
ImagePtr shared(VipsImage* image) { return ImagePtr(static_cast<VipsImage*>(g_object_ref(image))); }

// Transparent pixels over white paper, in the image's own range (65535 for 16-bit, as vips_flatten assumes).
ImagePtr on_white(VipsImage* in) {
  if (!vips_image_hasalpha(in)) return shared(in);
  const auto type = vips_image_get_interpretation(in);
  const double white = type == VIPS_INTERPRETATION_GREY16 || type == VIPS_INTERPRETATION_RGB16 ? 65535 : 255;
  const std::vector<double> background(static_cast<std::size_t>(vips_image_get_bands(in) - 1), white);
  const std::unique_ptr<VipsArrayDouble, void (*)(VipsArrayDouble*)> array(
      vips_array_double_new(background.data(), static_cast<int>(background.size())),
      [](VipsArrayDouble* a) { vips_area_unref(&a->area); });
  VipsImage* out = nullptr;
  return vips_flatten(in, &out, "background", array.get(), nullptr) == 0 ? owned(out) : nullptr;
}

// An embedded profile says what the numbers mean: the pixels go through it to sRGB. libvips falls back on
// its own sRGB (or CMYK) profile when lcms cannot use the embedded one; when neither fits the image (a grey
// image with a colour profile), the profile is ignored like an absent one: sRGB is assumed.
ImagePtr as_srgb(VipsImage* in) {
  ImagePtr image;
  VipsImage* out = nullptr;
  if (vips_image_get_typeof(in, VIPS_META_ICC_NAME) != 0) {
    if (vips_icc_transform(in, &out, "srgb", "embedded", TRUE, "intent", VIPS_INTENT_RELATIVE, nullptr) == 0)
      image = owned(out);
    else
      take_libvips_error();
  }
  if (!image) image = shared(in);
  // Grey to three bands, 16 bits to 8; nothing for what is already 8-bit sRGB.
  if (vips_colourspace(image.get(), &out, VIPS_INTERPRETATION_sRGB, nullptr) != 0) return nullptr;
  image = owned(out);
  if (vips_image_get_format(image.get()) != VIPS_FORMAT_UCHAR) {
    if (vips_cast(image.get(), &out, VIPS_FORMAT_UCHAR, nullptr) != 0) return nullptr;
    image = owned(out);
  }
  if (vips_image_get_bands(image.get()) != 3) {
    vips_error("medcert", "%d bands after conversion to sRGB", vips_image_get_bands(image.get()));
    return nullptr;
  }
  return image;
}

ImagePtr resized(VipsImage* in, Size target) {
  const Size size{vips_image_get_width(in), vips_image_get_height(in)};
  if (size == target) return shared(in);
  VipsImage* out = nullptr;
  const double hscale = static_cast<double>(target.width) / size.width;
  const double vscale = static_cast<double>(target.height) / size.height;
  return vips_resize(in, &out, hscale, "vscale", vscale, nullptr) == 0 ? owned(out) : nullptr;
}

// Decoded here, top to bottom as the loader streams it, into memory (the fitted size only): turning a
// quarter reads columns, which a sequential decoder cannot serve.
ImagePtr upright(VipsImage* in) {
  const ImagePtr decoded(vips_image_copy_memory(in));
  VipsImage* out = nullptr;
  return decoded && vips_autorot(decoded.get(), &out, nullptr) == 0 ? owned(out) : nullptr;
}

std::optional<std::string> jpeg_of(VipsImage* in) {
  void* buffer = nullptr;
  std::size_t length = 0;
  // strip: no EXIF, XMP, IPTC, ICC, nor JFIF (libvips 8.14's name; 8.15 calls it keep=none). Baseline,
  // not interlaced: libharu embeds the DCT data as it is.
  if (vips_jpegsave_buffer(in, &buffer, &length, "Q", kQuality, "optimize_coding", TRUE, "interlace", FALSE,
                           "subsample_mode", VIPS_FOREIGN_SUBSAMPLE_ON, "strip", TRUE, nullptr) != 0)
    return std::nullopt;
  const std::unique_ptr<void, decltype(&g_free)> owner(buffer, &g_free);
  return std::string(static_cast<const char*>(buffer), length);
}

}  // namespace

ImagePtr open_photo(std::string_view bytes, Format format, int jpeg_shrink) {
  // libvips takes a void* but only reads: the bytes stay the caller's, alive for the whole conversion.
  void* data = const_cast<char*>(bytes.data());
  VipsImage* out = nullptr;
  const int status =
      format == Format::jpeg
          ? vips_jpegload_buffer(data, bytes.size(), &out, "shrink", jpeg_shrink, "fail_on", VIPS_FAIL_ON_ERROR,
                                 "access", VIPS_ACCESS_SEQUENTIAL, nullptr)
          : vips_pngload_buffer(data, bytes.size(), &out, "fail_on", VIPS_FAIL_ON_ERROR, "access",
                                VIPS_ACCESS_SEQUENTIAL, nullptr);
  return status == 0 ? owned(out) : nullptr;
}

std::optional<Encoded> encode_photo(std::string_view bytes, Format format, VipsImage* header, Size box) {
  // Orientations 5 to 8 turn the image a quarter: the box is fitted as the photograph is displayed.
  const bool sideways = vips_image_get_orientation(header) >= 5;
  const Size stored{vips_image_get_width(header), vips_image_get_height(header)};
  const Size target = fit_within(stored, sideways ? Size{box.height, box.width} : box);
  const int shrink = format == Format::jpeg ? jpeg_shrink(stored, target) : 1;
  ImagePtr image = shrink > 1 ? open_photo(bytes, format, shrink) : shared(header);
  if (image) image = on_white(image.get());
  if (image) image = as_srgb(image.get());
  if (image) image = resized(image.get(), target);
  if (image) image = upright(image.get());
  if (!image) return std::nullopt;
  auto jpeg = jpeg_of(image.get());
  if (!jpeg) return std::nullopt;
  return Encoded{std::move(*jpeg), {vips_image_get_width(image.get()), vips_image_get_height(image.get())}};
}

}  // namespace medcert::images
