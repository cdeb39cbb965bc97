// SPDX-License-Identifier: Apache-2.0
// R-DG-*: the danger prompts. A criterion of danger (strangulation, death threats, a weapon…) named in the
// person's words or the professional's text, or found in the findings (a pregnancy, a lesion of the neck),
// gives one notice per criterion: what to record, the danger criteria to assess, the signalement that
// exists. A notice decides nothing; its words and findings are the template's `danger:` data.
#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "validate/authored_texts.hpp"
#include "validate/checks.hpp"
#include "validate/messages.hpp"
#include "validate/paths.hpp"
#include "validate/wording.hpp"

namespace medcert::validate {
namespace {

// One reason a prompt is shown: a word of a text or a finding, with where it is.
struct Trigger {
  std::string fr;
  std::string en;
  std::string path;
  Location where;
};

bool before(const Trigger& a, const Trigger& b) {
  return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
}

// The triggers of every prompt, by the prompt's place in checker.danger_prompts().
std::vector<std::vector<Trigger>> triggers_of(const WordingChecker& checker, const model::Template& tmpl,
                                              const model::Findings& findings) {
  const auto& prompts = checker.danger_prompts();
  std::vector<std::vector<Trigger>> triggers(prompts.size());
  const auto index_of = [&](const model::WordingRule* rule) {
    return static_cast<std::size_t>(std::find_if(prompts.begin(), prompts.end(), [&](const model::DangerPrompt* p) {
                                      return &p->rule == rule;
                                    }) - prompts.begin());
  };
  const auto read = [&](const model::Text& text, bool person_words) {
    for (const auto& finding : checker.danger(text.value, person_words))
      for (const auto& word : finding.words)
        triggers[index_of(finding.rule)].push_back(
            {fmt::format("« {} »", word), fmt::format("\"{}\"", word), text.path, text.where});
  };
  for (const auto* text : quoted_texts(findings)) read(*text, true);
  for (const auto* text : own_texts(findings)) read(*text, false);

  const auto regions = tmpl.vocabularies.find("regions");
  for (std::size_t p = 0; p < prompts.size(); ++p) {
    for (const auto& path : prompts[p]->present)
      if (const auto resolved = resolve(findings, path); resolved && resolved->probe.present)
        triggers[p].push_back({std::string(resolved->description.fr), std::string(resolved->description.en),
                               resolved->probe.path, resolved->probe.where});
    for (std::size_t i = 0; i < findings.lesions.size(); ++i) {
      const auto& region = findings.lesions[i].region;
      const auto& codes = prompts[p]->lesion_regions;
      if (!region || std::none_of(codes.begin(), codes.end(), [&](const auto& c) { return c.text == region.value; }))
        continue;
      const auto* entry = regions == tmpl.vocabularies.end() ? nullptr : regions->second.find(region.value);
      const auto fr = entry ? entry->label(Language::fr) : region.value;
      const auto en = entry ? entry->label(Language::en) : region.value;
      triggers[p].push_back({fmt::format("lésion n° {} ({})", i + 1, fr), fmt::format("lesion {} ({})", i + 1, en),
                             region.path, region.where});
    }
  }
  return triggers;
}

// The triggers' words, each once, in the order of the findings file.
std::pair<std::string, std::string> listed(std::vector<Trigger> triggers) {
  std::stable_sort(triggers.begin(), triggers.end(), before);
  std::vector<std::string> fr, en;
  for (const auto& t : triggers) {
    if (std::find(fr.begin(), fr.end(), t.fr) != fr.end()) continue;
    fr.push_back(t.fr);
    en.push_back(t.en);
  }
  return {fmt::format("{}", fmt::join(fr, ", ")), fmt::format("{}", fmt::join(en, ", "))};
}


// What the notice adds: in an adult's signalement, where the criterion goes, not that a signalement exists; for
// a minor, which report protects a child (the couple's criteria of the 2020 vade-mecum are an adult's).
std::string_view reminder_of(const model::Template& tmpl) {
  if (tmpl.for_minor()) return tmpl.is_signalement() ? "common.danger_minor_report" : "common.danger_minor";
  return tmpl.is_signalement() ? "common.danger_signalement" : "common.danger";
}

}  // namespace

void check_danger(const WordingChecker& checker, const model::Template& tmpl, const model::Findings& findings,
                  Diagnostics& out) {
  const auto triggers = triggers_of(checker, tmpl, findings);
  const auto& prompts = checker.danger_prompts();
  for (std::size_t p = 0; p < prompts.size(); ++p) {
    if (triggers[p].empty()) continue;
    // At the first place the file shows it: that is where the professional reads the notice.
    const auto& first = *std::min_element(triggers[p].begin(), triggers[p].end(), before);
    const auto& rule = prompts[p]->rule;
    const auto [fr, en] = listed(triggers[p]);
    auto d = report(Severity::notice, reminder_of(tmpl), first.path, first.where,
                    {param("words", model::french_typography(fr), en),
                     param("message", model::french_typography(rule.message_fr), rule.message_en)});
    d.rule = rule.id;
    out.push_back(std::move(d));
  }
}

}  // namespace medcert::validate
