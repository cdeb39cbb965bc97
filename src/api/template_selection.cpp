// SPDX-License-Identifier: Apache-2.0
#include "api/template_selection.hpp"


#include "model/diag.hpp"
#include "model/spelling.hpp"

namespace medcert::api {
const model::Template* find_by_profession(const std::vector<model::Template>& templates, std::string_view profession,
                                          bool signalement) {
  for (const auto& t : templates)
    if (t.is_signalement() == signalement && t.profession.answers_to(profession)) return &t;
  return nullptr;
}

const model::Template* find_template(const std::vector<model::Template>& templates, std::string_view name) {
  for (const auto& t : templates)
    if (t.id == name) return &t;
  return find_by_profession(templates, name);
}

std::vector<std::string> profession_names(const std::vector<model::Template>& templates) {
  std::vector<std::string> names;
  for (const auto& t : templates) {
    if (t.is_signalement()) continue;
    auto of_one = t.profession.names();
    names.insert(names.end(), of_one.begin(), of_one.end());
  }
  return names;
}

model::Result<const model::Template*> select_template(const std::vector<model::Template>& templates,
                                                      const model::Findings& findings) {
  model::Result<const model::Template*> result;
  if (findings.template_id) {
    std::vector<std::string> ids;
    for (const auto& t : templates) {
      if (t.id == findings.template_id.value) {
        result.value = &t;
        return result;
      }
      ids.push_back(t.id);
    }
    const auto suggestion = model::closest(findings.template_id.value, ids);
    result.diagnostics.push_back(model::error("F-TEMPLATE.template", findings.template_id.path, findings.template_id.where,
        {model::param("found", findings.template_id.value),
         model::param("did_you_mean", model::did_you_mean_fr(suggestion), model::did_you_mean_en(suggestion))}));
    return result;
  }
  const auto& profession = findings.author.profession;
  if (!profession) {
    result.diagnostics.push_back(model::error("R-ID-1.profession", profession.path, profession.where));
    return result;
  }
  const bool signalement = findings.signalement.has_value();
  if (const auto* t = find_by_profession(templates, profession.value, signalement)) {
    result.value = t;
    return result;
  }
  if (signalement && find_by_profession(templates, profession.value)) {
    result.diagnostics.push_back(model::error("F-TEMPLATE.no_signalement", findings.signalement->path,
                                              findings.signalement->where, {model::param("found", profession.value)}));
    return result;
  }
  const auto suggestion = model::closest(profession.value, profession_names(templates));
  result.diagnostics.push_back(model::error("F-TEMPLATE.profession", profession.path, profession.where,
        {model::param("found", profession.value),
         model::param("did_you_mean", model::did_you_mean_fr(suggestion), model::did_you_mean_en(suggestion))}));
  return result;
}

}  // namespace medcert::api
