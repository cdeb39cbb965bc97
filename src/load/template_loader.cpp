// SPDX-License-Identifier: Apache-2.0
// Templates (formats.md §2): every *.yaml of a directory and of its subdirectories, `extends:` chains
// resolved on the trees, then converted. Abstract templates serve only as parents.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "load/data_files.hpp"
#include "load/load.hpp"
#include "load/parse_yaml.hpp"
#include "load/template_convert.hpp"
#include "load/template_merge.hpp"
#include "model/diag.hpp"
#include "model/spelling.hpp"

namespace medcert::load {
namespace {

// The directory's own files first, then each subdirectory's (professions/, common/), each sorted.
std::vector<std::string> template_files(const Environment& env, const std::string& dir) {
  std::vector<std::string> files = yaml_files(env, dir);
  for (const auto& sub : env.list_subdirectories(dir)) {
    const auto more = yaml_files(env, join_path(dir, sub));
    files.insert(files.end(), more.begin(), more.end());
  }
  return files;
}

// The folder's morphological table, when it has one: the wording rules check that it knows their lemmas.
std::shared_ptr<const model::LexiconTable> read_lexicon(const Environment& env, const std::string& dir) {
  const auto file = join_path(join_path(dir, "wording"), "lexique-fr.tsv");
  auto text = env.read_file(file);
  if (!text) return nullptr;
  return std::make_shared<const model::LexiconTable>(model::LexiconTable{std::move(*text), file});
}

// One file, before `extends:` is resolved.
struct Source {
  std::string file;
  Node tree;
  std::string id;
  std::optional<Node> extends;  // the parent's id, as written
  bool abstract = false;
  bool each_profession = false;  // an overlay: merged over every profession's concrete template
};

// A template with its parents merged in, and the files it came from (most derived first).
struct Resolved {
  Node tree;
  std::vector<std::string> chain;
};

std::optional<Source> read_source(const Environment& env, const std::string& file, Sink& sink) {
  auto tree = read_mapping(env, file, kConfigSize, {"F-SYNTAX.unreadable", "T-SCHEMA.template_kind"}, sink);
  if (!tree) return std::nullopt;
  Source source{file, std::move(*tree), {}, std::nullopt, false};
  const auto* header = source.tree.find("template");
  if (!header || !header->value.is_mapping() || header->value.text_of("id").empty()) {
    sink.error("T-SCHEMA.template_id", "template.id", header ? header->key_where : source.tree.where);
    return std::nullopt;
  }
  source.id = header->value.text_of("id");
  if (const auto* extends = header->value.find("extends"); extends && !extends->value.is_null())
    source.extends = extends->value;
  source.abstract = header->value.text_of("abstract") == "true";
  source.each_profession = header->value.text_of("each_profession") == "true";
  // An overlay may extend another overlay only (checked once the sources are read): it is laid after it.
  if (source.each_profession && source.abstract) {
    sink.error("T-SCHEMA.each_profession", "template.each_profession", header->value.find("each_profession")->key_where);
    return std::nullopt;
  }
  return source;
}

class Resolver {
 public:
  Resolver(const std::map<std::string, Source>& sources, Sink& sink) : sources_(sources), sink_(sink) {}

  /// Nullopt when the chain is broken (reported once, where it breaks).
  const std::optional<Resolved>& resolve(const std::string& id) {
    static const std::optional<Resolved> broken;
    if (const auto done = done_.find(id); done != done_.end()) return done->second;
    if (const auto open = std::find(visiting_.begin(), visiting_.end(), id); open != visiting_.end()) {
      report_cycle(std::vector<std::string>(open, visiting_.end()), id);
      return broken;
    }
    const Source& source = sources_.at(id);
    std::optional<Resolved> resolved;
    if (!source.extends) {
      resolved = Resolved{source.tree, {source.file}};
    } else if (const auto* parent = parent_of(source)) {
      visiting_.push_back(id);
      const auto& base = resolve(parent->id);
      visiting_.pop_back();
      if (base) {
        resolved = Resolved{extend(base->tree, source.tree, sink_), {source.file}};
        resolved->chain.insert(resolved->chain.end(), base->chain.begin(), base->chain.end());
      }
    }
    return done_[id] = std::move(resolved);
  }

