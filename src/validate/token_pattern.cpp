// SPDX-License-Identifier: Apache-2.0
#include "validate/token_pattern.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "model/catalogue.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

constexpr std::size_t kFewChoices = 6;

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  for (const char c : text) {
    if (c == separator) {
      if (!part.empty()) parts.push_back(std::move(part));
      part.clear();
    } else {
      part += c;
    }
  }
  if (!part.empty()) parts.push_back(std::move(part));
  return parts;
}

std::vector<std::u16string> folded_words(std::string_view utf8) {
  std::vector<std::u16string> words;
  for (const auto& word : words_of(fold(utf8).text)) words.push_back(to_u16(word.text));
  return words;
}

bool atom_matches(const TokenPattern::Atom& atom, const Token& token) {
  using Kind = TokenPattern::Atom::Kind;
  switch (atom.kind) {
    case Kind::any: return true;
    case Kind::number: return token.digits;
    case Kind::name: return token.capital && !token.digits;
    case Kind::literal: return token.id == atom.word;
    case Kind::lemma:
      if (atom.tags == 0 && token.id == atom.word) return true;
      return std::any_of(token.readings.begin(), token.readings.end(), [&](const Token::Reading& r) {
        return r.lemma == atom.word && (r.tags & atom.tags) == atom.tags;
      });
  }
  return false;
}

// Reports a problem of one pattern of a rule, at the pattern in the template.
class Problems {
 public:
  Problems(const model::TemplateText& written, const std::string& rule_id, Diagnostics& out)
      : written_(written), rule_id_(rule_id), out_(out) {}

  // `message_id`'s catalogue pattern is the problem; the pattern and its rule frame it (T-SCHEMA.pattern).
  void add(std::string_view message_id, std::vector<MessageParam> params = {}) {
    Diagnostic problem;
    problem.message_id = message_id;
    problem.params = std::move(params);
    out_.push_back(report(Severity::error, "T-SCHEMA.pattern", fmt::format("wording.{}.tokens", rule_id_), written_.where,
                          {param("pattern", written_.text), param("wording_rule", rule_id_),
                           param("problem", model::render_message(problem, Language::fr, model::Rendering::file),
                                 model::render_message(problem, Language::en, model::Rendering::file))}));
    out_.back().rule = model::rule_of(message_id);
    ok_ = false;
  }
  bool ok() const { return ok_; }

 private:
  const model::TemplateText& written_;
  const std::string& rule_id_;
  Diagnostics& out_;
  bool ok_ = true;
};

struct Parser {
  const model::Template& tmpl;
  const Morphology& morphology;
  TokenPattern::Context& context;
  Problems& problems;
  WordIds& ids = context.ids;

  // Folding costs an ICU call a character: a word the patterns name many times is folded once.
  const std::vector<std::u16string>& folded(std::string_view utf8) {
    auto found = context.folded.find(utf8);
    if (found == context.folded.end()) found = context.folded.emplace(std::string(utf8), folded_words(utf8)).first;
    return found->second;
  }

  std::optional<Tags> tags_of(const std::string& name) {
    if (name.empty()) return Tags{0};
    const auto tag = tag_named(name);
    if (!tag)
      problems.add("T-SCHEMA.part_of_speech", {param("name", name)});
    return tag;
  }

  // A lemma the rules name must be in the table, or the rule would silently catch only its base form.
  TokenPattern::Atom lemma(const std::u16string& folded, const std::string& written, Tags tags) {
    if (!morphology.knows(folded))
      problems.add("T-LEXICON", {param("name", written)});
    return {TokenPattern::Atom::Kind::lemma, ids.add(folded), tags};
  }

  // A class entry: "=mot" a literal form; "mot" a lemma; several words: each a lemma or, when the table
  // does not know it, a literal ("mis en cause").
  TokenPattern::Sequence entry(const std::string& written, Tags tags) {
    TokenPattern::Sequence sequence;
    const bool literal = !written.empty() && written.front() == '=';
    const auto& words = folded(literal ? std::string_view(written).substr(1) : std::string_view(written));
    for (const auto& word : words) {
      if (literal)
        sequence.push_back({TokenPattern::Atom::Kind::literal, ids.add(word), 0});
      else if (words.size() == 1)
        sequence.push_back(lemma(word, written, tags));
      else
        sequence.push_back({TokenPattern::Atom::Kind::lemma, ids.add(word), 0});
    }
    return sequence;
  }

