// SPDX-License-Identifier: Apache-2.0
#include "validate/fold.hpp"

#include <algorithm>
#include <optional>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uspoof.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace medcert::validate {
namespace {

// Letters NFKD does not decompose, and marks of another shape that mean the same to a reader.
bool fold_special(UChar32 c, icu::UnicodeString& out) {
  switch (c) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x2032: out = u"'"; return true;  // ’ ‘ ʼ ′ → '
    case 0x0153: out = u"oe"; return true;  // œ
    case 0x0152: out = u"OE"; return true;  // Œ
    case 0x00E6: out = u"ae"; return true;  // æ
    case 0x00C6: out = u"AE"; return true;  // Æ
    default: return false;
  }
}

// Horizontal white space of any width: a tab, the no-break, narrow, thin, ideographic spaces… Line breaks
// are not: they end a clause.
bool is_space(UChar32 c) { return c == '\t' || u_charType(c) == U_SPACE_SEPARATOR; }

icu::UnicodeString without_marks(const icu::UnicodeString& piece) {
  icu::UnicodeString kept;
  for (int32_t i = 0; i < piece.length();) {
    const UChar32 part = piece.char32At(i);
    if (u_charType(part) != U_NON_SPACING_MARK) kept.append(part);
    i += U16_LENGTH(part);
  }
  return kept;
}

const USpoofChecker* spoof_checker() {
  // Only read once configured: one checker serves every thread (ICU's thread-safety rules for uspoof).
  static const icu::LocalUSpoofCheckerPointer checker([] {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker* made = uspoof_open(&status);
    return U_SUCCESS(status) ? made : nullptr;
  }());
  return checker.getAlias();
}

// Letters whose skeleton is no ASCII letter either, yet which a reader takes for one: the Greek epsilon and
// the open e read « e », the Cyrillic ka « k ».
bool reads_as_latin(UChar32 c, icu::UnicodeString& out) {
  switch (c) {
    case 0x03B5: case 0x03F5: case 0x025B: out = u"e"; return true;  // ε ϵ ɛ
    case 0x043A: case 0x0138: out = u"k"; return true;  // к ĸ
    default: return false;
  }
}

// The ASCII letters a lower-case letter outside ASCII looks like (ICU's skeleton, UTS #39: Cyrillic « е »
// → « e », Greek « ο » → « o », « ı » → « i »), or nothing when it looks like none. The French letters never
// come here: decomposed and without their accents, they are ASCII already.
std::optional<icu::UnicodeString> look_alike(UChar32 c) {
  icu::UnicodeString latin;
  if (reads_as_latin(c, latin)) return latin;
  const USpoofChecker* checker = spoof_checker();
  if (!checker) return std::nullopt;
  UChar in[2];
  int32_t in_length = 0;
  U16_APPEND_UNSAFE(in, in_length, c);
  constexpr int32_t kCapacity = 16;  // a skeleton of one character is a few units
  UChar out[kCapacity];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t length = uspoof_getSkeleton(checker, 0, in, in_length, out, kCapacity, &status);
  if (U_FAILURE(status)) return std::nullopt;
  latin = without_marks(icu::UnicodeString(out, length)).foldCase();
  for (int32_t i = 0; i < latin.length(); ++i)
    if (latin.charAt(i) < u'a' || latin.charAt(i) > u'z') return std::nullopt;
  if (latin.isEmpty()) return std::nullopt;
  return latin;
}

icu::UnicodeString fold_char(UChar32 c, Fold how) {
  if (c < 0x80 && c != '\t') {  // ASCII needs no decomposition: most of a French text
    const bool upper = c >= 'A' && c <= 'Z' && how == Fold::accents_and_case;
    return icu::UnicodeString(static_cast<UChar32>(upper ? c - 'A' + 'a' : c));
  }
  if (is_space(c)) return icu::UnicodeString(u' ');
  icu::UnicodeString piece;
  if (!fold_special(c, piece)) {
    UErrorCode status = U_ZERO_ERROR;
    // NFKD splits "é" into "e" + accent and turns no-break spaces into plain ones.
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    piece = U_SUCCESS(status) ? nfkd->normalize(icu::UnicodeString(c), status) : icu::UnicodeString(c);
    if (U_FAILURE(status)) piece = icu::UnicodeString(c);
  }
  icu::UnicodeString kept = without_marks(piece);
  if (how != Fold::accents_and_case) return kept;
  kept.foldCase();
  // Lower case first: the skeleton of a capital « І » (Cyrillic) is « l », of « і » is « i ».
  icu::UnicodeString latin;
  for (int32_t i = 0; i < kept.length();) {
    const UChar32 part = kept.char32At(i);
    const auto alike = part >= 0x80 && u_isalpha(part) ? look_alike(part) : std::nullopt;
    latin.append(alike ? *alike : icu::UnicodeString(part));
    i += U16_LENGTH(part);
  }
  return latin;
}