 private:
  const Source* parent_of(const Source& source) {
    const Node& value = *source.extends;
    const auto parent = sources_.find(value.text);
    if (value.is_scalar() && parent != sources_.end()) return &parent->second;
    std::vector<std::string> ids;
    for (const auto& entry : sources_) ids.push_back(entry.first);
    const auto suggestion = model::closest(value.text, ids);
    sink_.error("T-EXTENDS", "template.extends", value.where,
                {model::param("found", value.text), model::did_you_mean_param(suggestion)});
    return nullptr;
  }

  // `cycle` lists the templates waiting for their parent, from `id` on; the last one closes the loop.
  void report_cycle(std::vector<std::string> cycle, const std::string& id) {
    const Node& closing = *sources_.at(cycle.back()).extends;
    cycle.push_back(id);
    sink_.error("T-EXTENDS.cycle", "template.extends", closing.where,
                {model::param("cycle", fmt::format("{}", fmt::join(cycle, " → ")))});
  }

  const std::map<std::string, Source>& sources_;
  Sink& sink_;
  std::map<std::string, std::optional<Resolved>> done_;
  std::vector<std::string> visiting_;
};

// The sequence at `path` (keys from the root) of `tree`, if there is one; N is Node or const Node.
template <class N>
N* sequence_at(N& tree, std::initializer_list<std::string_view> path) {
  N* node = &tree;
  for (const auto key : path) {
    auto* entry = node->is_mapping() ? node->find(key) : nullptr;
    if (!entry) return nullptr;
    node = &entry->value;
  }
  return node->is_sequence() ? node : nullptr;
}

// An overlay merged over a profession's template: another document of the same profession (a signalement
// written by a midwife keeps her vocabularies, her field of competence and her blocks). Two lists add up
// instead of being replaced, as an overlay is written for every profession: the blocks and the required
// fields (a signalement requires its route besides the person's identity); `capabilities.without_blocks`
// takes blocks out. Its id is the profession's id and
// the overlay's, "medecin.signalement-procureur-majeur"; its chain starts with the overlay's file.
Resolved overlay_of(const Resolved& base, const Source& overlay, Sink& sink) {
  Resolved merged{extend(base.tree, overlay.tree, sink, Absent::ignore), {overlay.file}};
  for (const auto path : {std::initializer_list<std::string_view>{"capabilities", "blocks"},
                          std::initializer_list<std::string_view>{"required"}}) {
    const Node* inherited = sequence_at(base.tree, path);
    Node* items = sequence_at(merged.tree, path);
    if (!inherited || !items) continue;
    for (const auto& item : inherited->items)
      if (std::none_of(items->items.begin(), items->items.end(), [&](const Node& n) { return n.text == item.text; }))
        items->items.push_back(item);
  }
  // What the overlay does not print, though a document it is laid over does: the adult's consent in a
  // minor's signalement.
  if (const Node* without = sequence_at(overlay.tree, {"capabilities", "without_blocks"}))
    if (Node* blocks = sequence_at(merged.tree, {"capabilities", "blocks"}))
      std::erase_if(blocks->items, [&](const Node& block) {
        return std::any_of(without->items.begin(), without->items.end(),
                           [&](const Node& w) { return w.text == block.text; });
      });
  merged.chain.insert(merged.chain.end(), base.chain.begin(), base.chain.end());
  const auto* profession = merged.tree.find("profession");
  const std::string profession_id = profession ? profession->value.text_of("id") : std::string{};
  if (auto* id = merged.tree.find("template")->value.find("id"))
    id->value.text = profession_id.empty() ? overlay.id : profession_id + "." + overlay.id;
  return merged;
}

// The overlays an overlay is laid after, in order, then itself: `extends:` names one overlay or a list of them
// (the signalement of a minor is laid after the minor's certificate and the adult's signalement). A broken
// chain (an unknown or non-overlay parent, a cycle) is reported once, where it breaks; nullopt then.
class OverlayChains {
 public:
  OverlayChains(const std::map<std::string, Source>& sources, Sink& sink) : sources_(sources), sink_(sink) {}

