// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>

#include <medcert/version.hpp>

#include "render/render.hpp"

using medcert::model::FontStyle;
using medcert::model::Pages;
using medcert::model::PlacedRect;
using medcert::model::PlacedText;
using medcert::render::render;
using medcert::render::RenderOptions;

namespace {

const std::string liberation = "/usr/share/fonts/truetype/liberation2/LiberationSerif-";
const std::map<FontStyle, std::string> fonts{{FontStyle::regular, liberation + "Regular.ttf"},
                                             {FontStyle::bold, liberation + "Bold.ttf"},
                                             {FontStyle::italic, liberation + "Italic.ttf"}};
constexpr std::int64_t issued = 1795181400;  // 2026-11-20T13:30:00Z

Pages two_pages() {
  Pages pages;
  pages.width = 595.276;
  pages.height = 841.89;
  pages.title = "Certificat médical initial";
  pages.author = "Dr Claire Martin";
  pages.pages.resize(2);
  auto& first = pages.pages[0];
  first.texts.push_back(PlacedText{64, 80, 16, FontStyle::bold, "Certificat médical initial"});
  first.texts.push_back(PlacedText{64, 120, 11, FontStyle::regular, "Elle déclare\u202F:"});
  first.texts.push_back(PlacedText{140, 120, 11, FontStyle::italic, "«\u202FJ'ai été poussée\u202F»"});
  first.texts.push_back(PlacedText{64, 140, 11, FontStyle::regular, "Ecchymose de 4\u00A0cm × 2,5\u00A0cm."});
  first.rects.push_back(PlacedRect{64, 60, 467, 0, 0.4});
  auto& second = pages.pages[1];
  second.texts.push_back(PlacedText{64, 100, 11, FontStyle::regular, "Fait à Lyon, le 20 novembre 2026."});
  second.rects.push_back(PlacedRect{331, 150, 200, 80, 0.5});
  return pages;
}

std::string render_ok(const Pages& pages, std::int64_t creation_time = issued) {
  const auto result = render(pages, fonts, RenderOptions{creation_time});
  REQUIRE(result.diagnostics.empty());
  REQUIRE(result.value);
  return *result.value;
}

/// A file that removes itself.
struct TempFile {
  std::filesystem::path path;
  explicit TempFile(const std::string& name, const std::string& content)
      : path(std::filesystem::temp_directory_path() / name) {
    std::ofstream(path, std::ios::binary) << content;
  }
  ~TempFile() { std::filesystem::remove(path); }
};

/// Runs a command, returns its standard output (and error) and exit status.
std::pair<int, std::string> run(const std::string& command) {
  const TempFile out("medcert-render-test-" + std::to_string(std::rand()) + ".out", "");
  const int status = std::system((command + " > " + out.path.string() + " 2>&1").c_str());
  std::ifstream in(out.path);
  return {status, std::string(std::istreambuf_iterator<char>(in), {})};
}

bool have(const std::string& tool) { return std::system(("command -v " + tool + " > /dev/null").c_str()) == 0; }

}  // namespace

TEST_CASE("render produces a whole PDF") {
  const auto pdf = render_ok(two_pages());
  CHECK(pdf.rfind("%PDF-", 0) == 0);
  const auto end = pdf.find_last_not_of("\r\n");
  REQUIRE(end != std::string::npos);
  CHECK(pdf.substr(end - 4, 5) == "%%EOF");
}

TEST_CASE("the same pages and creation time give byte-identical PDFs") {
  const auto a = render_ok(two_pages());
  const auto b = render_ok(two_pages());
  CHECK(a.size() == b.size());
  CHECK(a == b);
  // libharu writes no clock-derived /ID without encryption or PDF/A.
  CHECK(a.substr(a.rfind("trailer")).find("/ID") == std::string::npos);
  CHECK(render_ok(two_pages(), issued + 1) != a);
}

