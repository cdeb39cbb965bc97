// SPDX-License-Identifier: Apache-2.0
#include "compose/template_check.hpp"

#include <limits>
#include <set>

#include <fmt/format.h>

#include "compose/conditions.hpp"
#include "compose/template_string.hpp"
#include "model/diag.hpp"
#include "model/field_table.hpp"
#include "model/spelling.hpp"

namespace medcert::compose {
namespace {

using model::Condition;

class TemplateCheck {
 public:
  TemplateCheck(const model::Template& tmpl, const Variables& variables, const model::Findings& findings,
                Diagnostics& out)
      : tmpl_(tmpl), findings_(findings), variables_(variables), scope_(variables), out_(out) {}

  void run() {
    for (std::size_t i = 0; i < tmpl_.header.size(); ++i)
      check(tmpl_.header[i], context(scope_, tmpl_.where, fmt::format("header[{}]", i), true), out_);
    Context footer = context(scope_, tmpl_.where, "footer");
    footer.passed_through = kPageNumbers;
    check(tmpl_.footer, footer, out_);
    check(tmpl_.title, context(scope_, tmpl_.where, "title"), out_);
    check(tmpl_.follow_up_title, context(scope_, tmpl_.where, "follow_up_title"), out_);
    check(tmpl_.subtitle, context(scope_, tmpl_.where, "subtitle"), out_);
    for (const auto& section : tmpl_.sections) {
      const std::string path = "sections." + section.id;
      conditions(section.when, scope_, path, section.where);
      check(section.heading, context(scope_, section.where, path + ".heading"), out_);
      for (const auto& block : section.blocks) check_block(block, path + ".blocks." + block.id);
    }
  }

 private:
  Context context(const Scope& scope, const Location& where, std::string path, bool multiline = false) const {
    return Context{scope, tmpl_.phrases, where, std::move(path), multiline, {}};
  }

  void conditions(const std::vector<Condition>& when, const Scope& scope, const std::string& path,
                  const Location& where) {
    check_conditions(when, scope, path, where, out_);
    for (const auto& condition : when) {
      if (condition.op != Condition::Op::equals && condition.op != Condition::Op::not_equals) continue;
      const Value* value = scope.find(condition.variable);
      if (!value || value->vocabulary.empty()) continue;
      const auto vocabulary = tmpl_.vocabularies.find(value->vocabulary);
      // A vocabulary the template lacks is reported once, by check_template_at_start.
      if (vocabulary == tmpl_.vocabularies.end() || vocabulary->second.find(condition.value)) continue;
      const auto suggestion = model::closest(condition.value, vocabulary->second.codes());
      out_.push_back(model::error("T-VOCABULARY.condition", path + ".when",
                                  condition.where.line > 0 ? condition.where : where,
                                  {model::param("found", condition.value), model::param("vocabulary", value->vocabulary),
                                   model::param("variable", condition.variable),
                                   model::did_you_mean_param(suggestion)}));
    }
  }

  void check_block(const model::TemplateBlock& block, const std::string& path) {
    conditions(block.when, scope_, path, block.where);
    if (block.kind != model::TemplateBlockKind::list) {
      check(block.text, context(scope_, block.where, path + ".text"), out_);
      return;
    }
    if (!is_list(block.each)) {
      out_.push_back(model::error("T-SCHEMA.each", path + ".each", block.where, {model::param("found", block.each)}));
      return;
    }
    const Variables none =
        item_variables(block.each, block.as, std::numeric_limits<std::size_t>::max(), tmpl_, findings_);
    const Scope item(variables_, &none);
    check(block.intro, context(scope_, block.where, path + ".intro"), out_);
    check(block.item, context(item, block.where, path + ".item"), out_);
    check(block.empty, context(scope_, block.where, path + ".empty"), out_);
  }

  const model::Template& tmpl_;
  const model::Findings& findings_;
  const Variables& variables_;
  const Scope scope_;
  Diagnostics& out_;
};

// The vocabularies only the fields of a block the template does not print use (a certificate has no
// signalement route): findings holding them are refused (R-SC-2), so the template needs not define them.
std::set<std::string> unoffered_vocabularies(const model::Template& tmpl) {
  std::set<std::string> offered, unoffered;
  for (const auto& spec : model::field_table()) {
    if (spec.vocabulary.empty()) continue;
    (tmpl.capabilities.offers(spec.block) ? offered : unoffered).insert(std::string(spec.vocabulary));
  }
  for (const auto& name : offered) unoffered.erase(name);
  return unoffered;
}

// The vocabularies the coded variables of the document and of every list the template goes through need.
std::set<std::string> needed_vocabularies(const model::Template& tmpl, const Variables& document,
                                          const model::Findings& none) {
  std::set<std::string> needed;
  const auto unoffered = unoffered_vocabularies(tmpl);
  const auto add = [&needed, &unoffered](const Variables& variables) {
    for (const auto& [name, value] : variables)
      if (!value.vocabulary.empty() && !unoffered.count(value.vocabulary)) needed.insert(value.vocabulary);
  };
  add(document);
  for (const auto& section : tmpl.sections)
    for (const auto& block : section.blocks)
      if (block.kind == model::TemplateBlockKind::list && is_list(block.each))
        add(item_variables(block.each, block.as, std::numeric_limits<std::size_t>::max(), tmpl, none));
  return needed;
}

}  // namespace

void check_template(const model::Template& tmpl, const Variables& variables, const model::Findings& findings,
                    Diagnostics& out) {
  TemplateCheck(tmpl, variables, findings, out).run();
}

Diagnostics check_template_at_start(const model::Template& tmpl) {
  Diagnostics out;
  if (tmpl.abstract) return out;
  const model::Findings none;
  const Variables variables = document_variables(tmpl, none);
  for (const auto& name : needed_vocabularies(tmpl, variables, none)) {
    if (tmpl.vocabularies.count(name)) continue;
    out.push_back(model::error("T-VOCABULARY", "vocabularies." + name, tmpl.where,
                               {model::param("template", tmpl.id), model::param("vocabulary", name)}));
  }
  // The views a profession offers are codes of its vocabulary, which the form and the messages name them by.
  const auto views = tmpl.vocabularies.find("diagram_views");
  for (const auto& view : tmpl.capabilities.diagram_views)
    if (views == tmpl.vocabularies.end() || !views->second.find(view))
      out.push_back(model::error("T-VOCABULARY.diagram_view", "capabilities.diagram_views", tmpl.where,
                                 {model::param("template", tmpl.id), model::param("view", view)}));
  check_template(tmpl, variables, none, out);
  return out;
}

}  // namespace medcert::compose
