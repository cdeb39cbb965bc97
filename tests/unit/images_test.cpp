// SPDX-License-Identifier: Apache-2.0
// images/: untrusted photographs to clean JPEGs. Every input is made here with libvips, and checked to carry
// what the test is about (EXIF, GPS, a profile, an alpha band, 16 bits) so that each check can fail.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "images/fit.hpp"
#include "images/jpeg_markers.hpp"
#include "images/libvips.hpp"
#include "images/photo.hpp"
#include "images/png_chunks.hpp"
#include "pdf/sha256.hpp"

using namespace medcert;
using images::ImagePtr;
using images::Size;

namespace {

constexpr int kBoxWidth = 945, kBoxHeight = 709;  // 8 cm × 6 cm at 300 dpi

// The image a libvips operation writes to its `out` argument, owned.
template <class Operation>
ImagePtr made(Operation operation) {
  REQUIRE(images::libvips_ready());
  VipsImage* out = nullptr;
  REQUIRE(operation(&out) == 0);
  return ImagePtr(out);
}

ImagePtr with_interpretation(const ImagePtr& image, VipsInterpretation type) {
  return made([&](VipsImage** out) { return vips_copy(image.get(), out, "interpretation", type, nullptr); });
}

// Every pixel `colour` (one value per band), 8 bits: grey, sRGB, sRGB with alpha.
ImagePtr solid(int width, int height, std::vector<double> colour) {
  const int bands = static_cast<int>(colour.size());
  const auto black = made([&](VipsImage** out) { return vips_black(out, width, height, "bands", bands, nullptr); });
  std::vector<double> zero(colour.size(), 0.0);
  const auto filled = made([&](VipsImage** out) {
    return vips_linear(black.get(), out, zero.data(), colour.data(), bands, "uchar", TRUE, nullptr);
  });
  return with_interpretation(filled, bands < 3 ? VIPS_INTERPRETATION_B_W : VIPS_INTERPRETATION_sRGB);
}

// The left half `left`, the right half `right`.
ImagePtr halves(int width, int height, std::vector<double> left, std::vector<double> right) {
  const auto a = solid(width / 2, height, std::move(left));
  const auto b = solid(width / 2, height, std::move(right));
  return made([&](VipsImage** out) { return vips_join(a.get(), b.get(), out, VIPS_DIRECTION_HORIZONTAL, nullptr); });
}

// Grey noise in sRGB: photographs compress about as badly.
ImagePtr noise(int width, int height) {
  const auto grey = made([&](VipsImage** out) {
    return vips_gaussnoise(out, width, height, "mean", 128.0, "sigma", 40.0, nullptr);
  });
  const auto bytes = made([&](VipsImage** out) { return vips_cast(grey.get(), out, VIPS_FORMAT_UCHAR, nullptr); });
  return made([&](VipsImage** out) {
    return vips_colourspace(bytes.get(), out, VIPS_INTERPRETATION_sRGB, "source_space", VIPS_INTERPRETATION_B_W,
                            nullptr);
  });
}

std::string owned_buffer(void* buffer, std::size_t length) {
  std::string bytes(static_cast<const char*>(buffer), length);
  g_free(buffer);
  return bytes;
}

enum class Scans { one, progressive };
enum class Metadata { kept, stripped };

std::string jpeg_of(const ImagePtr& image, Scans scans = Scans::one, Metadata metadata = Metadata::kept) {
  void* buffer = nullptr;
  std::size_t length = 0;
  REQUIRE(vips_jpegsave_buffer(image.get(), &buffer, &length, "Q", 95, "interlace", scans == Scans::progressive,
                               "strip", metadata == Metadata::stripped, nullptr) == 0);
  return owned_buffer(buffer, length);
}

std::string png_of(const ImagePtr& image, int bitdepth = 8) {
  void* buffer = nullptr;
  std::size_t length = 0;
  REQUIRE(vips_pngsave_buffer(image.get(), &buffer, &length, "bitdepth", bitdepth, nullptr) == 0);
  return owned_buffer(buffer, length);
}

// `bytes` decoded by libvips with its generic loader (this is a test: the input is ours). `bytes` must outlive
// the image.
ImagePtr decoded(const std::string& bytes) {
  REQUIRE(images::libvips_ready());
  ImagePtr image(vips_image_new_from_buffer(bytes.data(), bytes.size(), "", nullptr));
  REQUIRE(image);
  return image;
}

std::vector<double> pixel(const ImagePtr& image, int x, int y) {
  double* values = nullptr;
  int count = 0;
  REQUIRE(vips_getpoint(image.get(), &values, &count, x, y, nullptr) == 0);
  std::vector<double> out(values, values + count);
  g_free(values);
  return out;
}

// Each band within `tolerance` of `expected` (JPEG is lossy).
bool near(const std::vector<double>& actual, const std::vector<double>& expected, double tolerance = 6) {
  if (actual.size() != expected.size()) return false;
  for (std::size_t i = 0; i < actual.size(); ++i)
    if (std::abs(actual[i] - expected[i]) > tolerance) return false;
  return true;
}

bool contains(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

bool has_field(const ImagePtr& image, const char* name) { return vips_image_get_typeof(image.get(), name) != 0; }

images::PreparedPhoto prepared(const std::string& original, int max_width = kBoxWidth, int max_height = kBoxHeight) {
  auto result = images::prepare_photo(original, "lesion.jpg", max_width, max_height);
  INFO((result.diagnostics.empty() ? std::string() : result.diagnostics[0].message_en));
  REQUIRE(result.value);
  CHECK(result.diagnostics.empty());
  return std::move(*result.value);
}

// The one diagnostic of a refusal, with its `file` parameter checked.
Diagnostic refusal(const model::Result<images::PreparedPhoto>& result, std::string_view file) {
  CHECK_FALSE(result.value);
  REQUIRE(result.diagnostics.size() == 1);
  const auto& d = result.diagnostics[0];
  CHECK(d.severity == Severity::error);
  CHECK(d.rule == "P-IMAGE");
  CHECK(d.param("file", Language::fr) == file);
  CHECK(contains(d.message_fr, file));
  CHECK(contains(d.message_en, file));
  return d;
}

// A PNG's IHDR rewritten to claim `width` × `height`, its CRC made right again (libpng checks it).
std::string claiming(std::string png, std::uint32_t width, std::uint32_t height) {
  const auto put = [&](std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) png[at + static_cast<std::size_t>(i)] = static_cast<char>(value >> (24 - 8 * i) & 0xFF);
  };
  REQUIRE(png.substr(12, 4) == "IHDR");
  put(16, width);
  put(20, height);
  std::uint32_t crc = 0xFFFFFFFF;  // CRC-32 of the chunk's type and data (PNG, ISO 3309)
  for (std::size_t i = 12; i < 29; ++i) {
    crc ^= static_cast<unsigned char>(png[i]);
    for (int bit = 0; bit < 8; ++bit) crc = crc & 1 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
  }
  put(29, ~crc);
  return png;
}

// A comment segment inserted right after SOI.
std::string with_comment(const std::string& jpeg, const std::string& text) {
  const std::size_t length = text.size() + 2;
  return jpeg.substr(0, 2) + "\xFF\xFE" + static_cast<char>(length >> 8) + static_cast<char>(length & 0xFF) + text +
         jpeg.substr(2);
}

// A photograph as a phone writes it: stored 40 × 20 (left half red, right half blue) to be shown turned a
// quarter clockwise (Orientation 6), with GPS coordinates, a description, XMP, IPTC, an ICC profile and a
// comment.
std::string phone_photograph() {
  const auto image = halves(40, 20, {255, 0, 0}, {0, 0, 255});
  vips_image_set_int(image.get(), VIPS_META_ORIENTATION, 6);
  vips_image_set_string(image.get(), "exif-ifd0-Orientation", "6");
  vips_image_set_string(image.get(), "exif-ifd0-ImageDescription", "GPS lesion secret");
  vips_image_set_string(image.get(), "exif-ifd3-GPSLatitudeRef", "N");
  vips_image_set_string(image.get(), "exif-ifd3-GPSLatitude", "48/1 51/1 2400/100");
  const std::string xmp = "http://ns.adobe.com/xap/1.0/ <x:xmpmeta>secret</x:xmpmeta>";
  vips_image_set_blob_copy(image.get(), VIPS_META_XMP_NAME, xmp.data(), xmp.size());
  const std::string iptc = "Photoshop 3.0";
  vips_image_set_blob_copy(image.get(), VIPS_META_IPTC_NAME, iptc.data(), iptc.size() + 1);
  VipsBlob* profile = nullptr;
  REQUIRE(vips_profile_load("srgb", &profile, nullptr) == 0);
  std::size_t profile_length = 0;
  const void* profile_data = vips_blob_get(profile, &profile_length);
  vips_image_set_blob_copy(image.get(), VIPS_META_ICC_NAME, profile_data, profile_length);
  vips_area_unref(&profile->area);
  return with_comment(jpeg_of(image), "secret comment");
}

// No metadata: the segment check, the bytes themselves, and libvips reading it back.
void check_clean(const std::string& jpeg) {
  CHECK_FALSE(images::unexpected_segment(jpeg));
  for (const char* word : {"Exif", "GPS", "secret", "http://ns.adobe.com", "ICC_PROFILE", "Photoshop", "JFIF"}) {
    INFO(word);
    CHECK_FALSE(contains(jpeg, word));
  }
  const auto back = decoded(jpeg);
  for (const char* field : {VIPS_META_EXIF_NAME, VIPS_META_XMP_NAME, VIPS_META_IPTC_NAME, VIPS_META_ICC_NAME}) {
    INFO(field);
    CHECK_FALSE(has_field(back, field));
  }
  CHECK(vips_image_get_orientation(back.get()) == 1);
  CHECK(vips_image_get_bands(back.get()) == 3);
  CHECK(vips_image_get_format(back.get()) == VIPS_FORMAT_UCHAR);
}

}  // namespace

