// The parts of a template that validate/ works with as data: the wording rules (`wording:`), the body
// scopes (`body_scopes:`). Their shape is checked here; the patterns themselves are compiled by validate
// (the only stage with ICU), which reports a pattern it cannot compile.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "load/map_reader.hpp"
#include "model/template.hpp"

namespace medcert::load {

/// The severities a template's rule may have: error, warning, off.
const std::vector<std::string>& severities();

/// `wording:` — a list of rules merged by id across `extends:`.
std::vector<model::WordingRule> read_wording(const Slot& slot);

/// `word_classes:` — each class a list of lemmas or "=literal" words (docs/templates.md).
std::map<std::string, std::vector<model::TemplateText>> read_word_classes(MapReader m);

/// `body_scopes:` — each scope's label and regions; every region must be a code of `regions`.
std::map<std::string, model::BodyScope> read_body_scopes(MapReader m, const model::Vocabulary* regions);

}  // namespace medcert::load
