// SPDX-License-Identifier: Apache-2.0
#include "compose/compose.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "compose/conditions.hpp"
#include "compose/diagram_markers.hpp"
#include "compose/french.hpp"
#include "compose/template_check.hpp"
#include "compose/template_string.hpp"
#include "compose/variables.hpp"
#include "model/diag.hpp"

namespace medcert::compose {
namespace {

using model::BlockKind;
using model::Run;

bool blank(const std::vector<Run>& runs) {
  return std::all_of(runs.begin(), runs.end(), [](const Run& r) {
    std::string text = r.text;
    for (std::string_view space : {french::kNoBreakSpace, french::kNarrowNoBreakSpace})
      for (auto pos = text.find(space); pos != std::string::npos; pos = text.find(space, pos))
        text.erase(pos, space.size());
    return text.find_first_not_of(" \t") == std::string::npos;
  });
}

std::string plain(const std::vector<Run>& runs) {
  std::string out;
  for (const auto& run : runs) out += run.text;
  return out;
}

// A header line whose value has line breaks (an address) becomes several header lines.
std::vector<std::vector<Run>> split_lines(const std::vector<Run>& runs) {
  std::vector<std::vector<Run>> lines(1);
  for (const Run& run : runs) {
    std::size_t start = 0;
    for (auto end = run.text.find('\n'); end != std::string::npos; end = run.text.find('\n', start)) {
      lines.back().push_back({run.text.substr(start, end - start), run.provenance, run.style, run.source});
      lines.emplace_back();
      start = end + 1;
    }
    lines.back().push_back({run.text.substr(start), run.provenance, run.style, run.source});
  }
  return lines;
}

class Composer {
 public:
  Composer(const model::Template& tmpl, const model::Findings& findings, std::string_view time_zone,
           const AnnexSources& annexes)
      : tmpl_(tmpl),
        findings_(findings),
        time_zone_(time_zone),
        annex_sources_(annexes),
        variables_(document_variables(tmpl, findings, time_zone)),
        scope_(variables_) {}

  model::Result<model::Document> compose() {
    // Whether or not the findings use each part: a mistake in a rarely used sentence is found before it is needed.
    check_template(tmpl_, variables_, findings_, diagnostics_);
    model::Document doc;
    doc.template_id = tmpl_.id;
    doc.template_version = tmpl_.version;
    doc.profession = tmpl_.profession.id;
    doc.header = header();
    doc.footer = typeset(render(tmpl_.footer, footer_context()));
    // A follow-up document has its own title (« Certificat médical complémentaire n° 1 »), which the PDF's
    // metadata take from Document.title as they take the initial one's.
    const bool follow_up = findings_.follow_up.has_value();
    add(doc.blocks, BlockKind::title,
        render(follow_up ? tmpl_.follow_up_title : tmpl_.title,
               context(scope_, tmpl_.where, follow_up ? "follow_up_title" : "title")),
        "title");
    add(doc.blocks, BlockKind::subtitle, render(tmpl_.subtitle, context(scope_, tmpl_.where, "subtitle")), "title");
    if (!doc.blocks.empty() && doc.blocks.front().kind == BlockKind::title) doc.title = plain(doc.blocks.front().runs);
    doc.author = variables_.at("author.display_name").text;
    for (const auto& section : tmpl_.sections) add_section(doc, section);
    if (findings_.diagram && findings_.diagram.value && annex_sources_.diagrams) add_diagram(doc);
    if (!findings_.photos.empty()) add_photos(doc);
    return {std::move(doc), std::move(diagnostics_)};
  }

 private:
  Context context(const Scope& scope, const Location& where, std::string path, bool multiline = false) const {
    return Context{scope, tmpl_.phrases, where, std::move(path), multiline, {}};
  }

  Context footer_context() const {
    Context c = context(scope_, tmpl_.where, "footer");
    c.passed_through = kPageNumbers;
    return c;
  }

  static std::vector<Run> typeset(std::vector<Run> runs) {
    french::typography(runs);
    return runs;
  }

  static void add(std::vector<model::Block>& out, BlockKind kind, std::vector<Run> runs, const std::string& section,
                  bool keep_with_next = false) {
    runs = typeset(std::move(runs));
    if (blank(runs)) return;
    out.push_back({kind, std::move(runs), section, keep_with_next, {}});
  }

