// SPDX-License-Identifier: Apache-2.0
// R-RQ-*: a certificate written on a réquisition (documents-fr §C). The réquisition is identified as the
// court will look for it — the officer who signed it, its date and hour (§C.4) — every question of the
// mission has its answer, and the ITT is given when the mission asks for it (§C.4, item 8). The written
// oath and the legal basis are the template's sentences; who receives the document is R-DL-3 (delivery.cpp).
#include <algorithm>

#include "validate/checks.hpp"
#include "validate/fold.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

// A text's words, folded (no accents, lower case) and joined by single spaces between two spaces:
// "Fixer l'I.T.T." → " fixer l' i t t ", so that a phrase is found on whole words.
std::u16string spaced_words(std::string_view text) {
  std::u16string out = u" ";
  for (const auto& word : words_of(fold(text).text)) {
    out += to_u16(word.text);
    out += u' ';
  }
  return out;
}

// Whether the question names the ITT in any of the words of the template's `itt` word class (the one the
// wording rule R-ITT-1 uses): « ITT », « I.T.T. », « incapacité totale de travail »…
bool names_itt(const model::Template& tmpl, std::string_view question) {
  const auto terms = tmpl.word_classes.find("itt");
  if (terms == tmpl.word_classes.end()) return false;
  const auto words = spaced_words(question);
  return std::any_of(terms->second.begin(), terms->second.end(), [&](const model::TemplateText& term) {
    std::string_view phrase = term.text;
    if (!phrase.empty() && phrase.front() == '=') phrase.remove_prefix(1);  // an exact form: the same words here
    return words.find(spaced_words(phrase)) != std::u16string::npos;
  });
}

void check_identification(const model::Findings& findings, Diagnostics& out) {
  for (const char* path : {"examination.requisition.officer.name", "examination.requisition.officer.rank",
                           "examination.requisition.datetime"})
    require(out, findings, path, "R-RQ-1");
  const auto& datetime = findings.examination.requisition.datetime;
  if (datetime && !datetime.value.has_time) out.push_back(report(Severity::error, "R-RQ-1.no_time", datetime));
}

void check_mission(const model::Findings& findings, Diagnostics& out) {
  require(out, findings, "mission", "R-RQ-2");
  for (const auto& question : findings.mission) {
    if (!question.question || question.question.value.empty())
      out.push_back(report(Severity::error, "R-RQ-2.question", question.path + ".question", question.where));
    if (!question.answer || question.answer.value.empty())
      out.push_back(report(Severity::error, "R-RQ-2.answer", question.path + ".answer", question.where));
  }
}

// The mission asks for the ITT: a physician answers it in the ITT section, fixed or, when it cannot be fixed
// today, with the reason; a profession that states no ITT says so in its answer.
void check_itt_asked(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  const auto* asking = itt_question(tmpl, findings);
  if (!asking) return;
  if (!tmpl.capabilities.itt) {
    out.push_back(report(Severity::warning, "R-RQ-3.profession", asking->path, asking->where,
                         {param("profession", tmpl.profession.label)}));
  } else if (!findings.itt) {
    out.push_back(report(Severity::error, "R-RQ-3", asking->path, asking->where));
  } else if (const auto& reason = findings.itt->reason;
             findings.itt->mode.value == "not_determined" && (!reason || reason.value.empty())) {
    out.push_back(report(Severity::error, "R-RQ-3.reason", findings.itt->path + ".reason", findings.itt->where));
  }
}

}  // namespace

const model::MissionQuestion* itt_question(const model::Template& tmpl, const model::Findings& findings) {
  if (findings.examination.request_mode.value != "requisition") return nullptr;
  const auto asks = [&](const model::MissionQuestion& q) {
    return q.asks_itt ? q.asks_itt.value : q.question && names_itt(tmpl, q.question.value);
  };
  const auto found = std::find_if(findings.mission.begin(), findings.mission.end(), asks);
  return found == findings.mission.end() ? nullptr : &*found;
}

void check_requisition(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  if (findings.examination.request_mode.value != "requisition") {
    // Written for a réquisition that the findings do not declare: the template would not print it.
    if (!findings.mission.empty())
      out.push_back(report(Severity::warning, "R-RQ-4", findings.mission.front().path, findings.mission.front().where));
    return;
  }
  check_identification(findings, out);
  check_mission(findings, out);
  check_itt_asked(tmpl, findings, out);
}

}  // namespace medcert::validate
