// SPDX-License-Identifier: Apache-2.0
#include "layout/coverage.hpp"

#include <set>
#include <tuple>

#include <fmt/format.h>

#include "layout/glyphs.hpp"
#include "model/diag.hpp"

namespace medcert::layout {

namespace {

/// Above U+FFFF libharu has no CID for a character (its CIDs are BMP code points).
constexpr char32_t last_printable = 0xFFFF;

const char* style_name_fr(model::FontStyle style) {
  switch (style) {
    case model::FontStyle::bold: return "gras";
    case model::FontStyle::italic: return "italique";
    case model::FontStyle::regular: break;
  }
  return "romain";
}

bool is_visible(char32_t cp) {
  return cp >= 0x20 && !(cp >= 0x7F && cp <= 0x9F) && !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0xFFFD;
}

/// "U+1F600 « 😀 »" (with French or English quotes), or the code alone for an invisible character.
std::string describe(char32_t cp, std::string_view utf8, bool french) {
  const auto code = fmt::format("U+{:04X}", static_cast<std::uint32_t>(cp));
  if (!is_visible(cp)) return code;
  return french ? fmt::format("{} «\u202F{}\u202F»", code, utf8) : fmt::format("{} \"{}\"", code, utf8);
}

Diagnostic glyph_error(const CodePoint& c, model::FontStyle style, const Location& where, const std::string& path) {
  auto character = model::param("character", describe(c.cp, c.utf8, true), describe(c.cp, c.utf8, false));
  if (c.cp > last_printable) return model::error("L-GLYPH.beyond_bmp", path, where, {std::move(character)});
  return model::error("L-GLYPH.font_lacks", path, where,
                      {std::move(character), model::param("style", style_name_fr(style), model::style_name(style))});
}

class CoverageCheck {
 public:
  explicit CoverageCheck(const model::FontMetrics& metrics) : metrics_(metrics) {}

  void check(std::string_view text, model::FontStyle style, const Location& where, const std::string& path) {
    for (const auto& c : code_points(text)) {
      if (c.cp == U'\n') continue;  // a forced line break, never printed
      if (c.cp <= last_printable && metrics_.covers(style, c.cp)) continue;
      // Once per character and place: a quote full of emoji gives one message per emoji kind.
      if (!reported_.emplace(where.file, where.line, where.column, c.cp).second) continue;
      diagnostics_.push_back(glyph_error(c, style, where, path));
    }
  }

  Diagnostics take() { return std::move(diagnostics_); }

 private:
  const model::FontMetrics& metrics_;
  std::set<std::tuple<std::string, int, int, char32_t>> reported_;
  Diagnostics diagnostics_;
};

}  // namespace

Diagnostics check_coverage(const model::Document& doc, const model::FontMetrics& metrics,
                           const LayoutOptions& options) {
  CoverageCheck check(metrics);
  const BlockStyle header = header_style(options);
  for (const auto& line : doc.header) {
    for (const auto& run : line) check.check(run.text, printed_style(header, run.style), run.source, "header");
  }
  const auto check_runs = [&](const std::vector<model::Run>& runs, model::BlockKind kind) {
    const BlockStyle style = block_style(kind, options);
    for (const auto& run : runs) check.check(run.text, printed_style(style, run.style), run.source, "");
  };
  for (const auto& block : doc.blocks) {
    check_runs(block.runs, block.kind);
    if (block.kind == model::BlockKind::item) check.check(item_dash, model::FontStyle::regular, {}, "");
  }
  for (const auto& annex : doc.annexes) {
    check_runs(annex.title, model::BlockKind::heading);
    check_runs(annex.intro, model::BlockKind::paragraph);
    for (const auto& photo : annex.photos) check_runs(photo.caption, model::BlockKind::caption);
    // A marker's number.
    if (!annex.panels.empty()) check.check("0123456789", model::FontStyle::bold, {}, "");
  }
  const BlockStyle footer = footer_style(options);
  for (const auto& run : doc.footer) check.check(run.text, printed_style(footer, run.style), run.source, "footer");
  // Every digit may appear in a page number.
  check.check("0123456789", printed_style(footer, model::FontStyle::regular), {}, "footer");
  check.check(options.watermark, model::FontStyle::bold, {}, "watermark");
  return check.take();
}

}  // namespace medcert::layout
