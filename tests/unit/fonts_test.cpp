// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <thread>
#include <vector>

#include "fonts/font_set.hpp"

using medcert::Environment;
using medcert::fonts::FontSet;
using medcert::model::FontManifest;
using medcert::model::FontStyle;

namespace {

const std::string liberation = "/usr/share/fonts/truetype/liberation2/LiberationSerif-";

/// Reads real files, except the paths given fake contents.
class TestEnvironment final : public Environment {
 public:
  std::map<std::string, std::string> fakes;

  std::optional<std::string> read_file(const std::string& path) const override {
    if (const auto fake = fakes.find(path); fake != fakes.end()) return fake->second;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  std::vector<std::string> list_directory(const std::string&) const override { return {}; }
  std::vector<std::string> list_subdirectories(const std::string&) const override { return {}; }
  std::int64_t now() const override { return 0; }
};

FontManifest liberation_manifest() {
  FontManifest manifest;
  manifest.files = {{FontStyle::regular, liberation + "Regular.ttf"},
                    {FontStyle::bold, liberation + "Bold.ttf"},
                    {FontStyle::italic, liberation + "Italic.ttf"}};
  for (const auto& [style, file] : manifest.files) manifest.families[style] = "Liberation Serif";
  return manifest;
}

std::shared_ptr<const FontSet> load_liberation() {
  TestEnvironment env;
  auto result = FontSet::load(env, liberation_manifest());
  REQUIRE(result.diagnostics.empty());
  REQUIRE(result.value);
  return *result.value;
}

}  // namespace

TEST_CASE("Liberation Serif covers French typography, not emoji") {
  const auto fonts = load_liberation();
  for (const auto style : {FontStyle::regular, FontStyle::bold, FontStyle::italic}) {
    for (const char32_t cp : {U'é', U'«', U'»', U'\u202F', U'\u00A0', U'×', U'œ', U'’', U'–'}) {
      INFO("style " << static_cast<int>(style) << " U+" << std::hex << static_cast<unsigned>(cp));
      CHECK(fonts->covers(style, cp));
    }
    CHECK_FALSE(fonts->covers(style, U'\U0001F600'));
  }
}

TEST_CASE("advances are in thousandths of an em and follow the glyphs") {
  const auto fonts = load_liberation();
  CHECK(fonts->advance(FontStyle::regular, U'M') > fonts->advance(FontStyle::regular, U'i'));
  // Liberation Serif is metric-compatible with Times: 'M' is 889/1000 em, the space 250/1000.
  CHECK(fonts->advance(FontStyle::regular, U'M') == Approx(889).margin(1));
  CHECK(fonts->advance(FontStyle::regular, U' ') == Approx(250).margin(1));
  CHECK(fonts->advance(FontStyle::bold, U'M') > fonts->advance(FontStyle::bold, U'i'));
  // The narrow no-break space is narrower than an ordinary one.
  CHECK(fonts->advance(FontStyle::regular, U'\u202F') < fonts->advance(FontStyle::regular, U' '));
}

TEST_CASE("vertical metrics are in thousandths of an em") {
  const auto fonts = load_liberation();
  CHECK(fonts->ascender(FontStyle::regular) == Approx(891).margin(2));
  CHECK(fonts->descender(FontStyle::regular) == Approx(-216).margin(2));
}

TEST_CASE("the font files are kept for the renderer") {
  const auto fonts = load_liberation();
  CHECK(fonts->files() == liberation_manifest().files);
}

TEST_CASE("a font set answers the same from many threads") {
  const auto fonts = load_liberation();
  const double expected = fonts->advance(FontStyle::italic, U'é');
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (std::size_t t = 0; t < mismatches.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        if (fonts->advance(FontStyle::italic, U'é') != expected || !fonts->covers(FontStyle::bold, U'«'))
          ++mismatches[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  CHECK(mismatches == std::vector<int>(4, 0));
}

TEST_CASE("a missing, unreadable or unparseable font is a diagnostic, all of them collected") {
  TestEnvironment env;
  env.fakes["/fonts/broken.ttf"] = "this is not a font";
  FontManifest manifest;
  manifest.files = {{FontStyle::regular, "/nonexistent/Regular.ttf"}, {FontStyle::bold, "/fonts/broken.ttf"}};
  const auto result = FontSet::load(env, manifest);
  CHECK_FALSE(result.value);
  REQUIRE(result.diagnostics.size() == 3);
  for (const auto& d : result.diagnostics) {
    CHECK(d.rule == "C-FONT");
    CHECK(d.severity == medcert::Severity::error);
    CHECK_FALSE(d.message_fr.empty());
    CHECK_FALSE(d.message_en.empty());
  }
  CHECK(result.diagnostics[0].path == "fonts.regular");
  CHECK(result.diagnostics[0].location.file == "/nonexistent/Regular.ttf");
  CHECK_THAT(result.diagnostics[0].message_fr, Catch::Contains("introuvable"));
  CHECK(result.diagnostics[1].path == "fonts.bold");
  CHECK_THAT(result.diagnostics[1].message_en, Catch::Contains("not a readable TrueType"));
  CHECK(result.diagnostics[2].path == "fonts.italic");
  CHECK_THAT(result.diagnostics[2].message_fr, Catch::Contains("aucune police"));
}

TEST_CASE("a document's fonts are subsets holding exactly its glyphs, with the same metrics") {
  const auto fonts = load_liberation();
  medcert::model::Pages pages;
  pages.pages.resize(2);
  pages.pages[0].texts.push_back({0, 0, 11, FontStyle::regular, "Née « ici »\u202F!", 0, 0});
  pages.pages[1].texts.push_back({0, 0, 11, FontStyle::bold, "Titre", 0, 0});
  const auto subsets = fonts->subset(pages);

  REQUIRE(subsets.files.size() == 2);  // no italic text: no italic font embedded
  REQUIRE(subsets.programs.size() == 2);
  TestEnvironment env;
  auto manifest = liberation_manifest();
  for (const auto& [style, path] : subsets.files) {
    CHECK_THAT(path, Catch::StartsWith("/proc/self/fd/"));
    const auto bytes = env.read_file(path);
    REQUIRE(bytes);
    CHECK(bytes->size() * 20 < env.read_file(manifest.files[style])->size());
    manifest.files[style] = path;
  }
  const auto reloaded = FontSet::load(env, manifest);
  REQUIRE(reloaded.diagnostics.empty());
  const auto& subset = **reloaded.value;
  for (const char32_t cp : {U'N', U'é', U'«', U'»', U'\u202F', U'!', U' '}) {
    INFO("U+" << std::hex << static_cast<unsigned>(cp));
    CHECK(subset.covers(FontStyle::regular, cp));
    CHECK(subset.advance(FontStyle::regular, cp) == fonts->advance(FontStyle::regular, cp));
  }
  CHECK_FALSE(subset.covers(FontStyle::regular, U'Z'));
  CHECK_FALSE(subset.covers(FontStyle::regular, U'T'));  // printed in bold only
  CHECK(subset.covers(FontStyle::bold, U'T'));
  CHECK_FALSE(subset.covers(FontStyle::bold, U'N'));
}

TEST_CASE("a text's program holds its glyphs, each code point its own, with the font's metrics") {
  const auto fonts = load_liberation();
  const auto text = fonts->text_program(FontStyle::regular, "Dr Émilie Ngô\u00A0✓");  // ✓: not in Liberation Serif
  TestEnvironment env;
  CHECK(text.program.size() * 20 < env.read_file(liberation + "Regular.ttf")->size());
  CHECK(text.postscript_name == "LiberationSerif");
  CHECK(text.glyphs.count(U'✓') == 0);
  REQUIRE(text.glyphs.size() == 12);  // D r space É m i l e N g ô no-break space (the repeated i and e once)
  std::set<std::uint16_t> distinct;
  for (const auto& [cp, glyph] : text.glyphs) distinct.insert(glyph);
  CHECK(distinct.size() == text.glyphs.size());
  // The program, loaded as a font, covers each code point of the text and nothing else.
  auto manifest = liberation_manifest();
  const medcert::fonts::MemoryFile file(text.program);
  manifest.files[FontStyle::regular] = file.path();
  const auto reloaded = FontSet::load(env, manifest);
  REQUIRE(reloaded.diagnostics.empty());
  for (const auto& [cp, glyph] : text.glyphs) {
    INFO("U+" << std::hex << static_cast<unsigned>(cp));
    CHECK(glyph != 0);
    CHECK((*reloaded.value)->covers(FontStyle::regular, cp));
    CHECK(text.advances.at(cp) == fonts->advance(FontStyle::regular, cp));
  }
  CHECK_FALSE((*reloaded.value)->covers(FontStyle::regular, U'Z'));
  CHECK(text.ascender == fonts->ascender(FontStyle::regular));
  CHECK(text.descender == fonts->descender(FontStyle::regular));
  CHECK(text.cap_height > 600);  // Liberation Serif: 662 of 1000
  CHECK(text.cap_height < text.ascender);
  CHECK(text.bbox[0] < 0);
  CHECK(text.bbox[2] > 1000);
}
