// SPDX-License-Identifier: Apache-2.0
// Findings for a form (what `medcert serve` is built on; an EHR's own screen may use it too): between a
// findings file and the JSON a form holds, and the words a form shows beside a field. The form's schema
// itself comes from Engine::form_schema, which knows each profession's template.
#pragma once

#include <string>
#include <string_view>

#include <medcert/diagnostics.hpp>
#include <medcert/engine.hpp>
#include <medcert/export.hpp>

MEDCERT_BEGIN_NAMESPACE

/// A findings text converted, or, when `text` is empty, the diagnostics saying why it could not be.
struct ConvertedFindings {
  std::string text;
  Diagnostics diagnostics;
  bool ok() const { return !text.empty(); }
};

/// A findings file (YAML or JSON) as the JSON object a form fills itself with: its keys and lists as written
/// (an unknown key stays, for Engine::check to name), each value typed as the findings format types its key:
/// a number or a boolean where one is expected and it is written as JSON writes it ("2.50" stays a text, for
/// the check to report), a text everywhere else ("0123" and "yes" included). Fails (F-SIZE, F-ENCODING,
/// F-SYNTAX, F-NESTING, F-TYPE…) when the text is no findings mapping; checks nothing more.
MEDCERT_API ConvertedFindings findings_form_json(const Source& findings);

/// Findings (the form's JSON, or any findings text) as a block-style YAML findings file that reads back to
/// the same values, after one `# ` line per line of `comment`. Fails as findings_form_json does.
MEDCERT_API ConvertedFindings findings_yaml(const Source& findings, std::string_view comment = {});

/// The label a form shows for a findings path, from the findings format ("findings.lesions[0].region" →
/// "Région" / "Region"); "" when the path names no field. Pass it as the FieldLabels of
/// Diagnostic::form_message and diagnostics_json, so that messages name the fields as the form does.
MEDCERT_API std::string field_label(std::string_view path, Language lang);

MEDCERT_END_NAMESPACE