TEST_CASE("a phone's photograph: turned upright, every metadata segment gone, its hash the original's") {
  const std::string original = phone_photograph();
  // The input really carries what must go.
  const auto input = decoded(original);
  CHECK(vips_image_get_orientation(input.get()) == 6);
  CHECK(has_field(input, "exif-ifd3-GPSLatitude"));
  CHECK(has_field(input, VIPS_META_XMP_NAME));
  CHECK(has_field(input, VIPS_META_IPTC_NAME));
  CHECK(has_field(input, VIPS_META_ICC_NAME));
  CHECK(contains(original, "Exif"));
  CHECK(contains(original, "GPS"));
  CHECK(images::unexpected_segment(original) == "COM");

  const auto photo = prepared(original);
  CHECK(photo.width == 20);
  CHECK(photo.height == 40);
  check_clean(photo.jpeg);
  // Turned a quarter clockwise: the stored left half (red) is now the top.
  const auto upright = decoded(photo.jpeg);
  CHECK(near(pixel(upright, 10, 8), {255, 0, 0}, 40));
  CHECK(near(pixel(upright, 10, 32), {0, 0, 255}, 40));
  CHECK(photo.original_sha256 == pdf::sha256_hex(original));
  CHECK(photo.original_sha256.size() == 64);
  CHECK(photo.original_sha256.find_first_not_of("0123456789abcdef") == std::string::npos);

  // Fitted as displayed: 20 × 40 into a 10 × 10 box is 5 × 10.
  const auto small = prepared(original, 10, 10);
  CHECK(small.width == 5);
  CHECK(small.height == 10);
  check_clean(small.jpeg);
}

