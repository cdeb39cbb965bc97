// SPDX-License-Identifier: Apache-2.0
#include "validate/lexicon.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

// A pattern's match neither starts nor ends inside a word: a word character at its edge may not touch
// another one. (Lookarounds rather than \b so that a pattern ending in an apostrophe, "qu'", still matches;
// \w rather than \p{L}, whose set ICU would rebuild at every compilation, at a cost of milliseconds.)
constexpr std::string_view kLead = R"((?:(?<!\w)|(?!\w)))";
constexpr std::string_view kTrail = R"((?:(?!\w)|(?<!\w)))";

std::shared_ptr<const icu::RegexPattern> compile_expression(const std::string& expression, UErrorCode& status) {
  UParseError where{};
  const auto text = icu::UnicodeString::fromUTF8(fmt::format("{}(?:{}){}", kLead, expression, kTrail));
  return std::shared_ptr<const icu::RegexPattern>(
      icu::RegexPattern::compile(text, UREGEX_CASE_INSENSITIVE, where, status));
}

Diagnostic pattern_problem(const model::WordingRule& rule, const model::TemplateText& written, UErrorCode status) {
  return report(Severity::error, "T-SCHEMA.regex", fmt::format("wording.{}.patterns", rule.id), written.where,
                {param("pattern", written.text), param("wording_rule", rule.id), param("status", u_errorName(status))});
}

// The rule's patterns as one expression; when ICU refuses it, each pattern alone tells which are wrong.
std::shared_ptr<const icu::RegexPattern> compile_patterns(const model::WordingRule& rule, Diagnostics& problems) {
  std::vector<std::string> expressions;
  for (const auto& written : rule.patterns)
    expressions.push_back("(?:" + to_utf8(fold(written.text, Fold::accents).text) + ")");
  UErrorCode status = U_ZERO_ERROR;
  auto all = compile_expression(fmt::format("{}", fmt::join(expressions, "|")), status);
  if (U_SUCCESS(status)) return all;
  std::vector<std::string> good;
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    UErrorCode alone = U_ZERO_ERROR;
    compile_expression(expressions[i], alone);
    if (U_SUCCESS(alone))
      good.push_back(expressions[i]);
    else
      problems.push_back(pattern_problem(rule, rule.patterns[i], alone));
  }
  status = U_ZERO_ERROR;
  all = good.empty() ? nullptr : compile_expression(fmt::format("{}", fmt::join(good, "|")), status);
  return U_SUCCESS(status) ? all : nullptr;
}

// The term's words from `first` on, each joined to the next by spaces or hyphens only.
bool term_at(const std::vector<Word>& words, std::size_t first, const std::vector<icu::UnicodeString>& term) {
  if (first + term.size() > words.size()) return false;
  for (std::size_t k = 0; k < term.size(); ++k) {
    if (words[first + k].text != term[k]) return false;
    if (k + 1 < term.size() && !words[first + k].joined_to_next) return false;
  }
  return true;
}

}  // namespace

std::vector<TokenPattern> compile_tokens(const std::vector<model::TemplateText>& written, const model::WordingRule& rule,
                                         const model::Template& tmpl, const Morphology& morphology,
                                         TokenPattern::Context& context, Diagnostics& problems) {
  std::vector<TokenPattern> patterns;
  for (const auto& text : written)
    if (auto pattern = TokenPattern::compile(text, rule.id, tmpl, morphology, context, problems))
      patterns.push_back(std::move(*pattern));
  return patterns;
}

std::optional<Lexicon> Lexicon::compile(const model::WordingRule& rule, const model::Template& tmpl,
                                        const Morphology& morphology, TokenPattern::Context& context,
                                        Diagnostics& problems) {
  Lexicon lexicon;
  for (const auto& written : rule.terms) {
    Term term;
    for (auto& word : words_of(fold(written.text).text)) term.push_back(std::move(word.text));
    if (!term.empty()) lexicon.terms_[term.front()].push_back(std::move(term));
  }
  // Longest first, so that "lors de l'agression" is reported rather than a shorter term inside it.
  for (auto& [first, terms] : lexicon.terms_)
    std::stable_sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  if (!rule.patterns.empty()) lexicon.patterns_ = compile_patterns(rule, problems);
  lexicon.tokens_ = compile_tokens(rule.tokens, rule, tmpl, morphology, context, problems);
  lexicon.unless_ = compile_tokens(rule.unless, rule, tmpl, morphology, context, problems);
  // An ITT compared with the section reads « pas d'ITT » as a nil one: it needs the negation words too.
  lexicon.exempt_negated_ = rule.negation == "exempt";
  if (lexicon.exempt_negated_ || !rule.compare.empty())
    lexicon.negation_ = TokenPattern::compile({"<negation>", rule.where}, rule.id, tmpl, morphology, context, problems);
  if (lexicon.terms_.empty() && !lexicon.patterns_ && lexicon.tokens_.empty()) return std::nullopt;
  return lexicon;
}

