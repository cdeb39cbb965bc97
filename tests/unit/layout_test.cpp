// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>

#include "layout/layout.hpp"
#include "model/limits.hpp"

using medcert::Location;
using medcert::layout::LayoutOptions;
using medcert::model::Block;
using medcert::model::BlockKind;
using medcert::model::Document;
using medcert::model::FontStyle;
using medcert::model::Page;
using medcert::model::Pages;
using medcert::model::PlacedText;
using medcert::model::Run;

namespace {

/// Every character 500/1000 em wide; `missing` lists the characters the "font" lacks.
class FakeMetrics final : public medcert::model::FontMetrics {
 public:
  std::u32string missing;
  bool covers(FontStyle, char32_t cp) const override { return missing.find(cp) == std::u32string::npos; }
  double advance(FontStyle, char32_t) const override { return 500; }
  double ascender(FontStyle) const override { return 800; }
  double descender(FontStyle) const override { return -200; }
};

/// A 100-point measure at 10 points: 20 characters of 5 points per line, lines 10 points high.
LayoutOptions small_page() {
  LayoutOptions o;
  o.page_width = 140;
  o.page_height = 200;
  o.margin_left = o.margin_right = o.margin_top = o.margin_bottom = 20;
  o.body_size = 10;
  o.line_spacing = 1.0;
  o.signature_box_width = 40;
  o.signature_box_height = 30;
  return o;
}
constexpr double left = 20, right = 120;

Block block(BlockKind kind, std::string text, FontStyle style = FontStyle::regular) {
  Block b;
  b.kind = kind;
  b.runs.push_back(Run{std::move(text), medcert::model::Provenance::template_text, style, Location{}});
  return b;
}

/// A running line written by the template alone.
std::vector<Run> running_line(std::string text) {
  return {Run{std::move(text), medcert::model::Provenance::template_text, FontStyle::regular, Location{}}};
}

Block in_section(Block b, std::string section) {
  b.section = std::move(section);
  return b;
}

Pages lay_out(const Document& doc, const LayoutOptions& options = small_page()) {
  const FakeMetrics metrics;
  auto result = medcert::layout::layout(doc, metrics, options);
  REQUIRE(result.diagnostics.empty());
  REQUIRE(result.value);
  return std::move(*result.value);
}

std::size_t code_points(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

double width(const PlacedText& t) { return static_cast<double>(code_points(t.text)) * t.size / 2; }

/// The page's texts grouped into lines (by baseline), in reading order; a gap between two texts
/// reads as a space.
std::vector<std::string> lines_of(const Page& page) {
  std::map<double, std::vector<const PlacedText*>> by_baseline;
  for (const auto& t : page.texts) by_baseline[t.baseline].push_back(&t);
  std::vector<std::string> lines;
  for (auto& [baseline, texts] : by_baseline) {
    std::sort(texts.begin(), texts.end(), [](auto* a, auto* b) { return a->x < b->x; });
    std::string line;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      if (i > 0 && texts[i]->x > texts[i - 1]->x + width(*texts[i - 1]) + 0.01) line += ' ';
      line += texts[i]->text;
    }
    lines.push_back(line);
  }
  return lines;
}

/// The texts of the line at `baseline`, left to right.
std::vector<PlacedText> line_texts(const Page& page, double baseline) {
  std::vector<PlacedText> texts;
  for (const auto& t : page.texts)
    if (t.baseline == baseline) texts.push_back(t);
  std::sort(texts.begin(), texts.end(), [](auto& a, auto& b) { return a.x < b.x; });
  return texts;
}

/// Index of the page printing `word`, or -1.
int page_of(const Pages& pages, const std::string& word) {
  for (std::size_t p = 0; p < pages.pages.size(); ++p)
    for (const auto& t : pages.pages[p].texts)
      if (t.text.find(word) != std::string::npos) return static_cast<int>(p);
  return -1;
}

/// "f001 f002 ..." : four words per 20-character line.
std::string words(const std::string& prefix, int from, int count) {
  std::string text;
  for (int i = from; i < from + count; ++i) {
    if (!text.empty()) text += ' ';
    text += prefix + std::to_string(1000 + i).substr(1);
  }
  return text;
}

/// A paragraph of `filler` words, then a block of `kind` for each entry: as many lines of four words
/// ("a000 a001 …") as it says.
Document after_filler(int filler, BlockKind kind, const std::map<std::string, int>& blocks) {
  Document doc;
  doc.blocks.push_back(block(BlockKind::paragraph, words("f", 0, filler)));
  for (const auto& [prefix, lines] : blocks) doc.blocks.push_back(block(kind, words(prefix, 0, lines * 4)));
  return doc;
}

}  // namespace

