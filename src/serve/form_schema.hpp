// A profession's template → the schema from which the browser builds its form (web/form.js): one section
// per top-level row of the field table (model/field_table.hpp), its fields, labels and help from the
// table, in French; the template's vocabularies with their labels, its capabilities.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "model/template.hpp"

namespace medcert::serve {

/// {"professions": [{id, id_en, label, template, title}, ...]}, in the templates' order.
nlohmann::ordered_json professions_json(const std::vector<model::Template>& templates);

/// The form schema of one template. The ITT section is there only when the profession may state one;
/// the regions are those of the profession's field of competence (capabilities.body_scope).
nlohmann::ordered_json form_schema(const model::Template& tmpl);

}  // namespace medcert::serve
