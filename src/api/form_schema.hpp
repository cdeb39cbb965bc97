// SPDX-License-Identifier: Apache-2.0
// A profession's template → the schema from which the browser builds its form (web/form.js): one section
// per top-level row of the field table (model/field_table.hpp), its fields, labels and help from the
// table, in the language asked for; the template's vocabularies with their labels, its capabilities, and the
// body diagram's views it offers (drawn by the form, where a click places a lesion's marker).
// Behind Engine::form_schema (include/medcert/engine.hpp).
#pragma once

#include <string>

#include <medcert/diagnostics.hpp>

#include "model/diagram.hpp"
#include "model/template.hpp"

namespace medcert::api {

/// The form schema of one template, as JSON text (docs/api.md, "The form schema"). The ITT section is there
/// only when the profession may state one; the regions are those of the profession's field of competence
/// (capabilities.body_scope). Labels and help in `lang`; the certificate's title stays French.
std::string form_schema(const model::Template& tmpl, const model::Diagrams& diagrams, Language lang);

}  // namespace medcert::api