  void alternative(const std::string& text, std::vector<TokenPattern::Sequence>& choices) {
    const auto colon = text.find(':', 1);
    const std::string head = colon == std::string::npos ? text : text.substr(0, colon);
    const auto tags = tags_of(colon == std::string::npos ? std::string{} : text.substr(colon + 1));
    if (!tags) return;
    if (head == "*") {
      choices.push_back({{TokenPattern::Atom::Kind::any, WordIds::kNone, 0}});
    } else if (head == "#") {
      choices.push_back({{TokenPattern::Atom::Kind::number, WordIds::kNone, 0}});
    } else if (head == "^") {
      choices.push_back({{TokenPattern::Atom::Kind::name, WordIds::kNone, 0}});
    } else if (head.size() > 2 && head.front() == '<' && head.back() == '>') {
      const auto name = head.substr(1, head.size() - 2);
      const auto key = colon == std::string::npos ? name : name + text.substr(colon);
      if (const auto cached = context.classes.find(key); cached != context.classes.end()) {
        choices.insert(choices.end(), cached->second.begin(), cached->second.end());
        return;
      }
      const auto found = tmpl.word_classes.find(name);
      if (found == tmpl.word_classes.end()) {
        problems.add("T-SCHEMA.word_class", {param("name", name)});
        return;
      }
      auto& expanded = context.classes[key];
      for (const auto& word : found->second) expanded.push_back(entry(word.text, *tags));
      choices.insert(choices.end(), expanded.begin(), expanded.end());
    } else if (head.size() > 1 && head.front() == '@') {
      const auto& words = folded(std::string_view(head).substr(1));
      if (words.size() != 1) {
        problems.add("T-SCHEMA.one_word_lemma", {param("name", head)});
        return;
      }
      choices.push_back({lemma(words.front(), head.substr(1), *tags)});
    } else {
      auto sequence = entry("=" + head, 0);
      if (sequence.empty())
        problems.add("T-SCHEMA.empty_element", {param("name", head)});
      else
        choices.push_back(std::move(sequence));
    }
  }
};

}  // namespace

std::optional<TokenPattern> TokenPattern::compile(const model::TemplateText& written, const std::string& rule_id,
                                                  const model::Template& tmpl, const Morphology& morphology,
                                                  Context& context, Diagnostics& problems) {
  Problems found(written, rule_id, problems);
  Parser parser{tmpl, morphology, context, found};
  TokenPattern pattern;
  for (auto text : split(written.text, ' ')) {
    Element element;
    if (text.size() > 1 && text.back() == '?') {
      element.optional = true;
      text.pop_back();
    }
    if (text.size() > 1 && text.front() == '!') {
      element.negated = true;
      text.erase(0, 1);
    }
    if (text == "«") {
      element.quote = true;
    } else if (text.size() > 1 && text.front() == '~') {
      int gap = 0;
      const auto [end, error] = std::from_chars(text.data() + 1, text.data() + text.size(), gap);
      if (error != std::errc{} || end != text.data() + text.size() || gap < 1 || gap > 15)
        found.add("T-SCHEMA.gap");
      element.gap = gap;
    } else {
      for (const auto& alternative : split(text, '|')) parser.alternative(alternative, element.choices);
    }
    for (std::size_t i = 0; i < element.choices.size(); ++i) {
      const auto& first = element.choices[i].front();
      if (first.kind == Atom::Kind::literal || first.kind == Atom::Kind::lemma)
        element.by_first[first.word].push_back(i);
      else
        element.unkeyed.push_back(i);
    }
    pattern.elements_.push_back(std::move(element));
  }
  if (pattern.elements_.empty()) found.add("T-SCHEMA.empty_pattern");
  if (!found.ok()) return std::nullopt;
  return pattern;
}

