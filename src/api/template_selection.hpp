// SPDX-License-Identifier: Apache-2.0
// Which template a findings document asks for: its `template:` id, or its author's profession.
#pragma once

#include <vector>

#include "model/findings.hpp"
#include "model/result.hpp"
#include "model/template.hpp"

namespace medcert::api {

/// The template matching `findings.template_id`, else the one of `findings.author.profession` (French or
/// English id, label or alias) for the document the findings ask for: the profession's signalement when they
/// have `signalement:`, its certificate otherwise. When none matches: a diagnostic with "did you mean", and no
/// value.
model::Result<const model::Template*> select_template(const std::vector<model::Template>& templates,
                                                      const model::Findings& findings);

/// The certificate template (or, with `signalement`, the signalement template) of a profession given by any of
/// its names (model::Profession::answers_to), or nullptr.
const model::Template* find_by_profession(const std::vector<model::Template>& templates, std::string_view profession,
                                          bool signalement = false);

/// A template by its id, else the certificate template of a profession by any of its names; nullptr when none.
const model::Template* find_template(const std::vector<model::Template>& templates, std::string_view name);

/// Every profession's names, for "did you mean": ids (French, English), then aliases.
std::vector<std::string> profession_names(const std::vector<model::Template>& templates);

}  // namespace medcert::api