TEST_CASE("the same bytes give the same JPEG") {
  const std::string original = jpeg_of(noise(300, 200));
  const auto first = prepared(original, 100, 100);
  const auto second = prepared(original, 100, 100);
  CHECK(first.jpeg == second.jpeg);
  CHECK(first.original_sha256 == second.original_sha256);
}

TEST_CASE("resizing fits the box keeping the aspect ratio, and never enlarges") {
  const auto small = prepared(jpeg_of(solid(40, 20, {10, 120, 200})));
  CHECK(small.width == 40);
  CHECK(small.height == 20);
  // 1600 × 1200 into 100 × 100: decoded shrunk 8 times by libjpeg (200 × 150), then resized.
  const auto large = prepared(jpeg_of(noise(1600, 1200)), 100, 100);
  CHECK(large.width == 100);
  CHECK(large.height == 75);
  check_clean(large.jpeg);
  const auto tall = prepared(png_of(solid(300, 900, {50, 50, 50})), kBoxWidth, kBoxHeight);
  CHECK(tall.width == 236);
  CHECK(tall.height == 709);
}

TEST_CASE("the box and libjpeg's shrink factor") {
  CHECK(images::fit_within({4000, 3000}, {945, 709}) == Size{945, 709});
  CHECK(images::fit_within({3000, 4000}, {945, 709}) == Size{532, 709});
  CHECK(images::fit_within({40, 20}, {945, 709}) == Size{40, 20});
  CHECK(images::fit_within({10000, 1}, {100, 100}) == Size{100, 1});
  CHECK(images::jpeg_shrink({4000, 3000}, {945, 709}) == 4);
  CHECK(images::jpeg_shrink({4000, 3000}, {1001, 709}) == 2);  // 4000 / 4 = 1000 would not cover 1001
  CHECK(images::jpeg_shrink({1600, 1200}, {100, 75}) == 8);
  CHECK(images::jpeg_shrink({40, 20}, {40, 20}) == 1);
}

