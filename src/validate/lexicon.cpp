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
  return report(Severity::error, "T-SCHEMA", fmt::format("wording.{}.patterns", rule.id), written.where,
                fmt::format("L'expression régulière « {} » de la règle {} ne se compile pas ({}) : corrigez-la dans "
                            "le modèle (syntaxe ICU, docs/templates.md).",
                            written.text, rule.id, u_errorName(status)),
                fmt::format("Regular expression `{}` of rule {} does not compile ({}): fix it in the template (ICU "
                            "syntax, docs/templates.md).",
                            written.text, rule.id, u_errorName(status)));
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

bool inside(const std::vector<std::pair<std::int32_t, std::int32_t>>& spans, std::int32_t at) {
  return std::any_of(spans.begin(), spans.end(), [at](const auto& s) { return at >= s.first && at < s.second; });
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

std::optional<Lexicon> Lexicon::compile(const model::WordingRule& rule, Diagnostics& problems) {
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
  if (lexicon.terms_.empty() && !lexicon.patterns_) return std::nullopt;
  return lexicon;
}

std::vector<std::pair<std::int32_t, std::int32_t>> Lexicon::matches(const SearchText& text) const {
  std::vector<std::pair<std::int32_t, std::int32_t>> found;
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
  std::stable_sort(found.begin(), found.end());
  return found;
}

std::vector<std::string> Lexicon::find(const SearchText& text, Region region) const {
  std::vector<std::string> words;
  for (const auto& [start, end] : matches(text)) {
    const bool quoted = region != Region::whole && inside(text.quotes, start);
    if ((region == Region::outside_quotes && quoted) || (region == Region::inside_quotes && !quoted)) continue;
    std::string word(text.folded.source_of(text.source, start, end));
    if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(std::move(word));
  }
  return words;
}

}  // namespace medcert::validate
