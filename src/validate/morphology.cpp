// SPDX-License-Identifier: Apache-2.0
#include "validate/morphology.hpp"

#include <algorithm>
#include <array>
#include <string>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>

#include "validate/fold.hpp"


namespace medcert::validate {
namespace {

constexpr std::array<std::string_view, 18> kTagNames{"v",   "ppas", "ppre", "inf", "verbe_conj", "nom", "adj",
                                                     "adv", "prep", "det",  "pro", "fem",        "mas", "epi",
                                                     "sg",  "pl",   "inv",  "inconnu"};

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == separator) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

icu::UnicodeString unicode_of(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
}

std::string utf8_of(const std::u16string& text) {
  std::string out;
  icu::UnicodeString(text.data(), static_cast<std::int32_t>(text.size())).toUTF8String(out);
  return out;
}

Tags tags_of(std::string_view field) {
  Tags tags = 0;
  for (const auto name : split(field, ' '))
    if (const auto bit = tag_named(name)) tags |= *bit;
  return tags;
}

}  // namespace

std::optional<Tags> tag_named(std::string_view name) {
  const auto found = std::find(kTagNames.begin(), kTagNames.end(), name);
  if (found == kTagNames.end()) return std::nullopt;
  return Tags{1} << static_cast<unsigned>(found - kTagNames.begin());
}

std::u16string spelling_of(std::string_view utf8) {
  auto text = unicode_of(utf8);
  UErrorCode status = U_ZERO_ERROR;
  if (const auto* nfc = icu::Normalizer2::getNFCInstance(status); U_SUCCESS(status)) {
    auto normalized = nfc->normalize(text, status);
    if (U_SUCCESS(status)) text = std::move(normalized);
  }
  text.toLower(icu::Locale::getFrench());
  for (const char16_t mark : {u'\u2019', u'\u2018', u'\u02BC', u'\u2032'}) text.findAndReplace(icu::UnicodeString(mark), icu::UnicodeString(u'\''));
  return to_u16(text);
}

Morphology::Morphology(const model::LexiconTable* table) {
  if (!table) return;
  // The data lines: from the first line that is not a comment; the generator writes them in key order.
  std::string_view text = table->text;
  std::size_t start = 0;
  while (start < text.size() && text[start] == '#') {
    const auto end = text.find('\n', start);
    start = end == std::string_view::npos ? text.size() : end + 1;
  }
  data_ = text.substr(start);
}

std::vector<std::string_view> Morphology::lines_of(const std::u16string& folded) const {
  // A binary search over the bytes: the line that holds a byte starts after the newline before it.
  const auto key = utf8_of(folded);
  const auto line_at = [&](std::size_t at) {
    const auto begin = data_.rfind('\n', at == 0 ? 0 : at - 1);
    const auto first = at == 0 || begin == std::string_view::npos ? 0 : begin + 1;
    const auto end = data_.find('\n', first);
    return data_.substr(first, end == std::string_view::npos ? std::string_view::npos : end - first);
  };
  const auto key_of = [](std::string_view line) { return line.substr(0, line.find('\t')); };
  std::size_t low = 0;
  std::size_t high = data_.size();
  while (low < high) {  // the first line whose key is not below `key` starts in [low, high]
    const auto mid = low + (high - low) / 2;
    const auto line = line_at(mid);
    const auto line_start = static_cast<std::size_t>(line.data() - data_.data());
    if (key_of(line) < key)
      low = line_start + line.size() + 1;
    else
      high = line_start;
  }
  std::vector<std::string_view> found;
  for (std::size_t at = low; at < data_.size();) {
    const auto line = line_at(at);
    if (line.empty() || key_of(line) != key) break;
    found.push_back(line);
    at += line.size() + 1;
  }
  return found;
}

std::vector<Morphology::Analysis> Morphology::analyses(const std::u16string& folded,
                                                       std::string_view written) const {
  std::vector<Analysis> all;
  for (const auto line : lines_of(folded)) {
    const auto fields = split(line, '\t');
    if (fields.size() < 5) continue;
    all.push_back({to_u16(unicode_of(fields[3])), tags_of(fields[4]), to_u16(unicode_of(fields[1]))});
  }
  if (all.empty()) return all;  // most words: no spelling to compute
  auto spelling = spelling_of(written);
  // « l’ », looked up as « l »: the written apostrophe is not part of the form.
  if (!spelling.empty() && spelling.back() == u'\'' && (folded.empty() || folded.back() != u'\'')) spelling.pop_back();
  std::vector<Analysis> exact;
  for (const auto& analysis : all)
    if (analysis.spelling == spelling) exact.push_back(analysis);
  return exact.empty() ? all : exact;
}

bool Morphology::knows(const std::u16string& folded_lemma) const {
  // A lemma is one of its own forms: its lines are under its own key.
  const auto lemma_key = utf8_of(folded_lemma);
  for (const auto line : lines_of(folded_lemma)) {
    const auto fields = split(line, '\t');
    if (fields.size() >= 5 && fields[3] == lemma_key) return true;
  }
  return false;
}

}  // namespace medcert::validate
