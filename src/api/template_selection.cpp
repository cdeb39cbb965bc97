// SPDX-License-Identifier: Apache-2.0
#include "api/template_selection.hpp"


#include "model/diag.hpp"
#include "model/spelling.hpp"

namespace medcert::api {
namespace {

// The adult's document in place of a minor's a folder lacks; the signalement in place of the information
// préoccupante (for an adult, R-SIG-4 then says that it goes to the prosecutor).
std::optional<Document> fallback_of(Document document) {
  switch (document) {
    case Document::information_preoccupante:
      return Document::minor_signalement;
    case Document::minor_signalement:
      return Document::signalement;
    case Document::minor_certificate:
      return Document::certificate;
    case Document::certificate:
    case Document::signalement:
      break;
  }
  return std::nullopt;
}

}  // namespace

Document document_of(const model::Findings& findings) {
  const auto age = model::age_at_examination(findings);
  const bool minor = age && *age < model::kAgeOfMajority;
  if (!findings.signalement) return minor ? Document::minor_certificate : Document::certificate;
  // The cell takes reports on minors only: an adult's stays the signalement, where R-SIG-4 says so.
  if (!minor) return Document::signalement;
  return findings.signalement->addressee.value == "crip" ? Document::information_preoccupante
                                                         : Document::minor_signalement;
}

bool is_document(const model::Template& t, Document document) {
  switch (document) {
    case Document::certificate:
      return !t.is_signalement() && !t.for_minor();
    case Document::minor_certificate:
      return !t.is_signalement() && t.for_minor();
    case Document::signalement:
      return t.document_kind == "signalement" && !t.for_minor();
    case Document::minor_signalement:
      return t.document_kind == "signalement" && t.for_minor();
    case Document::information_preoccupante:
      return t.is_information_preoccupante();
  }
  return false;
}

const model::Template* find_by_profession(const std::vector<model::Template>& templates, std::string_view profession,
                                          Document document) {
  for (const auto& t : templates)
    if (is_document(t, document) && t.profession.answers_to(profession)) return &t;
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
    if (!is_document(t, Document::certificate)) continue;
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
  for (std::optional<Document> document = document_of(findings); document; document = fallback_of(*document)) {
    if (const auto* t = find_by_profession(templates, profession.value, *document)) {
      result.value = t;
      return result;
    }
  }
  if (findings.signalement && find_by_profession(templates, profession.value)) {
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