  std::vector<std::vector<Run>> header() const {
    std::vector<std::vector<Run>> lines;
    for (std::size_t i = 0; i < tmpl_.header.size(); ++i) {
      const auto runs = render(tmpl_.header[i], context(scope_, tmpl_.where, fmt::format("header[{}]", i), true));
      for (auto& line : split_lines(runs)) {
        line = typeset(std::move(line));
        if (!blank(line)) lines.push_back(std::move(line));
      }
    }
    return lines;
  }

  void add_section(model::Document& doc, const model::Section& section) const {
    if (!holds(section.when, scope_)) return;
    std::vector<model::Block> body;
    for (const auto& block : section.blocks)
      if (holds(block.when, scope_)) add_block(body, block, section.id);
    // A heading with nothing under it is left out.
    if (body.empty()) return;
    add(doc.blocks, BlockKind::heading, render(section.heading, context(scope_, section.where, section.id)), section.id,
        true);
    for (auto& block : body) {
      // The signature is never alone at the top of a page.
      if (block.kind == BlockKind::signature && !doc.blocks.empty()) doc.blocks.back().keep_with_next = true;
      doc.blocks.push_back(std::move(block));
    }
  }

  void add_block(std::vector<model::Block>& out, const model::TemplateBlock& block, const std::string& section) const {
    const Context here = context(scope_, block.where, section + "." + block.id);
    switch (block.kind) {
      case model::TemplateBlockKind::paragraph:
        add(out, BlockKind::paragraph, render(block.text, here), section);
        break;
      case model::TemplateBlockKind::signature:
        add(out, BlockKind::signature, render(block.text, here), section);
        break;
      case model::TemplateBlockKind::list:
        add_list(out, block, here, section);
        break;
    }
  }

  std::vector<Run> phrase(const std::string& name, const Scope& scope) const {
    const auto found = tmpl_.phrases.find(name);
    if (found == tmpl_.phrases.end()) return {};
    return typeset(render(found->second, context(scope, tmpl_.where, "phrases." + name)));
  }

  // The body diagram: each lesion's marker on the views the profession offers, placed by hand or by its region.
  void add_diagram(model::Document& doc) {
    if (annex_sources_.diagrams->views().empty()) {
      diagnostics_.push_back(model::error("C-DIAGRAMS", findings_.diagram.path, findings_.diagram.where));
      return;
    }
    auto placed = place_markers(*annex_sources_.diagrams, tmpl_, findings_);
    diagnostics_.insert(diagnostics_.end(), placed.diagnostics.begin(), placed.diagnostics.end());
    if (placed.panels.empty()) return;
    doc.annexes.push_back({phrase("annex_diagram_title", scope_), phrase("annex_diagram_intro", scope_),
                           std::move(placed.panels), {}});
  }

  void add_photos(model::Document& doc) const {
    model::Annex annex{phrase("annex_photos_title", scope_), phrase("annex_photos_intro", scope_), {}, {}};
    for (std::size_t i = 0; i < findings_.photos.size() && i < annex_sources_.photos.size(); ++i) {
      const Variables element = item_variables("photos", "photo", i, tmpl_, findings_, time_zone_);
      annex.photos.push_back({annex_sources_.photos[i], phrase("photo_caption", Scope(variables_, &element))});
    }
    doc.annexes.push_back(std::move(annex));
  }

  void add_list(std::vector<model::Block>& out, const model::TemplateBlock& block, const Context& here,
                const std::string& section) const {
    const std::size_t size = list_size(block.each, findings_);
    if (size == 0) {
      add(out, BlockKind::paragraph, render(block.empty, here), section);
      return;
    }
    add(out, BlockKind::paragraph, render(block.intro, here), section, true);
    for (std::size_t i = 0; i < size; ++i) {
      const Variables element = item_variables(block.each, block.as, i, tmpl_, findings_);
      const Scope item(variables_, &element);
      add(out, BlockKind::item, render(block.item, context(item, block.where, here.path)), section);
      if (block.numbered) out.back().label = std::to_string(i + 1) + ".";
    }
  }

  const model::Template& tmpl_;
  const model::Findings& findings_;
  const std::string time_zone_;
  const AnnexSources& annex_sources_;
  const Variables variables_;
  const Scope scope_;
  Diagnostics diagnostics_;
};

}  // namespace

model::Result<model::Document> compose(const model::Template& tmpl, const model::Findings& findings,
                                       std::string_view time_zone, const AnnexSources& annexes) {
  return Composer(tmpl, findings, time_zone, annexes).compose();
}

}  // namespace medcert::compose
