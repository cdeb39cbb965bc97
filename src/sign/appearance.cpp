// SPDX-License-Identifier: Apache-2.0
#include "sign/appearance.hpp"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "compose/french.hpp"
#include "load/load.hpp"
#include "zone/time_zone.hpp"

namespace medcert::sign {
namespace {

using model::FontStyle;

constexpr const char* kHeading = "Signé électroniquement par";
constexpr double kPadding = 4;     // points between the frame and the widest line
constexpr double kLineGap = 1.5;   // points between two lines
constexpr double kHeadingSize = 7.5, kNameSize = 11, kTimeSize = 8;

// The code points of `utf8` the box can print: a control character as a space; one the font lacks (or
// beyond the BMP, which the box's two-byte CIDs cannot carry) as « ? », never silently dropped.
std::u32string printable(const model::FontMetrics& metrics, const std::string& utf8) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::u32string out;
  for (std::int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    const UChar32 cp = text.char32At(i);
    if (u_iscntrl(cp))
      out += U' ';
    else if (cp > 0xFFFF || !metrics.covers(FontStyle::regular, static_cast<char32_t>(cp)))
      out += U'?';
    else
      out += static_cast<char32_t>(cp);
  }
  return out;
}

std::string to_utf8(const std::u32string& text) {
  std::string out;
  icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()), static_cast<std::int32_t>(text.size()))
      .toUTF8String(out);
  return out;
}

double text_width(const model::FontMetrics& metrics, const std::u32string& text, double size) {
  double width = 0;
  for (const char32_t cp : text) width += metrics.advance(FontStyle::regular, cp);
  return width * size / 1000;
}

}  // namespace

Outcome<std::shared_ptr<const fonts::FontSet>> load_box_fonts(const Environment& env, const std::string& manifest) {
  auto entries = load::load_font_manifest(env, manifest);
  if (!entries.value || has_errors(entries.diagnostics))
    return {std::nullopt, std::move(entries.diagnostics), SignCategory::internal};
  auto fonts = fonts::FontSet::load(env, *entries.value);
  if (!fonts.value || has_errors(fonts.diagnostics)) return {std::nullopt, std::move(fonts.diagnostics), SignCategory::internal};
  return {std::move(fonts.value), std::move(fonts.diagnostics), SignCategory::ok};
}

std::string signer_name(const X509* certificate) {
  const X509_NAME* subject = X509_get_subject_name(certificate);
  const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
  std::string name;
  unsigned char* utf8 = nullptr;
  if (index >= 0) {
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index)));
    if (length > 0) name.assign(reinterpret_cast<const char*>(utf8), static_cast<std::size_t>(length));
    OPENSSL_free(utf8);
  }
  if (name.empty()) name = name_line(subject);
  return compose::french::nfc(name);
}

std::string signing_time_text(std::int64_t unix_seconds, const std::string& zone_id) {
  const model::DateTime shown = zone::TimeZone::first_known({zone_id}).local(unix_seconds);
  return fmt::format("le {} à {}", compose::french::long_date(shown.date), compose::french::time_of_day(shown.hour, shown.minute));
}

std::vector<pdf::BoxLine> signed_box_lines(const model::FontMetrics& metrics, double width, double height,
                                           const SignedBox& box) {
  std::vector<pdf::BoxLine> lines;
  for (const auto& [text, size] : {std::pair{std::string(kHeading), kHeadingSize}, std::pair{box.signer, kNameSize},
                                   std::pair{box.time, kTimeSize}}) {
    pdf::BoxLine line;
    line.text = printable(metrics, text);
    const double natural = text_width(metrics, line.text, size);
    line.size = natural > width - 2 * kPadding ? size * (width - 2 * kPadding) / natural : size;
    line.x = (width - text_width(metrics, line.text, line.size)) / 2;
    lines.push_back(std::move(line));
  }
  const double ascender = metrics.ascender(FontStyle::regular) / 1000;
  const double descender = metrics.descender(FontStyle::regular) / 1000;
  double block = kLineGap * static_cast<double>(lines.size() - 1);
  for (const auto& line : lines) block += (ascender - descender) * line.size;
  double top = (height - block) / 2;
  for (auto& line : lines) {
    line.baseline = top + ascender * line.size;
    top += (ascender - descender) * line.size + kLineGap;
  }
  return lines;
}

void draw_signed_box(PoDoFo::PdfMemDocument& document, PoDoFo::PdfObject& widget, const SignedBox& box) {
  const PoDoFo::PdfObject* rect = widget.GetIndirectKey("Rect");
  if (!rect || !rect->IsArray()) throw PoDoFo::PdfError(PoDoFo::ePdfError_InvalidDataType, __FILE__, __LINE__, "no /Rect");
  const PoDoFo::PdfRect area(rect->GetArray());
  const auto lines = signed_box_lines(*box.fonts, area.GetWidth(), area.GetHeight(), box);
  std::string text;
  for (const auto& line : lines) text += to_utf8(line.text);
  const model::FontProgram font = box.fonts->text_program(FontStyle::regular, text);
  PoDoFo::PdfDictionary appearances;
  appearances.AddKey("N", pdf::box_appearance(document, area.GetWidth(), area.GetHeight(), lines, &font)->Reference());
  widget.GetDictionary().AddKey("AP", appearances);
}

}  // namespace medcert::sign