TEST_CASE("lines are filled greedily and break at spaces") {
  Document doc;
  doc.blocks.push_back(block(BlockKind::paragraph, "aaaa bbbb cccc dddd eeee ffff"));
  const auto pages = lay_out(doc);
  REQUIRE(pages.pages.size() == 1);
  CHECK(lines_of(pages.pages[0]) == std::vector<std::string>{"aaaa bbbb cccc dddd", "eeee ffff"});
}

TEST_CASE("justified lines end flush right, the last line of a paragraph is left-aligned") {
  Document doc;
  doc.blocks.push_back(block(BlockKind::paragraph, "aaaa bbb cc dddd eeee ffff"));
  const auto pages = lay_out(doc);
  const auto& page = pages.pages[0];
  std::vector<double> baselines;
  for (const auto& t : page.texts) baselines.push_back(t.baseline);
  std::sort(baselines.begin(), baselines.end());
  baselines.erase(std::unique(baselines.begin(), baselines.end()), baselines.end());
  REQUIRE(baselines.size() == 2);

  const auto first = line_texts(page, baselines[0]);
  REQUIRE(first.size() == 4);  // one text per word, placed by layout
  CHECK(first.front().x == Approx(left));
  CHECK(first.back().x + width(first.back()) == Approx(right));
  // The slack is shared equally between the three gaps.
  const double gap1 = first[1].x - (first[0].x + width(first[0]));
  const double gap2 = first[2].x - (first[1].x + width(first[1]));
  CHECK(gap1 == Approx(gap2));
  CHECK(gap1 > 5);

  const auto last = line_texts(page, baselines[1]);
  REQUIRE(last.size() == 1);
  CHECK(last[0].text == "eeee ffff");
  CHECK(last[0].x == Approx(left));
}

TEST_CASE("no line ends at a no-break space or a narrow no-break space") {
  Document doc;
  // Were U+00A0 or U+202F a break, "aaa…a" would join "xx" on the first line.
  doc.blocks.push_back(block(BlockKind::paragraph, "xx aaaaaaaaaaaaaaa\u00A0bbbb"));
  doc.blocks.push_back(block(BlockKind::paragraph, "yy ccccccccccccccc\u202Fdddd"));
  doc.blocks.push_back(block(BlockKind::paragraph, "zz «\u202Feeeeeeeeeeee\u202F»\u202F:"));
  const auto lines = lines_of(lay_out(doc).pages[0]);
  CHECK(lines == std::vector<std::string>{"xx", "aaaaaaaaaaaaaaa\u00A0bbbb", "yy", "ccccccccccccccc\u202Fdddd", "zz",
                                          "«\u202Feeeeeeeeeeee\u202F»\u202F:"});
}

TEST_CASE("a word longer than the line is cut between characters") {
  Document doc;
  doc.blocks.push_back(block(BlockKind::paragraph, "ab " + std::string(45, 'x') + " cd"));
  const auto lines = lines_of(lay_out(doc).pages[0]);
  CHECK(lines ==
        std::vector<std::string>{"ab", std::string(20, 'x'), std::string(20, 'x'), std::string(5, 'x') + " cd"});
}

TEST_CASE("a line feed inside a block forces a line break") {
  Document doc;
  doc.blocks.push_back(block(BlockKind::paragraph, "aa bb\ncc dd"));
  const auto pages = lay_out(doc);
  const auto& page = pages.pages[0];
  CHECK(lines_of(page) == std::vector<std::string>{"aa bb", "cc dd"});
  // A line ended by a line feed is not justified.
  for (const auto& t : page.texts) CHECK(t.x == Approx(left));
}

