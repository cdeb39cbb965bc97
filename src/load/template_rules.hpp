// SPDX-License-Identifier: Apache-2.0
// The parts of a template that validate/ works with as data: the wording rules (`wording:`), the body
// scopes (`body_scopes:`). Their shape is checked here; the patterns themselves are compiled by validate
// (the only stage with ICU), which reports a pattern it cannot compile.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "load/map_reader.hpp"
#include "load/template_fields.hpp"
#include "model/template.hpp"

namespace medcert::load {

/// The severities a template's rule may have: error, warning, off.
const std::vector<std::string>& severities();

inline const std::string& rule_id(const model::WordingRule& rule) { return rule.id; }
inline const std::string& rule_id(const model::SilenceRule& rule) { return rule.id; }
inline const std::string& rule_id(const model::DangerPrompt& prompt) { return prompt.rule.id; }

/// A list of rules merged by id across `extends:` (`wording:`, `silence:`): each mapping read by `read`, its
/// id unique.
template <class Read>
auto read_rules(const Slot& slot, Read read) {
  std::vector<decltype(read(std::declval<MapReader>()))> rules;
  std::set<std::string> ids;
  for (auto& rule : mapping_items(slot, "règles", "rules")) {
    const auto id_slot = rule.slot("id");
    rules.push_back(read(std::move(rule)));
    check_unique(ids, rule_id(rules.back()), id_slot);
  }
  return rules;
}

/// `wording:` — a list of rules merged by id across `extends:`.
std::vector<model::WordingRule> read_wording(const Slot& slot);

/// `danger:` — the danger prompts, merged by id across `extends:`; their regions are codes of `regions`.
std::vector<model::DangerPrompt> read_danger(const Slot& slot, const model::Vocabulary* regions);

/// Findings paths ("pregnancy", "itt.mode"): a path the findings format does not have is T-SCHEMA.
std::vector<std::string> read_paths(const Slot& slot);

/// `word_classes:` — each class a list of lemmas or "=literal" words (docs/templates.md).
std::map<std::string, std::vector<model::TemplateText>> read_word_classes(MapReader m);

/// `body_scopes:` — each scope's label and regions; every region must be a code of `regions`.
std::map<std::string, model::BodyScope> read_body_scopes(MapReader m, const model::Vocabulary* regions);

}  // namespace medcert::load
