// SPDX-License-Identifier: Apache-2.0
#include "validate/tokens.hpp"

#include <algorithm>

#include <unicode/uchar.h>

namespace medcert::validate {
namespace {

// What ends a clause between two words: a sentence or clause mark, a line break, a quote.
bool ends_clause(char16_t c) {
  switch (c) {
    case u'.': case u';': case u':': case u'!': case u'?': case u'\n': case u'\u2026':
    case u'«': case u'»': case u'“': case u'”': case u'„': case u'"':
      return true;
    default:
      return false;
  }
}

// « M. Ferreira »: the dot of a civility's abbreviation ends no clause.
bool civility_abbreviation(const std::u16string& word) {
  return word == u"m" || word == u"mr" || word == u"mme" || word == u"mlle" || word == u"me";
}

bool single_letter(const Word& word) { return word.end - word.begin == 1 && u_isalpha(word.text.char32At(0)); }

bool all_digits(const icu::UnicodeString& text) {
  for (std::int32_t i = 0; i < text.length(); ++i)
    if (!u_isdigit(text.charAt(i))) return false;
  return text.length() > 0;
}

}  // namespace

std::uint32_t WordIds::add(const std::u16string& word) {
  return ids_.try_emplace(word, static_cast<std::uint32_t>(ids_.size())).first->second;
}

std::uint32_t WordIds::find(const std::u16string& word) const {
  const auto found = ids_.find(word);
  return found == ids_.end() ? kNone : found->second;
}

std::vector<Token>::const_iterator token_at(const std::vector<Token>& tokens, std::int32_t at) {
  return std::find_if(tokens.begin(), tokens.end(), [at](const Token& t) { return t.end > at; });
}

std::vector<Token> tokens_of(const SearchText& text, const Morphology& morphology, const WordIds& ids) {
  const auto& folded = text.folded.text;
  std::vector<Token> tokens;
  int clause = 0;
  std::int32_t previous_end = 0;
  for (std::size_t i = 0; i < text.words.size(); ++i) {
    const Word& word = text.words[i];
    Token token;
    token.text = to_u16(word.text);
    token.begin = word.begin;
    token.end = word.end;
    token.quoted = text.quoted_at(word.begin);
    token.digits = all_digits(word.text);
    // "i.t.t." — single letters each followed by a dot — read as one abbreviation.
    std::size_t last = i;
    while (single_letter(text.words[last]) && last + 1 < text.words.size() &&
           single_letter(text.words[last + 1]) && text.words[last + 1].begin == text.words[last].end + 1 &&
           folded.charAt(text.words[last].end) == u'.')
      ++last;
    if (last > i) {
      token.text.clear();
      for (std::size_t k = i; k <= last; ++k) token.text += to_u16(text.words[k].text);
      token.end = text.words[last].end;
      // Its final dot is part of it, not the end of a sentence.
      if (token.end < folded.length() && folded.charAt(token.end) == u'.') ++token.end;
      i = last;
    }
    const bool after_civility = !tokens.empty() && civility_abbreviation(tokens.back().text);
    for (std::int32_t at = previous_end; at < token.begin; ++at)
      if (ends_clause(folded.charAt(at)) && !(after_civility && folded.charAt(at) == u'.')) {
        ++clause;
        break;
      }
    token.clause = clause;
    token.id = ids.find(token.text);
    const auto source = text.folded.source_of(text.source, token.begin, token.end);
    token.capital = !source.empty() && u_isupper(icu::UnicodeString::fromUTF8(source.substr(0, 4)).char32At(0));
    auto analyses = morphology.analyses(token.text, source);
    if (analyses.empty() && !token.text.empty() && token.text.back() == u'\'')
      analyses = morphology.analyses(token.text.substr(0, token.text.size() - 1), source);
    for (const auto& analysis : analyses)
      if (const auto lemma = ids.find(analysis.lemma); lemma != WordIds::kNone) token.readings.push_back({lemma, analysis.tags});
    previous_end = token.end;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

}  // namespace medcert::validate