TEST_CASE("runs of different styles share a line") {
  Document doc;
  Block b = block(BlockKind::paragraph, "Elle dit ");
  b.runs.push_back(Run{"«\u202Fnon\u202F»", medcert::model::Provenance::patient_quote, FontStyle::italic, Location{}});
  b.runs.push_back(Run{".", medcert::model::Provenance::template_text, FontStyle::regular, Location{}});
  doc.blocks.push_back(b);
  const auto pages = lay_out(doc);
  const auto& texts = pages.pages[0].texts;
  REQUIRE(texts.size() == 3);
  CHECK(texts[0].text == "Elle dit ");
  CHECK(texts[0].style == FontStyle::regular);
  CHECK(texts[1].text == "«\u202Fnon\u202F»");
  CHECK(texts[1].style == FontStyle::italic);
  CHECK(texts[1].x == Approx(left + 45));
  CHECK(texts[2].style == FontStyle::regular);
  CHECK(texts[2].x == Approx(left + 80));
  CHECK(texts[0].baseline == texts[2].baseline);
}

TEST_CASE("title and subtitle are centred and bold, headings bold, list items indented with a dash") {
  Document doc;
  doc.blocks.push_back(block(BlockKind::title, "Titre"));
  doc.blocks.push_back(block(BlockKind::subtitle, "Sous-titre"));
  doc.blocks.push_back(block(BlockKind::heading, "Examen"));
  doc.blocks.push_back(block(BlockKind::item, "une ecchymose"));
  const auto pages = lay_out(doc);
  const auto& texts = pages.pages[0].texts;
  const auto find = [&](const std::string& s) {
    const auto it = std::find_if(texts.begin(), texts.end(), [&](auto& t) { return t.text == s; });
    REQUIRE(it != texts.end());
    return *it;
  };
  const auto title = find("Titre");
  CHECK(title.style == FontStyle::bold);
  CHECK(title.size > 10);
  CHECK(title.x + width(title) / 2 == Approx((left + right) / 2));
  const auto subtitle = find("Sous-titre");
  CHECK(subtitle.style == FontStyle::bold);
  CHECK(subtitle.x + width(subtitle) / 2 == Approx((left + right) / 2));
  CHECK(subtitle.baseline > title.baseline);
  const auto heading = find("Examen");
  CHECK(heading.style == FontStyle::bold);
  CHECK(heading.x == Approx(left));
  const auto dash = find("\u2013");
  const auto item = find("une ecchymose");
  CHECK(dash.x > left);
  CHECK(dash.x < item.x);
  CHECK(item.x == Approx(left + 18));
  CHECK(dash.baseline == item.baseline);
}

TEST_CASE("list items are close together, a list ends with a paragraph's space") {
  Document doc;
  doc.blocks.push_back(block(BlockKind::item, "un"));
  doc.blocks.push_back(block(BlockKind::item, "deux"));
  doc.blocks.push_back(block(BlockKind::paragraph, "suite"));
  doc.blocks.push_back(block(BlockKind::paragraph, "fin"));
  const auto pages = lay_out(doc);
  std::map<std::string, double> baseline;
  for (const auto& t : pages.pages[0].texts) baseline[t.text] = t.baseline;
  const double between_items = baseline["deux"] - baseline["un"];
  CHECK(between_items > 10);
  CHECK(baseline["suite"] - baseline["deux"] > between_items);
  CHECK(baseline["suite"] - baseline["deux"] == Approx(baseline["fin"] - baseline["suite"]));
}

TEST_CASE("the running header is on every page with a rule under it, the footer counts pages") {
  Document doc;
  doc.header = {{Run{"Dr Claire Martin", medcert::model::Provenance::computed, FontStyle::bold, Location{}}},
                {Run{"RPPS 10000000009", medcert::model::Provenance::computed, FontStyle::regular, Location{}}}};
  doc.footer = running_line("Page {page}/{pages}");
  for (int i = 0; i < 40; ++i) doc.blocks.push_back(block(BlockKind::paragraph, words("f", i * 8, 8)));
  const auto pages = lay_out(doc);
  REQUIRE(pages.pages.size() > 3);
  const auto total = std::to_string(pages.pages.size());
  for (std::size_t p = 0; p < pages.pages.size(); ++p) {
    const auto lines = lines_of(pages.pages[p]);
    INFO("page " << p + 1);
    CHECK(lines.front() == "Dr Claire Martin");
    CHECK(lines[1] == "RPPS 10000000009");
    CHECK(lines.back() == "Page " + std::to_string(p + 1) + "/" + total);
    const auto& footer = pages.pages[p].texts.back();
    CHECK(footer.x + width(footer) / 2 == Approx((left + right) / 2));
    // The rule under the header, above every body line.
    REQUIRE_FALSE(pages.pages[p].rects.empty());
    const auto& rule = pages.pages[p].rects.front();
    CHECK(rule.height == 0);
    CHECK(rule.width == Approx(right - left));
    for (const auto& t : pages.pages[p].texts)
      if (t.text.front() == 'f') CHECK(t.baseline - t.size > rule.y);
  }
  // Every word printed once, in order, nothing lost.
  int previous_page = 0;
  for (int i = 0; i < 320; ++i) {
    const int page = page_of(pages, words("f", i, 1));
    CHECK(page >= previous_page);
    previous_page = page;
  }
}

