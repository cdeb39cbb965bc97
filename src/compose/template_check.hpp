// SPDX-License-Identifier: Apache-2.0
// A template checked against what compose knows (its variables, phrases, lists and vocabularies), whether or
// not some findings use each part: once for every template when the engine starts, so that a misspelt
// {variable} stops the engine instead of reaching a practitioner, and again by compose for the template it
// is handed (a template made in code, as the tests do).
#pragma once

#include <string>
#include <vector>

#include <medcert/diagnostics.hpp>

#include "compose/variables.hpp"
#include "model/findings.hpp"
#include "model/template.hpp"

namespace medcert::compose {

/// The footer's page numbers, known only to layout: passed through as "{page}" and "{pages}".
inline const std::vector<std::string> kPageNumbers = {"page", "pages"};

/// T-SCHEMA (syntax, filters, lists) and T-VARIABLE (unknown variables, conditions and phrases) for every
/// template string and `when:` of `tmpl`, and T-VOCABULARY for a condition comparing a coded variable with
/// a code its vocabulary lacks. `variables` are the document's, built from `findings`.
void check_template(const model::Template& tmpl, const Variables& variables, const model::Findings& findings,
                    Diagnostics& out);

/// check_template without findings, plus T-VOCABULARY for each vocabulary a coded variable needs that the
/// template does not define: what the engine refuses to start with. Abstract templates are not checked
/// (their children are, whole).
Diagnostics check_template_at_start(const model::Template& tmpl);

}  // namespace medcert::compose
