// SPDX-License-Identifier: Apache-2.0
#include "layout/line_breaker.hpp"

#include <algorithm>
#include <stdexcept>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace medcert::layout {

namespace {

/// Points of tolerance: a line that fits up to rounding fits.
constexpr double tolerance = 1e-6;

bool is_trailing_blank(char32_t cp) { return cp == U' ' || cp == U'\n'; }

/// A place where a line may end, in glyph indices; `forced` after a line feed.
struct Opportunity {
  std::size_t at = 0;
  bool forced = false;
};

/// Prefix sums of the glyphs' widths, for the width of any span in constant time.
class Widths {
 public:
  explicit Widths(const std::vector<Glyph>& glyphs) : sums_(glyphs.size() + 1, 0) {
    for (std::size_t i = 0; i < glyphs.size(); ++i) sums_[i + 1] = sums_[i] + glyphs[i].width;
  }
  double of(std::size_t begin, std::size_t end) const { return sums_[end] - sums_[begin]; }

 private:
  std::vector<double> sums_;
};

}  // namespace

std::size_t printed_end(const std::vector<Glyph>& glyphs, const LineSpan& line) {
  std::size_t end = line.end;
  while (end > line.begin && is_trailing_blank(glyphs[end - 1].cp)) --end;
  return end;
}

LineBreaker::LineBreaker() {
  UErrorCode status = U_ZERO_ERROR;
  iterator_.reset(icu::BreakIterator::createLineInstance(icu::Locale::getFrench(), status));
  if (U_FAILURE(status) || !iterator_) throw std::runtime_error("ICU: no French line-break rules");
}

LineBreaker::~LineBreaker() = default;

std::vector<LineSpan> LineBreaker::break_lines(const std::vector<Glyph>& glyphs, double width) {
  // ICU works in UTF-16: remember where each glyph starts to map its boundaries back.
  icu::UnicodeString text;
  std::vector<std::int32_t> starts;
  starts.reserve(glyphs.size());
  for (const auto& glyph : glyphs) {
    starts.push_back(text.length());
    text.append(static_cast<UChar32>(glyph.cp));
  }
  iterator_->setText(text);
  std::vector<Opportunity> opportunities;
  for (std::int32_t b = iterator_->next(); b != icu::BreakIterator::DONE; b = iterator_->next()) {
    const auto status = iterator_->getRuleStatus();
    const auto at = static_cast<std::size_t>(std::lower_bound(starts.begin(), starts.end(), b) - starts.begin());
    opportunities.push_back({at, status >= UBRK_LINE_HARD && status < UBRK_LINE_HARD_LIMIT});
  }

  const Widths widths(glyphs);
  const auto fits = [&](std::size_t begin, std::size_t end) {
    return widths.of(begin, printed_end(glyphs, {begin, end, false})) <= width + tolerance;
  };
  std::vector<LineSpan> lines;
  std::size_t begin = 0;
  auto next = opportunities.begin();
  while (begin < glyphs.size()) {
    while (next != opportunities.end() && next->at <= begin) ++next;
    auto chosen = opportunities.end();
    for (auto o = next; o != opportunities.end() && fits(begin, o->at); ++o) {
      chosen = o;
      if (o->forced) break;
    }
    if (chosen != opportunities.end()) {
      lines.push_back({begin, chosen->at, chosen->forced || chosen->at == glyphs.size()});
      begin = chosen->at;
      continue;
    }
    // Even the first word is too wide: cut it between characters (at least one per line).
    std::size_t end = begin + 1;
    while (end < glyphs.size() && fits(begin, end + 1)) ++end;
    lines.push_back({begin, end, end == glyphs.size()});
    begin = end;
  }
  return lines;
}

}  // namespace medcert::layout