TEST_CASE("the running line names the person on every page, numbered in the template's words only") {
  Document doc;
  // A value that happens to hold "{page}" is printed as written.
  const std::string name = "Madame Zo\u00e9 {page} EXEMPLE, n\u00e9e le 3 f\u00e9vrier 1987";
  doc.footer = running_line(" \u2014 page {page}/{pages}");
  doc.footer.insert(doc.footer.begin(),
                    Run{name, medcert::model::Provenance::computed, FontStyle::regular, Location{}});
  for (int i = 0; i < 40; ++i) doc.blocks.push_back(block(BlockKind::paragraph, words("f", i * 8, 8)));
  const auto options = small_page();
  const auto pages = lay_out(doc, options);
  REQUIRE(pages.pages.size() > 2);
  const auto total = std::to_string(pages.pages.size());
  for (std::size_t p = 0; p < pages.pages.size(); ++p) {
    INFO("page " << p + 1);
    Page running;  // the running line's texts: smaller than the body's
    double body_bottom = 0;
    for (const auto& t : pages.pages[p].texts) {
      if (t.size < options.body_size) running.texts.push_back(t);
      else body_bottom = std::max(body_bottom, t.baseline);
    }
    const auto lines = lines_of(running);
    // 70 characters on a 25-character measure: it wraps, and every line is there.
    REQUIRE(lines.size() == 3);
    std::string joined;
    for (const auto& line : lines) joined += (joined.empty() ? "" : " ") + line;
    CHECK(joined == name + " \u2014 page " + std::to_string(p + 1) + "/" + total);
    // On the bottom margin, under the body, which leaves it a line of room.
    CHECK(running.texts.back().baseline <= options.page_height - options.margin_bottom);
    CHECK(running.texts.front().baseline - running.texts.front().size > body_bottom + options.body_size * 0.5);
  }
}

TEST_CASE("body text stays inside the frame on every page") {
  Document doc;
  doc.footer = running_line("Page {page}/{pages}");
  for (int i = 0; i < 30; ++i) doc.blocks.push_back(block(BlockKind::paragraph, words("f", i * 13, 13)));
  const auto options = small_page();
  const auto pages = lay_out(doc, options);
  for (const auto& page : pages.pages) {
    for (const auto& t : page.texts) {
      CHECK(t.x >= left - 1e-9);
      CHECK(t.x + width(t) <= right + 1e-6);
      CHECK(t.baseline <= options.page_height - options.margin_bottom);
    }
  }
}

TEST_CASE("a heading or a keep-with-next block never ends a page") {
  for (int filler = 1; filler <= 60; ++filler) {
    Document doc;
    doc.blocks.push_back(block(BlockKind::paragraph, words("f", 0, filler)));
    doc.blocks.push_back(block(BlockKind::heading, "Htitle"));
    Block intro = block(BlockKind::paragraph, "Iintro aaa bbb ccc ddd eee fff ggg");
    intro.keep_with_next = true;
    doc.blocks.push_back(intro);
    doc.blocks.push_back(block(BlockKind::item, "Nnext " + words("n", 0, 12)));
    const auto pages = lay_out(doc);
    INFO("filler of " << filler << " words");
    CHECK(page_of(pages, "Htitle") == page_of(pages, "Iintro"));
    CHECK(page_of(pages, "Iintro") == page_of(pages, "ggg"));
    CHECK(page_of(pages, "ggg") == page_of(pages, "Nnext"));
  }
}