std::vector<std::size_t> TokenPattern::sequence_ends(const Sequence& sequence, const std::vector<Token>& tokens,
                                                     std::size_t at, int clause, bool quoted) const {
  if (at + sequence.size() > tokens.size()) return {};
  for (std::size_t k = 0; k < sequence.size(); ++k) {
    const Token& token = tokens[at + k];
    if (token.clause != clause || token.quoted != quoted || !atom_matches(sequence[k], token)) return {};
  }
  return {at + sequence.size()};
}

template <class F>
bool TokenPattern::any_candidate(const Element& e, const Token& token, F&& f) {
  // A few choices are faster tried one by one than looked up.
  if (e.choices.size() <= kFewChoices) {
    for (std::size_t i = 0; i < e.choices.size(); ++i)
      if (f(i)) return true;
    return false;
  }
  for (const auto i : e.unkeyed)
    if (f(i)) return true;
  // The token's own number and its lemmas' (a word may be a lemma of itself: tried once).
  std::uint32_t tried[8];
  std::size_t count = 0;
  const auto visit = [&](std::uint32_t id) {
    if (id == WordIds::kNone || std::find(tried, tried + count, id) != tried + count) return false;
    if (count < std::size(tried)) tried[count++] = id;
    const auto found = e.by_first.find(id);
    if (found == e.by_first.end()) return false;
    return std::any_of(found->second.begin(), found->second.end(), f);
  };
  if (visit(token.id)) return true;
  return std::any_of(token.readings.begin(), token.readings.end(), [&](const Token::Reading& r) { return visit(r.lemma); });
}

bool TokenPattern::match_from(const std::vector<Token>& tokens, std::size_t element, std::size_t at, int clause,
                              bool quoted, std::size_t& end) const {
  if (element == elements_.size()) {
    end = at;
    return true;
  }
  const Element& e = elements_[element];
  if (e.quote) {
    if (at >= tokens.size() || !tokens[at].quoted || quoted) return false;
    end = at;
    return true;
  }
  const auto same_clause = [&](std::size_t i) {
    return i < tokens.size() && tokens[i].clause == clause && tokens[i].quoted == quoted;
  };
  if (e.gap > 0) {
    for (std::size_t skip = 0; skip <= static_cast<std::size_t>(e.gap); ++skip) {
      if (skip > 0 && !same_clause(at + skip - 1)) break;
      if (match_from(tokens, element + 1, at + skip, clause, quoted, end)) return true;
    }
    return false;
  }
  if (e.negated) {
    if (!same_clause(at)) return e.optional && match_from(tokens, element + 1, at, clause, quoted, end);
    const bool excluded = any_candidate(e, tokens[at], [&](std::size_t i) {
      return !sequence_ends(e.choices[i], tokens, at, clause, quoted).empty();
    });
    return !excluded && match_from(tokens, element + 1, at + 1, clause, quoted, end);
  }
  if (at < tokens.size() && any_candidate(e, tokens[at], [&](std::size_t i) {
        for (const auto next : sequence_ends(e.choices[i], tokens, at, clause, quoted))
          if (match_from(tokens, element + 1, next, clause, quoted, end)) return true;
        return false;
      }))
    return true;
  return e.optional && match_from(tokens, element + 1, at, clause, quoted, end);
}

bool TokenPattern::matches_at(const std::vector<Token>& tokens, std::size_t at) const {
  std::size_t end = 0;
  return at < tokens.size() && match_from(tokens, 0, at, tokens[at].clause, tokens[at].quoted, end) && end > at;
}

std::vector<std::pair<std::size_t, std::size_t>> TokenPattern::find(const std::vector<Token>& tokens) const {
  std::vector<std::pair<std::size_t, std::size_t>> found;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::size_t end = 0;
    if (match_from(tokens, 0, i, tokens[i].clause, tokens[i].quoted, end) && end > i) {
      found.emplace_back(i, end);
      i = end - 1;
    }
  }
  return found;
}

}  // namespace medcert::validate