  std::optional<std::vector<const Source*>> of(const Source& overlay) {
    if (std::find(visiting_.begin(), visiting_.end(), &overlay) != visiting_.end()) return std::nullopt;
    std::vector<const Source*> chain;
    visiting_.push_back(&overlay);
    bool broken = false;
    for (const Node* parent : parents(overlay)) {
      const auto found = sources_.find(parent->text);
      if (found == sources_.end() || !found->second.each_profession) {
        sink_.error("T-SCHEMA.each_profession", "template.extends", parent->where);
        broken = true;
      } else if (std::find(visiting_.begin(), visiting_.end(), &found->second) != visiting_.end()) {
        std::vector<std::string> cycle;
        for (const auto* source : visiting_) cycle.push_back(source->id);
        cycle.push_back(found->first);
        sink_.error("T-EXTENDS.cycle", "template.extends", parent->where,
                    {model::param("cycle", fmt::format("{}", fmt::join(cycle, " → ")))});
        broken = true;
      } else if (auto above = of(found->second)) {
        for (const auto* source : *above)
          if (std::find(chain.begin(), chain.end(), source) == chain.end()) chain.push_back(source);
      } else {
        broken = true;
      }
    }
    visiting_.pop_back();
    if (broken) return std::nullopt;
    chain.push_back(&overlay);
    return chain;
  }

 private:
  static std::vector<const Node*> parents(const Source& overlay) {
    std::vector<const Node*> out;
    if (!overlay.extends) return out;
    if (!overlay.extends->is_sequence()) return {&*overlay.extends};
    for (const auto& item : overlay.extends->items) out.push_back(&item);
    return out;
  }

  const std::map<std::string, Source>& sources_;
  Sink& sink_;
  std::vector<const Source*> visiting_;
};

std::vector<std::vector<const Source*>> overlay_chains(const std::map<std::string, Source>& sources, Sink& sink) {
  std::vector<std::vector<const Source*>> chains;
  OverlayChains walk(sources, sink);
  for (const auto& [id, source] : sources)
    if (source.each_profession)
      if (auto chain = walk.of(source)) chains.push_back(std::move(*chain));
  return chains;
}

// A typo in a parent shows in every child merged from it: say it once.
void remove_repeats(Diagnostics& diagnostics) {
  std::set<std::tuple<std::string, std::string, int, int, std::string>> seen;
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    return !seen.emplace(d.rule, d.location.file, d.location.line, d.location.column, d.message_en).second;
  });
}

}  // namespace

model::Result<std::vector<model::Template>> load_templates(const Environment& env, const std::string& dir) {
  model::Result<std::vector<model::Template>> result;
  Sink sink{result.diagnostics, kConfigRules};
  std::map<std::string, Source> sources;
  for (const auto& file : template_files(env, dir)) {
    auto source = read_source(env, file, sink);
    if (!source) continue;
    if (const auto first = sources.find(source->id); first != sources.end()) {
      const auto& id = source->tree.find("template")->value.find("id")->value;
      sink.error("T-DUPLICATE-ID.template", "template.id", id.where,
                 {model::param("found", source->id), model::param("file", first->second.file)});
      continue;
    }
    const std::string id = source->id;
    sources.emplace(id, std::move(*source));
  }
  Resolver resolver(sources, sink);
  auto& templates = result.value.emplace();
  const auto lexicon = read_lexicon(env, dir);
  const auto add = [&](const Resolved& resolved) {
    auto converted = convert_template(resolved.tree, sink);
    converted.chain = resolved.chain;
    converted.lexicon = lexicon;
    templates.push_back(std::move(converted));
  };
  // A variant of a profession's template (one that extends a concrete template) gets no overlay of its own:
  // one signalement per profession, laid over its template.
  const auto variant = [&sources](const Source& source) {
    const auto parent = source.extends ? sources.find(source.extends->text) : sources.end();
    return parent != sources.end() && !parent->second.abstract;
  };
  const auto overlays = overlay_chains(sources, sink);
  for (const auto& [id, source] : sources) {
    if (source.each_profession) continue;
    const auto& resolved = resolver.resolve(id);
    if (source.abstract || !resolved) continue;
    add(*resolved);
    if (variant(source)) continue;
    for (const auto& chain : overlays) {
      Resolved document = *resolved;
      for (const auto* overlay : chain) document = overlay_of(document, *overlay, sink);
      add(document);
    }
  }
  remove_repeats(result.diagnostics);
  return result;
}

}  // namespace medcert::load