TEST_CASE("paragraphs of three lines or more leave no single line at a page break") {
  const std::map<std::string, int> paragraphs{{"a", 3}, {"b", 4}, {"c", 5}, {"d", 7}, {"e", 2}};
  int splits = 0;  // the fillers must make paragraphs cross page breaks, or nothing is tested
  for (int filler = 1; filler <= 70; ++filler) {
    const auto pages = lay_out(after_filler(filler, BlockKind::paragraph, paragraphs));
    INFO("filler of " << filler << " words");
    for (const auto& [prefix, lines] : paragraphs) {
      std::map<int, int> lines_per_page;
      for (int line = 0; line < lines; ++line) ++lines_per_page[page_of(pages, words(prefix, line * 4, 1))];
      INFO("paragraph of " << lines << " lines");
      if (lines_per_page.size() > 1) ++splits;
      if (lines == 3) CHECK(lines_per_page.size() == 1);
      if (lines >= 3)
        for (const auto& [page, count] : lines_per_page) CHECK(count >= 2);
    }
  }
  CHECK(splits > 20);
}

TEST_CASE("the signature keeps the closing and the conclusion with it, and the box is on the signature's page") {
  LayoutOptions options = small_page();
  options.page_height = 300;  // room for the whole group: 24 lines
  int moved = 0;  // the fillers must push the group onto a second page, or nothing is tested
  for (int filler = 1; filler <= 120; ++filler) {
    Document doc;
    doc.footer = running_line("Page {page}/{pages}");
    doc.blocks.push_back(in_section(block(BlockKind::paragraph, words("f", 0, filler)), "body"));
    doc.blocks.push_back(in_section(block(BlockKind::heading, "Hconclusion"), "conclusion"));
    doc.blocks.back().keep_with_next = true;
    const std::string conclusion = "Cconcl " + words("i", 0, 5) + " Cconclend";
    doc.blocks.push_back(in_section(block(BlockKind::paragraph, conclusion), "conclusion"));
    const std::string closing = "Cclosing " + words("c", 0, 21) + " Cend";
    doc.blocks.push_back(in_section(block(BlockKind::paragraph, closing), "cloture"));
    doc.blocks.push_back(in_section(block(BlockKind::signature, "Sfait a Lyon"), "cloture"));
    doc.blocks.push_back(in_section(block(BlockKind::signature, "Ssigned"), "cloture"));
    const auto pages = lay_out(doc, options);
    INFO("filler of " << filler << " words");
    const int page = page_of(pages, "Ssigned");
    if (page > 0) ++moved;
    for (const char* word : {"Hconclusion", "Cconcl", "Cconclend", "Cclosing", "Cend", "Sfait"})
      CHECK(page_of(pages, word) == page);
    REQUIRE(pages.signature.page == page);
    const auto& rects = pages.pages[static_cast<std::size_t>(page)].rects;
    const auto box = std::find_if(rects.begin(), rects.end(), [&](auto& r) {
      return r.x == pages.signature.x && r.y == pages.signature.y && r.width == 40 && r.height == 30;
    });
    CHECK(box != rects.end());
    CHECK(pages.signature.x + pages.signature.width == Approx(right));
    // Under the signature lines, above the footer.
    double signed_baseline = 0;
    for (const auto& t : pages.pages[static_cast<std::size_t>(page)].texts)
      if (t.text == "Ssigned") signed_baseline = t.baseline;
    CHECK(pages.signature.y > signed_baseline);
    CHECK(pages.signature.y + pages.signature.height <
          pages.pages[static_cast<std::size_t>(page)].texts.back().baseline - 8);
  }
  CHECK(moved > 20);
}

