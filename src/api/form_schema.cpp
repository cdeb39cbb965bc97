// SPDX-License-Identifier: Apache-2.0
#include "api/form_schema.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "model/field_table.hpp"

namespace medcert::api {
namespace {

using Json = nlohmann::ordered_json;

// The form's name of a template vocabulary: its own, except two the form names in the plural. Derived, so that
// a new coded field of the table needs no entry here.
std::string form_vocabulary(std::string_view template_name) {
  if (template_name == "civility") return "civilities";
  if (template_name == "identity") return "identities";
  return std::string(template_name);
}

// The form's widget for a row: a paragraph gets a text area, except in a list's row, which stays compact.
const char* widget(const model::FieldSpec& field, bool in_row) {
  using K = model::ValueKind;
  if (!field.vocabulary.empty()) return "select";
  if (field.path == "photos[].file") return "photo";  // a file chosen in the browser, sent with the render request
  switch (field.kind) {
    case K::lines: return "lines";
    case K::date: return "date";
    case K::datetime:
    case K::date_or_datetime: return "datetime";
    case K::integer:
    case K::number: return "number";
    case K::boolean: return "checkbox";
    default: break;
  }
  return !in_row && field.text_kind == model::TextKind::paragraph ? "textarea" : "text";
}

bool is_mapping(const model::FieldSpec& field) {
  using K = model::ValueKind;
  return field.kind == K::group || field.kind == K::section || field.kind == K::section_list;
}

// A word of the table in `lang`: the English one when there is one.
std::string_view in(Language lang, std::string_view fr, std::string_view en) {
  return lang == Language::en && !en.empty() ? en : fr;
}

// A field as the form shows it, all its words from the table: a section's field is named by its findings
// path, a row's by its key in the row ("size.length_cm"). "required": the template's `required:` list for a
// section's field, the table's "yes" for a row's (a lesion's type).
Json form_field(const model::FieldSpec& field, const model::Template& tmpl, bool in_row, Language lang) {
  const std::string path(field.path);
  Json f = {{in_row ? "key" : "path", in_row ? path.substr(path.find("[].") + 3) : "findings." + path},
            {"label", in(lang, field.label_fr, field.label_en)},
            {"kind", widget(field, in_row)}};
  if (!field.vocabulary.empty()) f["vocabulary"] = form_vocabulary(field.vocabulary);
  if (!field.unit.empty()) f["unit"] = in(lang, field.unit, field.unit_en);
  if (const auto help = in(lang, field.help_fr, field.help_en); !help.empty()) f["help"] = help;
  if (!in_row && field.authorship == model::Authorship::quoted) f["quoted"] = true;  // printed verbatim
  const bool required = in_row ? field.required == "yes"
                               : std::find(tmpl.required.begin(), tmpl.required.end(), path) != tmpl.required.end();
  if (required) f["required"] = true;
  return f;
}

// The regions the profession examines: all of them, or those of its body scope (and "dents" for teeth).
bool in_scope(const model::Template& tmpl, const std::string& region) {
  const auto scope = tmpl.body_scopes.find(tmpl.capabilities.body_scope);
  if (tmpl.capabilities.body_scope == "full" || scope == tmpl.body_scopes.end()) return true;
  const auto& regions = scope->second.regions;
  return std::find(regions.begin(), regions.end(), region) != regions.end();
}

bool has_vocabulary(const model::Template& tmpl, const char* name) { return tmpl.vocabularies.count(name) != 0; }

Json vocabularies(const model::Template& tmpl, Language lang) {
  Json all = Json::object();
  // The vocabularies the field table's coded fields take their values from, each once, in the table's order.
  std::vector<std::string_view> names;
  for (const auto& field : model::field_table())
    if (!field.vocabulary.empty() && std::find(names.begin(), names.end(), field.vocabulary) == names.end())
      names.push_back(field.vocabulary);
  for (const auto template_name : names) {
    const auto found = tmpl.vocabularies.find(std::string(template_name));
    if (found == tmpl.vocabularies.end()) continue;
    if (template_name == "itt_modes" && !tmpl.capabilities.itt) continue;
    const std::string schema_name = form_vocabulary(template_name);
    Json entries = Json::array();
    for (const auto& entry : found->second.entries) {
      if (template_name == "regions" && !in_scope(tmpl, entry.code)) continue;
      entries.push_back({{"id", entry.code}, {"label", entry.label(lang)}});
    }
    all[schema_name] = std::move(entries);
  }
  return all;
}

// Whether the form offers a row to this template's profession: the tooth to those who name teeth (a dentist),
// the ITT (and the initial document's, which a follow-up recalls) to those who may state one, a profession's
// block (pregnancy, dental, care_reason) to the professions whose template has it; never what medcert or the
// chosen profession sets.
bool offered(const model::FieldSpec& field, const model::Template& tmpl) {
  if (!field.in_form || !tmpl.capabilities.offers(field.block)) return false;
  if (field.path == "itt" || field.path == "follow_up.initial.itt_days") return tmpl.capabilities.itt;
  if (field.path == "lesions[].tooth") return has_vocabulary(tmpl, "teeth") && in_scope(tmpl, "dents");
  return true;
}

// The section of a top-level row: a mapping with its values (a list of mappings: one row per element), a
// list of texts, or a value alone under its own label.
Json section_of(const model::FieldSpec& top, const model::Template& tmpl, Language lang) {
  using K = model::ValueKind;
  const std::string id(top.path);
  Json s = {{"id", id}, {"label", in(lang, top.label_fr, top.label_en)}};
  const bool in_row = top.kind == K::section_list;
  if (in_row || top.kind == K::text_list) {
    s["kind"] = in_row ? "rows" : "list";
    s["path"] = "findings." + id;
    s["item_label"] = in(lang, top.item_label_fr, top.item_label_en);
    if (!in_row) s["quoted"] = top.authorship == model::Authorship::quoted;
    if (const auto help = in(lang, top.help_fr, top.help_en); !help.empty()) s["help"] = help;
    if (!in_row) return s;
  }
  Json fields = Json::array();
  if (!is_mapping(top)) fields.push_back(form_field(top, tmpl, false, lang));
  const std::string prefix = id + (in_row ? "[]." : ".");
  for (const auto& field : model::field_table())
    if (field.path.substr(0, prefix.size()) == prefix && !is_mapping(field) && offered(field, tmpl))
      fields.push_back(form_field(field, tmpl, in_row, lang));
  s["fields"] = std::move(fields);
  return s;
}

// The author is madame or monsieur (the agreement of « soussigné(e) »), never « neutre »; the browser may
// remember the author's identity.
void adapt_author(Json& author, const model::Template& tmpl, Language lang) {
  author["remember"] = true;
  for (auto& field : author["fields"]) {
    if (field["path"] != "findings.author.civility") continue;
    field.erase("vocabulary");
    field["options"] = Json::array();
    const auto vocabulary = tmpl.vocabularies.find("civility");
    for (const char* code : {"madame", "monsieur"})
      if (const auto* entry = vocabulary == tmpl.vocabularies.end() ? nullptr : vocabulary->second.find(code))
        field["options"].push_back({{"id", code}, {"label", entry->label(lang)}});
  }
}

// A path as SVG's `d` attribute, in the view's units: the form draws the same lines as the annex.
std::string svg_path(const model::Path& path) {
  std::string d;
  for (const auto& op : path) {
    using K = model::PathOp::Kind;
    const auto& p = op.points;
    if (!d.empty()) d += ' ';
    switch (op.kind) {
      case K::move: d += fmt::format("M {} {}", p[0].x, p[0].y); break;
      case K::line: d += fmt::format("L {} {}", p[0].x, p[0].y); break;
      case K::curve: d += fmt::format("C {} {} {} {} {} {}", p[0].x, p[0].y, p[1].x, p[1].y, p[2].x, p[2].y); break;
      case K::close: d += 'Z'; break;
    }
  }
  return d;
}

Json svg_paths(const std::vector<model::Path>& paths) {
  Json out = Json::array();
  for (const auto& path : paths) out.push_back(svg_path(path));
  return out;
}

// The views the template offers (capabilities.diagram_views, in its order), for the form to draw and to place a
// lesion's marker by a click: its anchors say which region, side and face a point stands for.
Json diagram_views(const model::Template& tmpl, const model::Diagrams& diagrams, Language lang) {
  Json views = Json::array();
  for (const auto& id : tmpl.capabilities.diagram_views) {
    const auto* view = diagrams.find(id);
    if (!view) continue;
    Json labels = Json::array();
    for (const auto& label : view->labels)
      labels.push_back({{"text", label.text}, {"x", label.x}, {"y", label.y}, {"size", label.size}});
    Json anchors = Json::array();
    for (const auto& anchor : view->anchors) {
      Json a = {{"region", anchor.region}, {"side", anchor.side}, {"faces", anchor.faces}, {"x", anchor.x}, {"y", anchor.y}};
      if (!anchor.tooth.empty()) a["tooth"] = anchor.tooth;
      anchors.push_back(std::move(a));
    }
    views.push_back({{"id", view->id},
                     {"label", in(lang, view->label, view->label_en)},
                     {"alternative", view->alternative},
                     {"width", view->width},
                     {"height", view->height},
                     {"outline", svg_paths(view->outline)},
                     {"details", svg_paths(view->details)},
                     {"labels", std::move(labels)},
                     {"anchors", std::move(anchors)}});
  }
  return views;
}

}  // namespace

std::string form_schema(const model::Template& tmpl, const model::Diagrams& diagrams, Language lang) {
  const auto& caps = tmpl.capabilities;
  Json sections = Json::array();
  for (const auto& top : model::field_table()) {
    const bool top_level = top.path.find_first_of(".[") == std::string_view::npos;
    if (!top_level || !offered(top, tmpl)) continue;
    sections.push_back(section_of(top, tmpl, lang));
    if (top.path == "author") adapt_author(sections.back(), tmpl, lang);
  }
  const Json schema = {{"template", tmpl.id},
                       {"profession", tmpl.profession.id},
                       {"language", lang == Language::en ? "en" : "fr"},
                       {"title", tmpl.title},
                       {"kind", tmpl.document_kind},
                       {"capabilities",
                        {{"itt", caps.itt},
                         {"diagnosis", caps.diagnosis},
                         {"compatibility", caps.compatibility},
                         {"body_scope", caps.body_scope}}},
                       {"sections", std::move(sections)},
                       {"vocabularies", vocabularies(tmpl, lang)},
                       {"diagram_views", diagram_views(tmpl, diagrams, lang)}};
  return schema.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace medcert::api
