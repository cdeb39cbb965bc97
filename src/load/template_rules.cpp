// SPDX-License-Identifier: Apache-2.0
#include "load/template_rules.hpp"

#include <algorithm>
#include <set>

#include "load/findings_paths.hpp"
#include "load/scalars.hpp"
#include "load/template_fields.hpp"
#include "model/diag.hpp"
#include "model/spelling.hpp"

namespace medcert::load {
namespace {

const std::vector<std::string> kAppliesTo{"own_text", "quoted"};
const std::vector<std::string> kCapabilities{"itt", "itt_section", "diagnosis", "compatibility"};
const std::vector<std::string> kCompare{"itt_days", "other_person"};
const std::vector<std::string> kNegation{"applies", "exempt"};
const std::vector<std::string> kDangerSeverities{"notice", "off"};
const std::vector<std::string> kDangerAppliesTo{"all", "quoted"};
const std::vector<std::string> kCategories{"facts",     "credibility", "qualification", "author", "mechanism",
                                           "intent",    "dating",      "diagnosis",     "itt",    "compatibility",
                                           "paraphrase", "abbreviation"};

std::vector<model::TemplateText> located_texts(const Slot& slot) {
  std::vector<model::TemplateText> texts;
  for (auto& text : to_text_list(slot)) texts.push_back({std::move(text.value), text.where});
  return texts;
}

std::map<std::string, std::string> read_instead(MapReader m) {
  std::map<std::string, std::string> instead;
  for (const auto& entry : m.entries())
    if (auto text = to_text(m.slot(entry.key))) instead.emplace(entry.key, std::move(text.value));
  return instead;
}

// What a wording rule and a danger prompt share: the id, the words that find it, its source and messages.
void read_words(MapReader& m, model::WordingRule& r) {
  r.where = m.where();
  r.id = required_text(m.slot("id"), "R-C-1");
  r.source = required_text(m.slot("source"), "\"HAS 2011\"");
  r.terms = located_texts(m.slot("terms"));
  r.patterns = located_texts(m.slot("patterns"));
  r.tokens = located_texts(m.slot("tokens"));
  r.unless = located_texts(m.slot("unless"));
  r.negation = one_of(m.slot("negation"), kNegation, r.negation);
  r.message_fr = required_text(m.slot("message_fr"), "\"…\"");
  r.message_en = required_text(m.slot("message_en"), "\"…\"");
}

model::WordingRule read_rule(MapReader m) {
  model::WordingRule r;
  read_words(m, r);
  r.severity = one_of(m.slot("severity"), severities(), r.severity);
  r.applies_to = one_of(m.slot("applies_to"), kAppliesTo, r.applies_to);
  if (const auto capability = m.slot("capability"); capability.value)
    r.capability = one_of(capability, kCapabilities);
  if (const auto category = m.slot("category"); category.value) r.category = one_of(category, kCategories);
  if (const auto compare = m.slot("compare"); compare.value) r.compare = one_of(compare, kCompare);
  if (r.terms.empty() && r.patterns.empty() && r.tokens.empty()) report_missing(m.slot("terms"), "[\"suite à\"]");
  r.instead = read_instead(m.child("instead"));
  m.finish();
  return r;
}

void check_region(const model::TemplateText& region, const model::Vocabulary* regions, Sink& sink,
                  const std::string& path) {
  if (regions && regions->find(region.text)) return;
  const auto suggestion = regions ? model::closest(region.text, regions->codes()) : std::string{};
  sink.error("T-SCHEMA.region", path, region.where,
             {model::param("found", region.text), model::did_you_mean_param(suggestion)});
}

model::DangerPrompt read_danger_prompt(MapReader m, const model::Vocabulary* regions) {
  model::DangerPrompt d;
  auto& r = d.rule;
  read_words(m, r);
  r.category = "danger";
  r.severity = one_of(m.slot("severity"), kDangerSeverities, "notice");
  r.applies_to = one_of(m.slot("applies_to"), kDangerAppliesTo, "all");
  d.present = read_paths(m.slot("present"));
  const auto lesion_regions = m.slot("lesion_regions");
  d.lesion_regions = located_texts(lesion_regions);
  for (const auto& region : d.lesion_regions) check_region(region, regions, m.sink(), lesion_regions.path);
  if (r.terms.empty() && r.patterns.empty() && r.tokens.empty() && d.present.empty() && d.lesion_regions.empty())
    report_missing(m.slot("tokens"), "[\"@étrangler\"]");
  m.finish();
  return d;
}

}  // namespace

std::vector<std::string> read_paths(const Slot& slot) {
  std::vector<std::string> paths;
  for (const auto& item : list_items(slot, "chemins de constatations", "findings paths")) {
    const auto path = to_text(item);
    if (!path) continue;
    const auto& known = findings_paths();
    if (std::find(known.begin(), known.end(), path.value) == known.end()) {
      const auto suggestion = model::closest(path.value, known);
      item.sink->error(suggestion.empty() ? "T-SCHEMA.not_a_field" : "T-SCHEMA.not_a_field_suggestion", item.path,
                       item.where, {model::param("found", path.value), model::did_you_mean_param(suggestion)});
      continue;
    }
    paths.push_back(path.value);
  }
  return paths;
}

std::vector<model::DangerPrompt> read_danger(const Slot& slot, const model::Vocabulary* regions) {
  return read_rules(slot, [regions](MapReader m) { return read_danger_prompt(std::move(m), regions); });
}

const std::vector<std::string>& severities() {
  static const std::vector<std::string> names{"error", "warning", "off"};
  return names;
}

std::vector<model::WordingRule> read_wording(const Slot& slot) { return read_rules(slot, read_rule); }

std::map<std::string, std::vector<model::TemplateText>> read_word_classes(MapReader m) {
  std::map<std::string, std::vector<model::TemplateText>> classes;
  for (const auto& entry : m.entries()) {
    const auto list = m.slot(entry.key);
    auto words = located_texts(list);
    if (words.empty()) report_missing(list, "[mari, conjoint, \"=ex\"]");
    classes.emplace(entry.key, std::move(words));
  }
  m.finish();
  return classes;
}

std::map<std::string, model::BodyScope> read_body_scopes(MapReader m, const model::Vocabulary* regions) {
  std::map<std::string, model::BodyScope> scopes;
  for (const auto& entry : m.entries()) {
    MapReader scope = m.child(entry.key);
    model::BodyScope s{entry.key, required_text(scope.slot("label"), "le pied et la cheville"), {}, entry.key_where};
    const auto list = scope.slot("regions");
    for (const auto& region : located_texts(list)) {
      check_region(region, regions, m.sink(), list.path);
      s.regions.push_back(region.text);
    }
    if (s.regions.empty()) report_missing(list, "[pied, cheville]");
    scope.finish();
    scopes.emplace(entry.key, std::move(s));
  }
  return scopes;
}

}  // namespace medcert::load