TEST_CASE("a section ending with a list keeps its last item with the signature, its heading with its first") {
  int moved = 0;
  for (int filler = 1; filler <= 60; ++filler) {
    Document doc;
    doc.blocks.push_back(in_section(block(BlockKind::paragraph, words("f", 0, filler)), "body"));
    doc.blocks.push_back(in_section(block(BlockKind::heading, "Hexams"), "exams"));
    doc.blocks.back().keep_with_next = true;
    for (int item = 0; item < 6; ++item)
      doc.blocks.push_back(in_section(block(BlockKind::item, words("x", item * 3, 3)), "exams"));
    doc.blocks.push_back(in_section(block(BlockKind::paragraph, "Cclosing le 20"), "cloture"));
    doc.blocks.push_back(in_section(block(BlockKind::signature, "Ssigned"), "cloture"));
    const auto pages = lay_out(doc);
    INFO("filler of " << filler << " words");
    const int page = page_of(pages, "Ssigned");
    CHECK(page_of(pages, "Cclosing") == page);
    CHECK(page_of(pages, words("x", 15, 1)) == page);  // the last item
    CHECK(page_of(pages, "Hexams") == page_of(pages, words("x", 0, 1)));
    if (page_of(pages, words("x", 0, 1)) < page) ++moved;  // the list itself was split
  }
  // Not the whole list: it flows across the break like any other content.
  CHECK(moved > 5);
}

TEST_CASE("the closing stands apart from the last section") {
  Document doc;
  doc.blocks.push_back(in_section(block(BlockKind::paragraph, "Pfirst"), "conclusion"));
  doc.blocks.push_back(in_section(block(BlockKind::paragraph, "Psecond"), "conclusion"));
  doc.blocks.push_back(in_section(block(BlockKind::paragraph, "Cclosing"), "cloture"));
  doc.blocks.push_back(in_section(block(BlockKind::signature, "Ssigned"), "cloture"));
  const auto pages = lay_out(doc);
  std::map<std::string, double> baseline;
  for (const auto& t : pages.pages[0].texts) baseline[t.text] = t.baseline;
  const double between_paragraphs = baseline["Psecond"] - baseline["Pfirst"];
  // At least a blank line more than between two paragraphs.
  CHECK(baseline["Cclosing"] - baseline["Psecond"] >= between_paragraphs + 10 - 1e-6);
}

TEST_CASE("a list item is never split across pages") {
  const std::map<std::string, int> items{{"a", 2}, {"b", 3}, {"c", 4}};
  int moved = 0;
  for (int filler = 1; filler <= 70; ++filler) {
    const auto pages = lay_out(after_filler(filler, BlockKind::item, items));
    INFO("filler of " << filler << " words");
    for (const auto& [prefix, lines] : items) {
      INFO("item of " << lines << " lines");
      const int first = page_of(pages, words(prefix, 0, 1));
      CHECK(page_of(pages, words(prefix, lines * 4 - 1, 1)) == first);
      if (first > page_of(pages, words("f", filler - 1, 1))) ++moved;
    }
  }
  CHECK(moved > 20);
}

TEST_CASE("a list item longer than a page still breaks, losing nothing") {
  Document doc;
  doc.blocks.push_back(block(BlockKind::paragraph, "Pintro"));
  // 40 lines: the small page holds 16.
  doc.blocks.push_back(block(BlockKind::item, words("l", 0, 160)));
  const auto pages = lay_out(doc);
  REQUIRE(pages.pages.size() >= 3);
  CHECK(page_of(pages, "Pintro") == 0);
  int previous = 0;
  for (int i = 0; i < 160; ++i) {
    const int page = page_of(pages, words("l", i, 1));
    CHECK(page >= previous);
    previous = page;
  }
  // It starts right under the paragraph, rather than leaving a page nearly empty.
  CHECK(page_of(pages, words("l", 0, 1)) == 0);
  CHECK(previous == static_cast<int>(pages.pages.size()) - 1);
}

TEST_CASE("signature lines sit in a right-hand column, as wide as the box or their widest line") {
  Document doc;
  doc.blocks.push_back(block(BlockKind::paragraph, "Fin."));
  doc.blocks.push_back(block(BlockKind::signature, "Lyon\nDr M"));
  const auto narrow = lay_out(doc);
  for (const auto& t : narrow.pages[0].texts)
    if (t.text != "Fin.") CHECK(t.x == Approx(narrow.signature.x));

  doc.blocks.back() = block(BlockKind::signature, "Lyon\nDr Claire Martin");
  const auto wide = lay_out(doc);
  CHECK(wide.signature.x == Approx(right - 40));
  for (const auto& t : wide.pages[0].texts)
    if (t.text != "Fin.") CHECK(t.x == Approx(right - 16 * 5));
}

