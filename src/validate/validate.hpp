// SPDX-License-Identifier: Apache-2.0
// validate/: checks findings against their template and the rules of docs/rules.md (required fields,
// vocabularies, identifiers, dates and their order, age, ITT, lesions, body scope, delivery, and the
// template's wording rules on the professional's own text). Never throws, never stops at the first error.
#pragma once

#include <cstdint>
#include <string_view>

#include "model/findings.hpp"
#include "model/font_metrics.hpp"
#include "model/template.hpp"

namespace medcert::validate {

class WordingChecker;  // validate/wording.hpp: a template's wording rules, compiled

/// `now` is Unix seconds: issuance may not be later (no postdating). Dates and times are read in the
/// findings' time zone (author.time_zone), else in `time_zone` (an IANA id: the engine's). With `fonts`, every character of
/// every text value must also be one the certificate's font can print (L-GLYPH at the value itself);
/// without, only characters above U+FFFF are reported.
Diagnostics validate(const model::Template& tmpl, const model::Findings& findings, std::int64_t now,
                     const model::FontMetrics* fonts = nullptr,
                     std::string_view time_zone = model::kDefaultTimeZone);

/// The same, with the template's wording rules compiled beforehand (`WordingChecker(tmpl)`): an engine
/// compiles each template's rules once and checks every document with them.
Diagnostics validate(const model::Template& tmpl, const model::Findings& findings, std::int64_t now,
                     const model::FontMetrics* fonts, const WordingChecker& wording,
                     std::string_view time_zone = model::kDefaultTimeZone);

}  // namespace medcert::validate