TEST_CASE("a PNG with transparency is flattened on white") {
  const auto clear = solid(8, 8, {10, 20, 30, 0});
  const std::string original = png_of(clear);
  const auto input = decoded(original);
  REQUIRE(vips_image_hasalpha(input.get()));
  const auto photo = prepared(original);
  check_clean(photo.jpeg);
  CHECK(near(pixel(decoded(photo.jpeg), 4, 4), {255, 255, 255}));
  // Half transparent black over white: mid grey.
  const auto half = prepared(png_of(solid(8, 8, {0, 0, 0, 128})));
  CHECK(near(pixel(decoded(half.jpeg), 4, 4), {127, 127, 127}));
}

TEST_CASE("a 16-bit PNG and a grey PNG become 8-bit sRGB") {
  const auto colour = solid(8, 8, {200, 100, 50});
  const auto wide = made([&](VipsImage** out) { return vips_linear1(colour.get(), out, 257.0, 0.0, nullptr); });
  const auto sixteen = made([&](VipsImage** out) { return vips_cast(wide.get(), out, VIPS_FORMAT_USHORT, nullptr); });
  const std::string deep = png_of(with_interpretation(sixteen, VIPS_INTERPRETATION_RGB16), 16);
  const auto deep_input = decoded(deep);
  REQUIRE(vips_image_get_format(deep_input.get()) == VIPS_FORMAT_USHORT);
  const auto from_deep = prepared(deep);
  check_clean(from_deep.jpeg);
  CHECK(near(pixel(decoded(from_deep.jpeg), 4, 4), {200, 100, 50}));

  const std::string grey = png_of(solid(8, 8, {90}));
  REQUIRE(vips_image_get_bands(decoded(grey).get()) == 1);
  const auto from_grey = prepared(grey);
  check_clean(from_grey.jpeg);
  CHECK(near(pixel(decoded(from_grey.jpeg), 4, 4), {90, 90, 90}));
}