TEST_CASE("without signature lines the box follows the last block") {
  Document doc;
  doc.blocks.push_back(block(BlockKind::paragraph, "Dernier paragraphe."));
  const auto pages = lay_out(doc);
  CHECK(pages.signature.page == 0);
  CHECK(pages.signature.width == 40);
  CHECK(pages.signature.y > pages.pages[0].texts.front().baseline);
}

TEST_CASE("a character the font lacks, or above U+FFFF, is an L-GLYPH error at the run's source") {
  FakeMetrics metrics;
  metrics.missing = U"ж";
  Document doc;
  doc.header = {{Run{"Dr ж", medcert::model::Provenance::computed, FontStyle::regular, Location{"case.yaml", 3, 15}}}};
  Block quote;
  quote.runs.push_back(Run{"Il a dit 😀 puis 😀 et ж.", medcert::model::Provenance::patient_quote, FontStyle::italic,
                           Location{"case.yaml", 12, 7}});
  doc.blocks.push_back(quote);
  const auto result = medcert::layout::layout(doc, metrics, small_page());
  CHECK_FALSE(result.value);
  REQUIRE(result.diagnostics.size() == 3);  // each character once per run
  for (const auto& d : result.diagnostics) {
    CHECK(d.rule == "L-GLYPH");
    CHECK(d.severity == medcert::Severity::error);
  }
  const auto& header = result.diagnostics[0];
  CHECK(header.location.line == 3);
  CHECK_THAT(header.message_fr, Catch::Contains("U+0436 «\u202Fж\u202F»"));
  CHECK_THAT(header.message_fr, Catch::Contains("romain"));
  const auto& emoji = result.diagnostics[1];
  CHECK(emoji.location.file == "case.yaml");
  CHECK(emoji.location.line == 12);
  CHECK(emoji.location.column == 7);
  CHECK_THAT(emoji.message_fr, Catch::Contains("U+1F600"));
  CHECK_THAT(emoji.message_en, Catch::Contains("U+1F600"));
  CHECK_THAT(emoji.message_en, Catch::Contains("U+FFFF"));
  CHECK_THAT(result.diagnostics[2].message_en, Catch::Contains("U+0436") && Catch::Contains("italic"));
}

TEST_CASE("the footer and the list dash must be printable too") {
  FakeMetrics metrics;
  metrics.missing = U"7\u2013";
  Document doc;
  doc.footer = running_line("Page {page}/{pages}");
  doc.blocks.push_back(block(BlockKind::item, "texte"));
  const auto result = medcert::layout::layout(doc, metrics, small_page());
  CHECK_FALSE(result.value);
  REQUIRE(result.diagnostics.size() == 2);
  CHECK_THAT(result.diagnostics[0].message_en, Catch::Contains("U+2013"));
  CHECK(result.diagnostics[1].path == "footer");
  CHECK_THAT(result.diagnostics[1].message_en, Catch::Contains("U+0037"));
}

TEST_CASE("a value of the running line the font cannot print is reported once, at its source") {
  FakeMetrics metrics;
  metrics.missing = U"\u0436";
  const Run name{"Madame \u0436EXEMPLE", medcert::model::Provenance::computed, FontStyle::regular,
                 Location{"case.yaml", 9, 18}};
  Document doc;
  doc.footer = running_line(" \u2014 page {page}/{pages}");
  doc.footer.insert(doc.footer.begin(), name);
  Block body;
  body.runs.push_back(name);  // the body names her too, from the same value
  doc.blocks.push_back(body);
  const auto result = medcert::layout::layout(doc, metrics, small_page());
  CHECK_FALSE(result.value);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].rule == "L-GLYPH");
  CHECK(result.diagnostics[0].location.line == 9);
  CHECK(result.diagnostics[0].location.column == 18);
}

