#include "validate/morphology.hpp"

#include <algorithm>
#include <array>

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
    Analysis analysis{std::move(lemma), tags_of(fields[2])};
    const auto same = std::find_if(analyses.begin(), analyses.end(),
                                   [&](const Analysis& a) { return a.lemma == analysis.lemma; });
    if (same == analyses.end())
      analyses.push_back(std::move(analysis));
    else
      same->tags |= analysis.tags;  // "frappee" and "frappée" fold alike: one analysis per lemma
  }
}

const std::vector<Morphology::Analysis>* Morphology::analyses(const std::u16string& folded) const {
  const auto found = forms_.find(folded);
  return found == forms_.end() ? nullptr : &found->second;
}

}  // namespace medcert::validate