bool word_char(UChar32 c) { return u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_isdigit(c); }

bool opens(char16_t c) { return c == u'«' || c == u'“' || c == u'„' || c == u'"'; }
bool closes_any(char16_t c) { return c == u'»' || c == u'”' || c == u'“' || c == u'"'; }

// Whether `c` closes a quote opened by `mark`: « », “ ”, „ “ (German) or „ ”, " ".
bool closes(char16_t mark, char16_t c) {
  switch (mark) {
    case u'«': return c == u'»';
    case u'“': return c == u'”';
    case u'„': return c == u'“' || c == u'”';
    default: return c == u'"';
  }
}

}  // namespace

std::string_view FoldedText::source_of(std::string_view source, std::int32_t from, std::int32_t to) const {
  if (from >= to || to > static_cast<std::int32_t>(begin.size())) return {};
  const auto first = static_cast<std::size_t>(begin[static_cast<std::size_t>(from)]);
  const auto last = static_cast<std::size_t>(end[static_cast<std::size_t>(to - 1)]);
  return source.substr(first, last - first);
}

FoldedText fold(std::string_view utf8, Fold how) {
  FoldedText out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) c = 0xFFFD;
    const auto piece = fold_char(c, how);
    // A run of spaces is one space: « suite  à » is « suite à » to every rule.
    if (piece.length() == 1 && piece.charAt(0) == u' ' && !out.text.isEmpty() &&
        out.text.charAt(out.text.length() - 1) == u' ') {
      out.end.back() = i;
      continue;
    }
    out.text.append(piece);
    out.begin.insert(out.begin.end(), static_cast<std::size_t>(piece.length()), start);
    out.end.insert(out.end.end(), static_cast<std::size_t>(piece.length()), i);
  }
  return out;
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::u16string to_u16(const icu::UnicodeString& text) {
  return std::u16string(text.getBuffer(), static_cast<std::size_t>(text.length()));
}

std::vector<Word> words_of(const icu::UnicodeString& folded) {
  std::vector<Word> words;
  const auto length = folded.length();
  for (std::int32_t i = 0; i < length;) {
    if (!word_char(folded.char32At(i))) {
      i = folded.moveIndex32(i, 1);
      continue;
    }
    Word word;
    word.begin = i;
    while (i < length && word_char(folded.char32At(i))) i = folded.moveIndex32(i, 1);
    if (i < length && folded.charAt(i) == u'\'') ++i;
    word.end = i;
    folded.extract(word.begin, word.end - word.begin, word.text);
    std::int32_t next = i;
    while (next < length && (u_isUWhiteSpace(folded.charAt(next)) || folded.charAt(next) == u'-')) ++next;
    word.joined_to_next = next >= length || word_char(folded.char32At(next));
    words.push_back(std::move(word));
  }
  return words;
}

QuoteMarks quote_marks(const icu::UnicodeString& folded) {
  QuoteMarks marks;
  std::vector<std::int32_t> open;  // the opening marks not closed yet, innermost last
  std::vector<std::pair<std::int32_t, std::int32_t>> balanced;
  for (std::int32_t i = 0; i < folded.length(); ++i) {
    const char16_t c = folded.charAt(i);
    if (closes_any(c)) {
      // The innermost quote this mark closes: the marks opened inside it and left open are unbalanced.
      const auto closed = std::find_if(open.rbegin(), open.rend(), [&](std::int32_t at) { return closes(folded.charAt(at), c); });
      if (closed != open.rend()) {
        const auto first = closed.base() - 1;
        marks.unclosed.insert(marks.unclosed.end(), first + 1, open.end());
        balanced.emplace_back(*first, i + 1);
        open.erase(first, open.end());
        continue;
      }
      if (!opens(c)) {
        marks.unopened.push_back(i);
        continue;
      }
    }
    if (opens(c)) open.push_back(i);
  }
  marks.unclosed.insert(marks.unclosed.end(), open.begin(), open.end());
  std::sort(marks.unclosed.begin(), marks.unclosed.end());
  // Quotes nest: the outermost balanced ones are the quoted spans.
  std::sort(balanced.begin(), balanced.end());
  for (const auto& quote : balanced)
    if (marks.spans.empty() || quote.first >= marks.spans.back().second) marks.spans.push_back(quote);
  return marks;
}

std::vector<std::pair<std::int32_t, std::int32_t>> quoted_spans(const icu::UnicodeString& folded) {
  return quote_marks(folded).spans;
}

bool SearchText::quoted_at(std::int32_t at) const {
  return std::any_of(quotes.begin(), quotes.end(), [at](const auto& s) { return at >= s.first && at < s.second; });
}

SearchText::SearchText(std::string_view text)
    : source(text), folded(fold(text)), words(words_of(folded.text)), quotes(quoted_spans(folded.text)) {}

}  // namespace medcert::validate
