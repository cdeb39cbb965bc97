// SPDX-License-Identifier: Apache-2.0
// The wording rules of reference §4.2 (R-A-*, R-C-*, R-D-1, R-P-1, R-Q-*, R-L-3/5, R-ITT-1/5/7, R-AB-1):
// their words and patterns are the template's data; this file only knows how to apply a rule, how to
// compare an ITT written in the text with the ITT section, and how to word the diagnostic.
#include "validate/wording.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "validate/authored_texts.hpp"
#include "validate/checks.hpp"
#include "validate/duration_text.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

bool applies_to_quotes(const model::WordingRule& rule) { return rule.applies_to == "quoted"; }

// What the rule's `instead:` suggests for a word found, compared as the rules compare (folded).
std::string instead_of(const model::WordingRule& rule, const std::string& word) {
  const auto folded = fold(word).text;
  for (const auto& [term, replacement] : rule.instead)
    if (fold(term).text == folded) return replacement;
  return {};
}

std::string words_fr(const WordingFinding& finding) {
  std::vector<std::string> parts;
  for (const auto& word : finding.words) {
    const auto instead = instead_of(*finding.rule, word);
    parts.push_back(instead.empty() ? fmt::format("« {} »", word)
                                    : fmt::format("« {} » (écrivez « {} »)", word, instead));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string words_en(const WordingFinding& finding) {
  std::vector<std::string> parts;
  for (const auto& word : finding.words) {
    const auto instead = instead_of(*finding.rule, word);
    parts.push_back(instead.empty() ? fmt::format("\"{}\"", word)
                                    : fmt::format("\"{}\" (write \"{}\")", word, instead));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

Diagnostic diagnostic(const WordingFinding& finding, const model::Text& text) {
  // The rule and its message are the template's; the catalogue only joins the words to the message.
  const auto& rule = *finding.rule;
  auto d = report(finding.severity, "common.wording", text,
                  {param("words", model::french_typography(words_fr(finding)), words_en(finding)),
                   param("message", model::french_typography(rule.message_fr), rule.message_en)});
  d.rule = rule.id;
  return d;
}

}  // namespace

std::optional<Severity> severity_for(const model::WordingRule& rule, const model::Capabilities& capabilities) {
  const auto named = [](const std::string& severity) -> std::optional<Severity> {
    if (severity == "error") return Severity::error;
    if (severity == "warning") return Severity::warning;
    return std::nullopt;
  };
  if (rule.capability == "itt") return capabilities.itt ? std::nullopt : named(rule.severity);
  if (rule.capability == "itt_section") return capabilities.itt ? named(rule.severity) : std::nullopt;
  if (rule.capability == "diagnosis") return capabilities.diagnosis ? std::nullopt : named(rule.severity);
  if (rule.capability == "compatibility") {
    if (capabilities.compatibility == "forbidden") return Severity::error;
    if (capabilities.compatibility == "warn") return Severity::warning;
    return std::nullopt;
  }
  return named(rule.severity);
}

WordingChecker::WordingChecker(const model::Template& tmpl) : morphology_(tmpl.lexicon.get()) {
  for (const auto& rule : tmpl.wording) {
    const auto severity = severity_for(rule, tmpl.capabilities);
    if (!severity) continue;
    if (auto lexicon = Lexicon::compile(rule, tmpl, morphology_, patterns_, problems_))
      rules_.push_back({&rule, *severity, std::move(*lexicon)});
  }
  for (const auto& prompt : tmpl.danger) {
    if (prompt.rule.severity == "off") continue;
    danger_prompts_.push_back(&prompt);
    if (auto lexicon = Lexicon::compile(prompt.rule, tmpl, morphology_, patterns_, problems_))
      danger_words_.push_back({&prompt.rule, Severity::notice, std::move(*lexicon)});
  }
}

WordingChecker::WordingChecker(const model::Template& tmpl, Diagnostics& problems) : WordingChecker(tmpl) {
  problems.insert(problems.end(), problems_.begin(), problems_.end());
}

std::vector<WordingFinding> WordingChecker::find(const SearchText& prepared, const std::vector<Token>& tokens,
                                                 bool own) const {
  std::vector<WordingFinding> findings;
  for (const auto& compiled : rules_) {
    const bool on_quotes = applies_to_quotes(*compiled.rule);
    if ((!own && !on_quotes) || !compiled.rule->compare.empty()) continue;
    const Region region = !own ? Region::whole : on_quotes ? Region::inside_quotes : Region::outside_quotes;
    auto words = compiled.lexicon.find(prepared, tokens, region);
    if (!words.empty()) findings.push_back({compiled.rule, compiled.severity, std::move(words)});
  }
  return findings;
}

std::vector<WordingFinding> WordingChecker::own_text(std::string_view text, const Comparison* facts) const {
  // The text is cut into tokens once for both kinds of rule.
  const SearchText prepared(text);
  const auto tokens = tokens_of(prepared, morphology_, patterns_.ids);
  auto findings = find(prepared, tokens, true);
  if (facts) compare(prepared, tokens, *facts, findings);
  return findings;
}

std::vector<WordingFinding> WordingChecker::quoted(std::string_view text) const {
  const SearchText prepared(text);
  return find(prepared, tokens_of(prepared, morphology_, patterns_.ids), false);
}

std::vector<WordingFinding> WordingChecker::danger(std::string_view text, bool person_words) const {
  const SearchText prepared(text);
  const auto tokens = tokens_of(prepared, morphology_, patterns_.ids);
  std::vector<WordingFinding> findings;
  for (const auto& compiled : danger_words_) {
    const bool quoted_only = compiled.rule->applies_to == "quoted";
    const Region region = person_words || !quoted_only ? Region::whole : Region::inside_quotes;
    auto words = compiled.lexicon.find(prepared, tokens, region);
    if (!words.empty()) findings.push_back({compiled.rule, compiled.severity, std::move(words)});
  }
  return findings;
}

void WordingChecker::compare(const SearchText& prepared, const std::vector<Token>& tokens, const Comparison& facts,
                             std::vector<WordingFinding>& findings) const {
  const std::string_view text = prepared.source;
  for (const auto& compiled : rules_) {
    const auto& compare = compiled.rule->compare;
    if (compare.empty()) continue;
    WordingFinding finding{compiled.rule, compiled.severity, {}};
    for (const auto& [start, end] : compiled.lexicon.spans(prepared, tokens, Region::outside_quotes)) {
      const auto first = token_at(tokens, start);
      const auto last = std::find_if(first, tokens.end(), [end = end](const Token& t) { return t.end >= end; });
      if (first == tokens.end() || last == tokens.end()) continue;
      std::string words(prepared.folded.source_of(text, start, end));
      if (compare == "itt_days") {
        auto stated = days_after(tokens, static_cast<std::size_t>(last - tokens.begin()));
        if (!stated) stated = days_before(tokens, static_cast<std::size_t>(first - tokens.begin()));
        // « pas d'ITT », « aucune ITT »: the negation right before it; « il ne se confond pas avec l'ITT » is none.
        if (!stated && compiled.lexicon.negated(tokens, start, 2)) stated = 0;
        if (stated && stated != facts.itt_days) finding.words.push_back(fmt::format("{} ({})", words, *stated));
      } else if (compare == "other_person") {
        // A capitalised word of the match that is one of the person's own names: she is named, nobody else.
        const bool herself = std::any_of(first, last + 1, [&](const Token& t) {
          return t.capital && std::find(facts.person_names.begin(), facts.person_names.end(), t.text) != facts.person_names.end();
        });
        if (!herself) finding.words.push_back(std::move(words));
      }
    }
    if (!finding.words.empty()) findings.push_back(std::move(finding));
  }
}

Comparison comparison_of(const model::Findings& findings) {
  Comparison facts;
  if (findings.itt && findings.itt->mode.value == "fixed" && findings.itt->days) facts.itt_days = findings.itt->days.value;
  for (const auto* name : {&findings.patient.family_name, &findings.patient.birth_name, &findings.patient.given_names})
    for (const auto& word : words_of(fold(name->value).text)) facts.person_names.push_back(to_u16(word.text));
  return facts;
}

void check_wording(const WordingChecker& checker, const model::Findings& findings, Diagnostics& out) {
  out.insert(out.end(), checker.problems().begin(), checker.problems().end());
  const auto facts = comparison_of(findings);
  for (const auto* text : own_texts(findings)) {
    for (const auto& finding : checker.own_text(text->value, &facts)) out.push_back(diagnostic(finding, *text));
  }
  for (const auto* text : quoted_texts(findings))
    for (const auto& finding : checker.quoted(text->value)) out.push_back(diagnostic(finding, *text));
}

}  // namespace medcert::validate