TEST_CASE("a specimen's watermark is on every page: a diagonal under the text, a banner at top and bottom") {
  Document doc;
  doc.footer = running_line("Page {page}/{pages}");
  for (int i = 0; i < 40; ++i) doc.blocks.push_back(block(BlockKind::paragraph, words("f", i * 8, 8)));
  const Pages plain = lay_out(doc);
  LayoutOptions options = small_page();
  options.watermark = "SPECIMEN";
  const Pages marked = lay_out(doc, options);
  REQUIRE(marked.pages.size() == plain.pages.size());
  REQUIRE(plain.pages.size() > 2);
  for (std::size_t p = 0; p < marked.pages.size(); ++p) {
    INFO("page " << p + 1);
    const auto& texts = marked.pages[p].texts;
    REQUIRE(texts.size() == plain.pages[p].texts.size() + 3);
    // The diagonal first (painted under everything), turned, light grey, centred on the page.
    const auto& diagonal = texts.front();
    CHECK(diagonal.text == "SPECIMEN");
    CHECK(diagonal.angle > 45);
    CHECK(diagonal.angle < 60);
    CHECK(diagonal.gray > 0.5);
    const double radians = diagonal.angle * 3.14159265358979 / 180;
    // The middle of the line, half a capital height (0.35 em) above its baseline.
    const double middle_x = diagonal.x + width(diagonal) / 2 * std::cos(radians) - 0.35 * diagonal.size * std::sin(radians);
    CHECK(middle_x == Approx(70));
    // Two banners, centred, above the header and below the footer, in grey, not turned.
    const auto& top = texts[texts.size() - 2];
    const auto& bottom = texts.back();
    for (const auto* banner : {&top, &bottom}) {
      CHECK(banner->text == "SPECIMEN");
      CHECK(banner->angle == 0);
      CHECK(banner->gray > 0);
      CHECK(banner->x + width(*banner) / 2 == Approx(70));
    }
    CHECK(top.baseline < 20);
    CHECK(bottom.baseline > 180);
    // The certificate's own text is unchanged: black, not turned.
    for (std::size_t i = 1; i + 2 < texts.size(); ++i) {
      CHECK(texts[i].text == plain.pages[p].texts[i - 1].text);
      CHECK(texts[i].gray == 0);
    }
  }
}

TEST_CASE("a watermark the font cannot print is an L-GLYPH error") {
  FakeMetrics metrics;
  metrics.missing = U"\u00C9";
  Document doc;
  doc.blocks.push_back(block(BlockKind::paragraph, "texte"));
  LayoutOptions options = small_page();
  options.watermark = "SP\u00C9CIMEN";
  const auto result = medcert::layout::layout(doc, metrics, options);
  CHECK_FALSE(result.value);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].path == "watermark");
}

TEST_CASE("a certificate that would exceed the page limit is an L-PAGES error, not a huge PDF") {
  Document doc;
  doc.footer = running_line("Page {page}/{pages}");
  // 16 lines a page on the small page: 600 one-line paragraphs need far more than the limit.
  for (int i = 0; i < 600; ++i) doc.blocks.push_back(block(BlockKind::paragraph, words("f", i * 4, 4)));
  const FakeMetrics metrics;
  const auto result = medcert::layout::layout(doc, metrics, small_page());
  CHECK_FALSE(result.value);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].rule == "L-PAGES");
  CHECK_THAT(result.diagnostics[0].message_en, Catch::Contains(std::to_string(medcert::model::kMaxPages)));
}

TEST_CASE("layout is deterministic") {
  Document doc;
  doc.title = "Certificat";
  doc.header = {{Run{"Dr Claire Martin", medcert::model::Provenance::computed, FontStyle::bold, Location{}}}};
  doc.footer = running_line("Page {page}/{pages}");
  doc.blocks.push_back(block(BlockKind::title, "Certificat médical initial"));
  for (int i = 0; i < 25; ++i) doc.blocks.push_back(block(BlockKind::paragraph, words("f", i * 11, 11)));
  doc.blocks.push_back(block(BlockKind::signature, "Lyon, le 20 novembre 2026"));
  const auto a = lay_out(doc);
  const auto b = lay_out(doc);
  REQUIRE(a.pages.size() == b.pages.size());
  CHECK(a.title == "Certificat");
  for (std::size_t p = 0; p < a.pages.size(); ++p) {
    REQUIRE(a.pages[p].texts.size() == b.pages[p].texts.size());
    for (std::size_t i = 0; i < a.pages[p].texts.size(); ++i) {
      const auto &x = a.pages[p].texts[i], &y = b.pages[p].texts[i];
      CHECK((x.text == y.text && x.x == y.x && x.baseline == y.baseline && x.size == y.size && x.style == y.style));
    }
    CHECK(a.pages[p].rects.size() == b.pages[p].rects.size());
  }
  CHECK((a.signature.page == b.signature.page && a.signature.x == b.signature.x && a.signature.y == b.signature.y));
}
