// SPDX-License-Identifier: Apache-2.0
#include "validate/fold.hpp"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
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

icu::UnicodeString fold_char(UChar32 c, Fold how) {
  if (c < 0x80) {  // ASCII needs no decomposition: most of a French text
    const bool upper = c >= 'A' && c <= 'Z' && how == Fold::accents_and_case;
    return icu::UnicodeString(static_cast<UChar32>(upper ? c - 'A' + 'a' : c));
  }
  icu::UnicodeString piece;
  if (!fold_special(c, piece)) {
    UErrorCode status = U_ZERO_ERROR;
    // NFKD splits "é" into "e" + accent and turns no-break spaces into plain ones.
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    piece = U_SUCCESS(status) ? nfkd->normalize(icu::UnicodeString(c), status) : icu::UnicodeString(c);
    if (U_FAILURE(status)) piece = icu::UnicodeString(c);
  }
  icu::UnicodeString kept;
  for (int32_t i = 0; i < piece.length();) {
    const UChar32 part = piece.char32At(i);
    if (u_charType(part) != U_NON_SPACING_MARK) kept.append(part);
    i += U16_LENGTH(part);
  }
  if (how == Fold::accents_and_case) kept.foldCase();
  return kept;
}

bool word_char(UChar32 c) { return u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_isdigit(c); }

bool opens(char16_t c) { return c == u'«' || c == u'“' || c == u'„'; }
bool closes(char16_t c) { return c == u'»' || c == u'”'; }

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

std::vector<std::pair<std::int32_t, std::int32_t>> quoted_spans(const icu::UnicodeString& folded) {
  std::vector<std::pair<std::int32_t, std::int32_t>> spans;
  std::int32_t open = -1;
  for (std::int32_t i = 0; i < folded.length(); ++i) {
    const char16_t c = folded.charAt(i);
    if (open < 0 && (opens(c) || c == u'"')) {
      open = i;
    } else if (open >= 0 && (closes(c) || c == u'"')) {
      spans.emplace_back(open, i + 1);
      open = -1;
    }
  }
  return spans;
}

bool SearchText::quoted_at(std::int32_t at) const {
  return std::any_of(quotes.begin(), quotes.end(), [at](const auto& s) { return at >= s.first && at < s.second; });
}

SearchText::SearchText(std::string_view text)
    : source(text), folded(fold(text)), words(words_of(folded.text)), quotes(quoted_spans(folded.text)) {}

}  // namespace medcert::validate
