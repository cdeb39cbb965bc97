// SPDX-License-Identifier: Apache-2.0
// Which template a findings document asks for: its `template:` id, or its author's profession.
#pragma once

#include <vector>

#include <medcert/engine.hpp>

#include "model/findings.hpp"
#include "model/result.hpp"
#include "model/template.hpp"

namespace medcert::api {

/// The template matching `findings.template_id`, else the one of `findings.author.profession` (French or
/// English id, label or alias) for the document the findings ask for (`document_of`). A minor's document
/// missing from the folder falls back to the adult's, which R-MN-1 then refuses. When none matches: a
/// diagnostic with "did you mean", and no value.
model::Result<const model::Template*> select_template(const std::vector<model::Template>& templates,
                                                      const model::Findings& findings);

/// The document findings ask for: a signalement with `signalement:` (an information préoccupante when it is
/// addressed to the `crip`), a certificate otherwise; a minor's when the person is under 18 on the
/// examination's date.
Document document_of(const model::Findings& findings);

/// Whether a template is that document.
bool is_document(const model::Template& t, Document document);

/// A profession's template (given by any of its names, model::Profession::answers_to) for that document, or
/// nullptr.
const model::Template* find_by_profession(const std::vector<model::Template>& templates, std::string_view profession,
                                          Document document = Document::certificate);

/// A template by its id, else the certificate template of a profession by any of its names; nullptr when none.
const model::Template* find_template(const std::vector<model::Template>& templates, std::string_view name);

/// Every profession's names, for "did you mean": ids (French, English), then aliases.
std::vector<std::string> profession_names(const std::vector<model::Template>& templates);

}  // namespace medcert::api