bool Lexicon::negated(const std::vector<Token>& tokens, std::int32_t at, std::size_t reach) const {
  if (!negation_) return false;
  // The first token of the match: the negation words are looked for before it, in its clause.
  const auto first = token_at(tokens, at);
  if (first == tokens.end()) return false;
  const auto index = static_cast<std::size_t>(first - tokens.begin());
  for (std::size_t back = 1; back <= reach && back <= index; ++back) {
    const std::size_t before = index - back;
    if (tokens[before].clause != first->clause) break;
    if (negation_->matches_at(tokens, before)) return true;
  }
  return false;
}

void Lexicon::keep_unexempted(const std::vector<Token>& tokens,
                              std::vector<std::pair<std::int32_t, std::int32_t>>& found) const {
  if (found.empty()) return;
  std::vector<std::pair<std::int32_t, std::int32_t>> cancelled;
  for (const auto& pattern : unless_)
    for (const auto& [first, end] : pattern.find(tokens)) cancelled.emplace_back(tokens[first].begin, tokens[end - 1].end);
  std::erase_if(found, [&](const auto& match) {
    const bool overlapped = std::any_of(cancelled.begin(), cancelled.end(), [&](const auto& c) {
      return c.first < match.second && match.first < c.second;
    });
    return overlapped || (exempt_negated_ && negated(tokens, match.first));
  });
}

std::vector<std::pair<std::int32_t, std::int32_t>> Lexicon::matches(const SearchText& text,
                                                                    const std::vector<Token>& tokens) const {
  std::vector<std::pair<std::int32_t, std::int32_t>> found;
  for (const auto& pattern : tokens_)
    for (const auto& [first, end] : pattern.find(tokens)) found.emplace_back(tokens[first].begin, tokens[end - 1].end);
  if (!terms_.empty()) {
    const auto& words = text.words;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const auto candidates = terms_.find(words[i].text);
      if (candidates == terms_.end()) continue;
      for (const auto& term : candidates->second) {
        if (!term_at(words, i, term)) continue;
        found.emplace_back(words[i].begin, words[i + term.size() - 1].end);
        i += term.size() - 1;
        break;
      }
    }
  }
  if (patterns_) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(patterns_->matcher(text.folded.text, status));
    while (U_SUCCESS(status) && matcher->find(status)) {
      const auto start = matcher->start(status);
      const auto end = matcher->end(status);
      if (U_SUCCESS(status) && start < end) found.emplace_back(start, end);
    }
  }
  keep_unexempted(tokens, found);
  std::stable_sort(found.begin(), found.end());
  return found;
}

std::vector<std::pair<std::int32_t, std::int32_t>> Lexicon::spans(const SearchText& text,
                                                                   const std::vector<Token>& tokens,
                                                                   Region region) const {
  auto found = matches(text, tokens);
  std::erase_if(found, [&](const auto& match) {
    const bool quoted = region != Region::whole && text.quoted_at(match.first);
    return (region == Region::outside_quotes && quoted) || (region == Region::inside_quotes && !quoted);
  });
  // Matches of one rule that overlap are one wording, shown once: « suite à » within « suite à une
  // dispute », « cicatrice ancienne » and « ancienne de dix ans ».
  std::sort(found.begin(), found.end());
  std::vector<std::pair<std::int32_t, std::int32_t>> merged;
  for (const auto& match : found) {
    if (!merged.empty() && match.first < merged.back().second)
      merged.back().second = std::max(merged.back().second, match.second);
    else
      merged.push_back(match);
  }
  return merged;
}

std::vector<std::string> Lexicon::find(const SearchText& text, const std::vector<Token>& tokens,
                                       Region region) const {
  std::vector<std::string> words;
  for (const auto& [start, end] : spans(text, tokens, region)) {
    std::string word(text.folded.source_of(text.source, start, end));
    if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(std::move(word));
  }
  return words;
}

}  // namespace medcert::validate