TEST_CASE("an embedded ICC profile is applied: Display P3 numbers come out as the sRGB colour they mean") {
  const auto srgb = solid(16, 16, {220, 40, 40});
  const auto p3 = made([&](VipsImage** out) {
    return vips_icc_transform(srgb.get(), out, "p3", "input_profile", "srgb", nullptr);
  });
  const std::string original = jpeg_of(p3);
  const auto p3_numbers = pixel(decoded(original), 8, 8);
  REQUIRE_FALSE(near(p3_numbers, {220, 40, 40}, 8));  // read without its profile, the colour would be wrong
  const auto photo = prepared(original);
  check_clean(photo.jpeg);
  CHECK(near(pixel(decoded(photo.jpeg), 8, 8), {220, 40, 40}));
}

TEST_CASE("a PNG's text chunks are dropped before libpng inflates them") {
  const auto image = solid(4, 4, {1, 2, 3});
  vips_image_set_string(image.get(), "png-comment-0-Title", "secret title");
  const std::string original = png_of(image);
  REQUIRE(contains(original, "zTXt"));  // libvips compresses its text chunks
  REQUIRE(has_field(decoded(original), "png-comment-0-Title"));
  const std::string kept = images::decoding_chunks(original);
  CHECK_FALSE(contains(kept, "zTXt"));
  const auto back = decoded(kept);
  CHECK_FALSE(has_field(back, "png-comment-0-Title"));
  CHECK(near(pixel(back, 1, 1), {1, 2, 3}, 0));
  CHECK(images::decoding_chunks("\x89PNG\r\n\x1A\n broken") == "\x89PNG\r\n\x1A\n broken");
}

TEST_CASE("the marker walk: one scan for a baseline JPEG, several for a progressive one") {
  const auto image = noise(64, 64);
  CHECK(images::jpeg_scan_count(jpeg_of(image)) == 1);
  CHECK(images::jpeg_scan_count(jpeg_of(image, Scans::progressive)) > 2);
  CHECK_FALSE(images::unexpected_segment(jpeg_of(image, Scans::one, Metadata::stripped)));
  CHECK(images::unexpected_segment(jpeg_of(image, Scans::progressive, Metadata::stripped)) == "SOF2");
  CHECK(images::unexpected_segment(jpeg_of(image)) == "APP1");  // libvips writes a fresh EXIF unless it strips
  CHECK(images::unexpected_segment("\xFF\xD8\xFF\xD9") == "not exactly one baseline frame (SOF0)");
  CHECK(images::unexpected_segment("not a JPEG") == "an incomplete marker structure");
}

TEST_CASE("refused: empty, too large, not an image") {
  const auto empty = refusal(images::prepare_photo("", "vide.jpg", kBoxWidth, kBoxHeight), "vide.jpg");
  CHECK(empty.message_id == "P-IMAGE.empty");

  const std::string original = jpeg_of(noise(64, 64));
  REQUIRE(original.size() > 1024);
  images::PhotoLimits limits;
  limits.max_file_bytes = 1000;
  const auto large = refusal(images::prepare_photo(original, "grande.jpg", kBoxWidth, kBoxHeight, limits), "grande.jpg");
  CHECK(large.message_id == "P-IMAGE.too_large");
  CHECK(large.param("size", Language::en) == std::to_string((original.size() + 1023) / 1024));
  CHECK(large.param("limit", Language::en) == "1");

  const auto text = refusal(images::prepare_photo("ceci n'est pas une photographie\n", "photo.png", kBoxWidth, kBoxHeight),
                            "photo.png");
  CHECK(text.message_id == "P-IMAGE.not_image");
  CHECK(text.message_fr ==
        "«\u202Fphoto.png\u202F» n'est ni une image JPEG ni une image PNG (d'après son contenu, quel que soit son "
        "nom)\u202F: joignez la photographie en JPEG ou en PNG.");
  // Formats libvips would read with its generic loader are not images here.
  for (const std::string other : {"GIF89a", "II*\0", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "%PDF-1.7"})
    CHECK(refusal(images::prepare_photo(other, "x.jpg", kBoxWidth, kBoxHeight), "x.jpg").message_id ==
          "P-IMAGE.not_image");
}

