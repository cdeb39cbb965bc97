#include "validate/morphology.hpp"

#include <algorithm>
#include <array>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>

#include "validate/fold.hpp"

namespace medcert::validate {
namespace {

constexpr std::array<std::string_view, 19> kTagNames{"v",   "ppas", "ppre", "inf", "verbe_conj", "nom", "adj",
                                                     "adv", "prep", "det",  "pro", "fem",        "mas", "epi",
                                                     "sg",  "pl",   "inv",  "inconnu", "conj"};

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

std::u16string to_u16(const icu::UnicodeString& text) {
  return std::u16string(text.getBuffer(), static_cast<std::size_t>(text.length()));
}

std::u16string spelling_of(std::string_view utf8) {
  auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
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
  // "form<TAB>lemma<TAB>tags" per line; '#' lines are comments. Both words are folded here, once, as
  // the rules' words and the text's words are.
  for (const auto line : split(table->text, '\n')) {
    if (line.empty() || line.front() == '#') continue;
    const auto fields = split(line, '\t');
    if (fields.size() < 3) continue;
    auto lemma = to_u16(fold(fields[1]).text);
    lemmas_.insert(lemma);
    auto& analyses = forms_[to_u16(fold(fields[0]).text)];
    Analysis analysis{std::move(lemma), tags_of(fields[2]), spelling_of(fields[0])};
    const auto same = std::find_if(analyses.begin(), analyses.end(), [&](const Analysis& a) {
      return a.lemma == analysis.lemma && a.spelling == analysis.spelling;
    });
    if (same == analyses.end())
      analyses.push_back(std::move(analysis));
    else
      same->tags |= analysis.tags;
  }
}

std::vector<const Morphology::Analysis*> Morphology::analyses(const std::u16string& folded,
                                                              const std::u16string& spelling) const {
  std::vector<const Analysis*> exact;
  std::vector<const Analysis*> all;
  const auto found = forms_.find(folded);
  if (found == forms_.end()) return all;
  for (const auto& analysis : found->second) {
    all.push_back(&analysis);
    if (analysis.spelling == spelling) exact.push_back(&analysis);
  }
  return exact.empty() ? all : exact;
}

}  // namespace medcert::validate
