// SPDX-License-Identifier: Apache-2.0
#include "load/template_convert.hpp"

#include <algorithm>
#include <set>

#include "load/conditions.hpp"
#include "load/findings_paths.hpp"
#include "load/scalars.hpp"
#include "load/template_fields.hpp"
#include "load/template_rules.hpp"
#include "model/field_table.hpp"
#include "model/diag.hpp"
#include "model/spelling.hpp"

namespace medcert::load {
namespace {

const std::vector<std::string> kDocumentKinds{"certificat_medical", "certificat_constatation", "attestation_clinique",
                                              "signalement", "information_preoccupante"};
const std::vector<std::string> kPersons{"majeur", "mineur"};
const std::vector<std::string> kCompatibilities{"forbidden", "warn", "allowed"};
const std::vector<std::string> kSignatures{"electronic", "handwritten"};

// The blocks a template may offer: those the field table's rows name.
const std::vector<std::string>& known_blocks() {
  static const std::vector<std::string> blocks = [] {
    std::vector<std::string> out;
    for (const auto& field : model::field_table())
      if (!field.block.empty() && std::find(out.begin(), out.end(), field.block) == out.end())
        out.emplace_back(field.block);
    return out;
  }();
  return blocks;
}
// The whole body; other scopes are the template's own `body_scopes:`.
const std::string kFullBody = "full";
const std::vector<std::string> kBlockKinds{"paragraph", "list", "signature"};

std::vector<model::Condition> read_conditions(const Slot& slot) {
  std::vector<model::Condition> conditions;
  for (const auto& item : list_items(slot, "conditions", "conditions", true))
    if (auto condition = parse_condition(item)) conditions.push_back(std::move(*condition));
  return conditions;
}

void read_header(MapReader m, model::Template& t) {
  t.where = m.where();
  t.id = required_text(m.slot("id"), "medecin.cmi-violences-majeur");
  const auto version_slot = m.slot("version");
  if (!version_slot.value) report_missing(version_slot, "1");
  t.version = to_int(version_slot).value;
  // Resolved by the loader before conversion: only its shape is checked here. An overlay may extend a list of
  // overlays, laid in order (docs/templates.md §6.1).
  const auto extends = m.slot("extends");
  if (extends.value && extends.value->is_sequence()) to_text_list(extends);
  else to_text(extends);
  t.abstract = to_bool(m.slot("abstract")).value;
  to_bool(m.slot("each_profession"));  // laid over each profession by the loader (docs/templates.md §6)
  m.finish();
}

void read_profession(MapReader m, model::Profession& p) {
  p.id = required_text(m.slot("id"), "medecin");
  p.id_en = required_text(m.slot("id_en"), "physician");
  p.label = required_text(m.slot("label"), "médecin");
  p.label_f = to_text(m.slot("label_f")).value;
  for (auto& alias : to_text_list(m.slot("aliases"))) p.aliases.push_back(std::move(alias.value));
  m.finish();
}

// `body_scope` names "full" or one of the template's `body_scopes`.
void read_capabilities(MapReader m, model::Capabilities& c, const std::map<std::string, model::BodyScope>& scopes) {
  c.itt = to_bool(m.slot("itt")).value;
  c.diagnosis = to_bool(m.slot("diagnosis")).value;
  c.compatibility = one_of(m.slot("compatibility"), kCompatibilities, c.compatibility);
  std::vector<std::string> body_scopes{kFullBody};
  for (const auto& entry : scopes) body_scopes.push_back(entry.first);
  c.body_scope = one_of(m.slot("body_scope"), body_scopes, c.body_scope);
  for (const auto& item : list_items(m.slot("blocks"), "blocs de constatations", "findings blocks"))
    c.blocks.push_back(one_of(item, known_blocks()));
  // Taken out of the inherited blocks by the loader (an overlay's, docs/templates.md §6.1): only checked here.
  for (const auto& item : list_items(m.slot("without_blocks"), "blocs de constatations", "findings blocks"))
    one_of(item, known_blocks());
  c.signature = one_of(m.slot("signature"), kSignatures, c.signature);
  // Checked against the template's `diagram_views` vocabulary once it is merged (compose/template_check.cpp).
  for (auto& view : to_text_list(m.slot("diagram_views"))) c.diagram_views.push_back(std::move(view.value));
  m.finish();
}

std::map<std::string, std::string> read_phrases(MapReader m) {
  std::map<std::string, std::string> phrases;
  for (const auto& entry : m.entries())
    if (auto text = to_text(m.slot(entry.key))) phrases.emplace(entry.key, std::move(text.value));
  return phrases;
}

model::Vocabulary read_vocabulary(MapReader m, const std::string& name) {
  model::Vocabulary vocabulary;
  vocabulary.name = name;
  for (const auto& entry : m.entries()) {
    const Slot slot = m.slot(entry.key);
    if (!slot.value || !slot.value->is_mapping()) {
      slot.type_error("un bloc de formes", "a mapping of forms", "F-TYPE.kind_forms");
      continue;
    }
    MapReader forms = as_mapping(slot);
    model::VocabEntry code{entry.key, {}, entry.key_where};
    for (const auto& form : forms.entries())
      if (auto text = to_text(forms.slot(form.key))) code.forms.emplace(form.key, std::move(text.value));
    if (code.forms.find("label") == code.forms.end()) report_missing(forms.slot("label"), "…");
    vocabulary.entries.push_back(std::move(code));
  }
  return vocabulary;
}

std::map<std::string, model::Vocabulary> read_vocabularies(MapReader m) {
  std::map<std::string, model::Vocabulary> vocabularies;
  for (const auto& entry : m.entries()) vocabularies.emplace(entry.key, read_vocabulary(m.child(entry.key), entry.key));
  return vocabularies;
}

// Keys a block of another kind does not use: an error, or the author would wonder why they print nothing.
void check_unused(MapReader& m, const std::vector<std::string_view>& keys, std::string_view kind) {
  for (const auto key : keys) {
    const auto slot = m.slot(key);
    if (!slot.value) continue;
    m.sink().error("T-SCHEMA.unused_key", slot.path, slot.where,
                   {model::param("found", std::string(key)), model::param("kind", std::string(kind))});
  }
}

// `silence:` — its conditions name findings paths, as its fields do.
model::SilenceRule read_silence_rule(MapReader m) {
  model::SilenceRule r;
  r.where = m.where();
  r.id = required_text(m.slot("id"), "R-SI-1");
  r.section = required_text(m.slot("section"), "declarations");
  r.severity = one_of(m.slot("severity"), severities(), r.severity);
  const auto when = m.slot("when");
  r.when = read_conditions(when);
  const auto& known = findings_paths();
  for (const auto& condition : r.when)
    if (std::find(known.begin(), known.end(), condition.variable) == known.end())
      when.sink->error("T-SCHEMA.not_a_field", when.path, condition.where, {model::param("found", condition.variable)});
  const auto fields = m.slot("fields");
  r.fields = read_paths(fields);
  if (r.fields.empty()) report_missing(fields, "[declarations]");
  r.statements = read_paths(m.slot("statements"));
  m.finish();
  return r;
}

model::TemplateBlock read_block(MapReader m) {
  model::TemplateBlock b;
  b.where = m.where();
  const auto id = m.slot("id");
  b.id = required_text(id, "constatations");
  const auto kind = one_of(m.slot("kind"), kBlockKinds, "paragraph");
  b.kind = kind == "list"        ? model::TemplateBlockKind::list
           : kind == "signature" ? model::TemplateBlockKind::signature
                                 : model::TemplateBlockKind::paragraph;
  b.when = read_conditions(m.slot("when"));
  if (b.kind == model::TemplateBlockKind::list) {
    b.each = one_of(m.slot("each"), model::list_fields());
    b.as = to_text(m.slot("as")).value;
    b.intro = to_text(m.slot("intro")).value;
    b.item = required_text(m.slot("item"), "\"{lesion.type|capitalize}.\"");
    b.empty = to_text(m.slot("empty")).value;
    b.numbered = to_bool(m.slot("numbered")).value;
    check_unused(m, {"text"}, kind);
  } else {
    b.text = required_text(m.slot("text"), "\"…\"");
    check_unused(m, {"each", "as", "intro", "item", "empty", "numbered"}, kind);
  }
  m.finish();
  return b;
}

// A text, or a list of parts {id, text} (merged by id across `extends:`) written one after the other.
std::string read_skeleton(const Slot& slot) {
  if (!slot.value || slot.value->is_scalar()) return to_text(slot).value;
  std::string skeleton;
  std::set<std::string> ids;
  for (auto& part : mapping_items(slot, "parties", "parts")) {
    const auto id_slot = part.slot("id");
    check_unique(ids, required_text(id_slot, "auteur"), id_slot);
    skeleton += required_text(part.slot("text"), "|");
    part.finish();
  }
  return skeleton;
}

model::Section read_section(MapReader m) {
  model::Section s;
  s.where = m.where();
  s.id = required_text(m.slot("id"), "constatations");
  s.heading = to_text(m.slot("heading")).value;
  s.when = read_conditions(m.slot("when"));
  const auto blocks = m.slot("blocks");
  std::set<std::string> ids;
  for (auto& block : mapping_items(blocks, "blocs", "blocks")) {
    const auto id_slot = block.slot("id");
    s.blocks.push_back(read_block(std::move(block)));
    check_unique(ids, s.blocks.back().id, id_slot);
  }
  if (s.blocks.empty()) report_missing(blocks, "[{id: …, text: \"…\"}]");
  m.finish();
  return s;
}

}  // namespace

model::Template convert_template(const Node& root, Sink& sink) {
  model::Template t;
  MapReader m(sink, &root, root.where, {});
  read_header(m.child("template"), t);
  read_profession(m.child("profession"), t.profession);
  t.document_kind = one_of(m.slot("document_kind"), kDocumentKinds);
  t.person = one_of(m.slot("person"), kPersons, t.person);
  t.title = required_text(m.slot("title"), "Certificat médical initial");
  t.follow_up_title = to_text(m.slot("follow_up_title")).value;
  t.subtitle = to_text(m.slot("subtitle")).value;
  t.required = read_paths(m.slot("required"));
  t.phrases = read_phrases(m.child("phrases"));
  t.header = [&] {
    std::vector<std::string> lines;
    for (auto& line : to_text_list(m.slot("header"), true)) lines.push_back(std::move(line.value));
    return lines;
  }();
  t.footer = to_text(m.slot("footer")).value;
  t.vocabularies = read_vocabularies(m.child("vocabularies"));
  const auto regions = t.vocabularies.find("regions");
  t.body_scopes =
      read_body_scopes(m.child("body_scopes"), regions == t.vocabularies.end() ? nullptr : &regions->second);
  read_capabilities(m.child("capabilities"), t.capabilities, t.body_scopes);
  t.wording = read_wording(m.slot("wording"));
  t.silence = read_rules(m.slot("silence"), read_silence_rule);
  t.danger = read_danger(m.slot("danger"), regions == t.vocabularies.end() ? nullptr : &regions->second);
  t.word_classes = read_word_classes(m.child("word_classes"));
  const auto sections = m.slot("sections");
  std::set<std::string> ids;
  for (auto& section : mapping_items(sections, "sections", "sections")) {
    const auto id_slot = section.slot("id");
    t.sections.push_back(read_section(std::move(section)));
    check_unique(ids, t.sections.back().id, id_slot);
  }
  if (t.sections.empty()) report_missing(sections, "[{id: …, blocks: […]}]");
  t.skeleton = read_skeleton(m.slot("skeleton"));
  m.finish();
  return t;
}

}  // namespace medcert::load
