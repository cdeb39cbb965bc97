// SPDX-License-Identifier: Apache-2.0
// The checks validate() runs, one file each; every check appends to `out` and never stops early.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/findings.hpp"
#include "model/font_metrics.hpp"
#include "model/template.hpp"

namespace medcert::validate {

class WordingChecker;  // wording.hpp

/// A diagnostic when the field at `path` ("patient.birth_date") is absent, telling what to add and where.
std::optional<Diagnostic> missing(const model::Findings& findings, std::string_view path, std::string_view rule,
                                  Severity severity = Severity::error);
/// The same, worded by the catalogue entry `message_id` rather than the common "missing field" one.
std::optional<Diagnostic> missing(const model::Findings& findings, std::string_view path, std::string_view rule,
                                  std::string_view message_id);
/// Appends missing(...) when there is one.
void require(Diagnostics& out, const model::Findings& findings, std::string_view path, std::string_view rule,
             Severity severity = Severity::error);

/// R-ID-2.rpps, R-ID-2-KEY: an RPPS number's form and its key.
void check_rpps(const model::Text& rpps, Diagnostics& out);
/// R-ID-1, R-ID-2, R-ID-2-KEY, R-ID-3, R-ID-4, R-FA-1.
void check_identity(const model::Findings& findings, Diagnostics& out);
/// R-DT-1 to R-DT-5, in the findings' time zone (author.time_zone), else `default_zone`.
void check_dates(const model::Findings& findings, std::int64_t now, std::string_view default_zone, Diagnostics& out);
/// R-MN-1, R-MN-2: the template is for the person's age.
void check_age(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out);
/// R-VOCAB.
void check_vocabularies(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out);
/// R-ITT-1, R-ITT-3, R-ITT-6.
void check_itt(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out);
/// R-L-1, R-L-4.
void check_lesions(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out);
/// Whether `number` is an FDI tooth number: permanent 11–48, deciduous 51–85.
bool fdi_tooth(std::string_view number);
/// R-L-4: `tooth`, when given, is an FDI number.
void check_tooth(const model::Text& tooth, Diagnostics& out);
/// R-SC-2, R-SF-1, R-CD-2, R-AN-2: the blocks only some professions have (profession_blocks.cpp).
void check_profession_blocks(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out);
/// R-SC-1: lesions outside the profession's body scope.
void check_body_scope(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out);
/// R-DL-2, R-DL-3, R-DL-5, R-DL-6.
void check_delivery(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out);
/// The template's wording rules on the professional's own text and on the person's words (wording.hpp),
/// and the problems met compiling them.
void check_wording(const WordingChecker& checker, const model::Findings& findings, Diagnostics& out);
/// R-DG-*: the template's danger prompts (notices) on the person's words, the professional's text and the
/// findings; one notice per prompt, at its first trigger in the file.
void check_danger(const WordingChecker& checker, const model::Template& tmpl, const model::Findings& findings,
                  Diagnostics& out);
/// R-Q-1: guillemets typed around the person's words.
void check_quotes(const model::Findings& findings, Diagnostics& out);
/// R-Q-3: quotation marks that do not balance in the professional's own text.
void check_quote_balance(const model::Findings& findings, Diagnostics& out);
/// R-REQ for what names an interpreter or legal representative who is listed; R-IN-1.
void check_attendants(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out);
/// R-TXT-1 to R-TXT-6 (bidirectional controls, invisible characters, tabs and misplaced line breaks, identifiers
/// not ASCII, a word mixing scripts, combining marks stacked on a letter) and L-GLYPH (above U+FFFF, or with `fonts` absent from the regular font), in any text value.
void check_characters(const model::Findings& findings, const model::FontMetrics* fonts, Diagnostics& out);
/// R-SI-* (the template's `silence:` rules: each section says its content or a statement), R-SI-7, R-AN-1.
void check_silence(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out);
/// R-REQ for the template's `required:` list; runs last and skips a path another rule already reported.
void check_required(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out);
/// Whether an error is already reported at `path`: a field is reported missing once, under its most specific rule.
bool already_reported(const Diagnostics& out, const std::string& path);
/// R-FU-1 to R-FU-3, R-FU-5 to R-FU-8: a follow-up document and its reference to the initial one, dates in the
/// findings' time zone (author.time_zone), else `default_zone`.
void check_follow_up(const model::Template& tmpl, const model::Findings& findings, std::string_view default_zone,
                     Diagnostics& out);
/// R-SIG-1 to R-SIG-4, R-SIG-7, R-SIG-8: a signalement to the prosecutor, its route, consent and addressee.
void check_signalement(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out);
/// R-PH-1, R-PH-3 to R-PH-5, R-PH-7, R-PH-8: the body diagram and the photographs annexed (annexes.cpp).
void check_annexes(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out);
/// R-MIN-1, R-MIN-3, R-MIN-4: a minor's documents.
void check_minor(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out);
/// R-RQ-1 to R-RQ-4: the réquisition's officer, date and hour, its mission's answers, the ITT it asks for.
void check_requisition(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out);
/// The réquisition's question that asks for the ITT (`asks_itt`, else its words name the ITT), if any.
const model::MissionQuestion* itt_question(const model::Template& tmpl, const model::Findings& findings);

}  // namespace medcert::validate
