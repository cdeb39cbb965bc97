// SPDX-License-Identifier: Apache-2.0
// Diagnostics: what medcert says about an input, as values (never printed by the library).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <medcert/export.hpp>

MEDCERT_BEGIN_NAMESPACE

/// error: nothing is rendered until it is corrected; warning: rendered, to be read again; notice: rendered,
/// a reminder that decides nothing (the danger prompts, R-DG-*).
enum class Severity { error, warning, notice };

/// "error", "warning" or "notice": the word of the JSON outputs (docs/api.md).
MEDCERT_API const char* severity_name(Severity severity);

/// Language of user-facing messages. Certificate text is always French.
enum class Language { fr, en };

/// A place in a source text. Lines and columns are 1-based; 0 means "unknown"
/// (an empty file, an absent key whose parent is reported instead).
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

/// A named value of a message (a catalogue placeholder). `fr` and `en` differ only for words; a code, a
/// number or the text that was found is the same in both. Names the renderings rely on: "found" (what was
/// read), "expected" (what the rule wants).
struct MessageParam {
  std::string name;
  std::string fr;
  std::string en;
};

/// An allowed code of a vocabulary and its labels, listed with a vocabulary error.
struct Choice {
  std::string code;
  std::string label_fr;
  std::string label_en;
};

/// The label a form shows for a findings path ("findings.lesions[0].region" → "Région"), "" when it has
/// none. Supplied by whoever shows the form (the form schema, an EHR's own screen).
using FieldLabels = std::function<std::string(std::string_view path, Language lang)>;

/// One finding of a check. `rule` is a stable id (never reused, see docs/rules.md);
/// `path` names the value, e.g. "findings.lesions[0].size" (list indexes from 0).
/// `message_fr`/`message_en` are the rendering for files (keys, codes); `message_id` names the catalogue
/// entry (docs/rules.md, "Messages") that `params` and `choices` fill, from which `form_message` renders
/// the same diagnostic for a form (field labels and choice labels, never a key).
struct Diagnostic {
  Severity severity = Severity::error;
  std::string rule;
  std::string path;
  Location location;
  std::string message_fr;
  std::string message_en;
  std::string message_id;
  std::vector<MessageParam> params;
  std::vector<Choice> choices;

  const std::string& message(Language lang) const { return lang == Language::en ? message_en : message_fr; }

  /// The message for a form or an EHR's screen: the field's label from `labels` (or "this field"), the
  /// choices' labels, no key, no file syntax.
  MEDCERT_API std::string form_message(Language lang, const FieldLabels& labels = {}) const;

  /// The value of parameter `name` in `lang`, "" when absent.
  MEDCERT_API std::string param(std::string_view name, Language lang) const;
};

using Diagnostics = std::vector<Diagnostic>;

/// True when at least one diagnostic is an error (errors block rendering, warnings do not).
MEDCERT_API bool has_errors(const Diagnostics& diagnostics);

/// The version of the JSON written by diagnostics_json (docs/api.md, "Diagnostics as JSON").
inline constexpr int kDiagnosticsJsonVersion = 1;

/// {"format_version": 1, "ok": ok, "diagnostics": [{severity, rule, path, file, line, column, message,
/// form_message, message_id, found?, expected?, choices?}]}: `message` is the file rendering,
/// `form_message` the form rendering (with `labels`), both in `lang`.
MEDCERT_API std::string diagnostics_json(const Diagnostics& diagnostics, Language lang, bool ok,
                                         const FieldLabels& labels = {});

MEDCERT_END_NAMESPACE