TEST_CASE("the document information names the title, the author, medcert and the UTC creation date") {
  const auto pdf = render_ok(two_pages());
  CHECK(pdf.find("(D:20261120133000+00'00')") != std::string::npos);
  CHECK(pdf.find("/Creator") != std::string::npos);
}

TEST_CASE("dates before 1970 are converted too") {
  const auto pdf = render_ok(two_pages(), -1);
  CHECK(pdf.find("(D:19691231235959+00'00')") != std::string::npos);
}

TEST_CASE("a style without a font file is a diagnostic, not a crash") {
  auto only_regular = fonts;
  only_regular.erase(FontStyle::italic);
  const auto result = render(two_pages(), only_regular, RenderOptions{issued});
  CHECK_FALSE(result.value);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].rule == "P-RENDER");
  CHECK_THAT(result.diagnostics[0].message_en, Catch::Contains("italic"));
}

TEST_CASE("an unreadable font file is reported with libharu's error") {
  auto broken = fonts;
  broken[FontStyle::bold] = "/nonexistent/font.ttf";
  const auto result = render(two_pages(), broken, RenderOptions{issued});
  CHECK_FALSE(result.value);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].rule == "P-RENDER");
  CHECK_THAT(result.diagnostics[0].message_en, Catch::Contains("/nonexistent/font.ttf") && Catch::Contains("0x"));
}

TEST_CASE("independent readers accept the PDF: structure, text, embedded fonts, metadata") {
  if (!have("qpdf") || !have("pdftotext") || !have("pdffonts") || !have("pdfinfo")) {
    WARN("qpdf or poppler-utils missing: independent checks skipped");
    return;
  }
  const TempFile file("medcert-render-test.pdf", render_ok(two_pages()));
  const auto path = file.path.string();

  const auto [check_status, check] = run("qpdf --check " + path);
  CHECK(check_status == 0);
  CHECK_THAT(check, Catch::Contains("No syntax or stream encoding errors"));

  const auto [text_status, text] = run("pdftotext -enc UTF-8 " + path + " -");
  REQUIRE(text_status == 0);
  // pdftotext prints U+202F and U+00A0 as plain spaces.
  CHECK_THAT(text, Catch::Contains("Certificat médical initial"));
  CHECK_THAT(text, Catch::Contains("J'ai été poussée"));
  CHECK_THAT(text, Catch::Contains("× 2,5"));
  CHECK_THAT(text, Catch::Contains("Fait à Lyon, le 20 novembre 2026."));

  const auto [fonts_status, listing] = run("pdffonts " + path);
  REQUIRE(fonts_status == 0);
  const std::regex font_line(R"(\+LiberationSerif\S*\s+CID TrueType\s+Identity-H\s+(yes|no)\s+(yes|no)\s+(yes|no))");
  int embedded = 0;
  for (auto it = std::sregex_iterator(listing.begin(), listing.end(), font_line); it != std::sregex_iterator(); ++it) {
    CHECK((*it)[1] == "yes");  // emb
    CHECK((*it)[3] == "yes");  // uni: a ToUnicode map, so text can be copied
    ++embedded;
  }
  CHECK(embedded == 3);

  const auto [info_status, padded] = run("pdfinfo -rawdates " + path);
  REQUIRE(info_status == 0);
  const auto info = std::regex_replace(padded, std::regex(" +"), " ");
  CHECK_THAT(info, Catch::Contains("Pages: 2"));
  CHECK_THAT(info, Catch::Contains("Title: Certificat médical initial"));
  CHECK_THAT(info, Catch::Contains("Author: Dr Claire Martin"));
  CHECK_THAT(info, Catch::Contains("Creator: medcert " MEDCERT_VERSION_STRING));
  CHECK_THAT(info, Catch::Contains("CreationDate: D:20261120133000+00'00'"));
  CHECK_THAT(info, Catch::Contains("Page size: 595.276 x 841.89 pts (A4)"));
}