TEST_CASE("refused from the header, before decoding: too many pixels, too many scans") {
  images::PhotoLimits limits;
  limits.max_pixels = 5000;
  const auto big = refusal(images::prepare_photo(jpeg_of(noise(100, 100)), "g.jpg", kBoxWidth, kBoxHeight, limits),
                           "g.jpg");
  CHECK(big.message_id == "P-IMAGE.too_many_pixels");
  CHECK(big.param("width", Language::en) == "100");
  CHECK(big.param("pixels", Language::en) == "10,000");
  CHECK(big.param("pixels", Language::fr) == "10\u202F000");
  CHECK(big.param("limit", Language::en) == "5,000");

  // A real PNG of a few bytes whose header claims 30000 × 30000: refused with the default limits, nothing
  // allocated for its pixels.
  const std::string bomb = claiming(png_of(solid(1, 1, {0, 0, 0})), 30000, 30000);
  REQUIRE(bomb.size() < 200);
  const auto claimed = refusal(images::prepare_photo(bomb, "bombe.png", kBoxWidth, kBoxHeight), "bombe.png");
  CHECK(claimed.message_id == "P-IMAGE.too_many_pixels");
  CHECK(claimed.param("width", Language::en) == "30,000");
  CHECK(claimed.param("pixels", Language::en) == "900,000,000");

  const std::string progressive = jpeg_of(noise(64, 64), Scans::progressive);
  limits = {};
  limits.max_jpeg_scans = 2;
  const auto scans = refusal(images::prepare_photo(progressive, "p.jpg", kBoxWidth, kBoxHeight, limits), "p.jpg");
  CHECK(scans.message_id == "P-IMAGE.too_many_scans");
  CHECK(scans.param("scans", Language::en) == std::to_string(images::jpeg_scan_count(progressive)));
  // Within the default limit, a progressive JPEG is read (and written baseline).
  check_clean(prepared(progressive).jpeg);
}

TEST_CASE("refused when the decoder fails: a truncated JPEG, garbage after a PNG signature") {
  const std::string whole = jpeg_of(noise(256, 256));
  const auto cut = refusal(images::prepare_photo(whole.substr(0, whole.size() / 2), "coupee.jpg", kBoxWidth, kBoxHeight),
                           "coupee.jpg");
  CHECK(cut.message_id == "P-IMAGE.malformed");
  const std::string detail = cut.param("detail", Language::en);
  CHECK_FALSE(detail.empty());
  CHECK(detail.size() <= 160);

  const auto garbage = refusal(images::prepare_photo(std::string("\x89PNG\r\n\x1A\n") + std::string(200, 'x'),
                                                     "abimee.png", kBoxWidth, kBoxHeight),
                               "abimee.png");
  CHECK(garbage.message_id == "P-IMAGE.malformed");
  CHECK(garbage.param("detail", Language::en) != "no message");  // libpng's reason, which it gives as a warning

  // A PNG cut in its pixel data.
  const std::string png = png_of(noise(256, 256));
  const auto cut_png = refusal(images::prepare_photo(png.substr(0, png.size() / 2), "coupee.png", kBoxWidth, kBoxHeight),
                               "coupee.png");
  CHECK(cut_png.message_id == "P-IMAGE.malformed");
}

TEST_CASE("a box of no pixels is the caller's mistake, reported, not thrown") {
  const auto d = refusal(images::prepare_photo(jpeg_of(noise(8, 8)), "a.jpg", 0, 100), "a.jpg");
  CHECK(d.message_id == "P-IMAGE.internal");
}
