// SPDX-License-Identifier: Apache-2.0
// compose/: turns a template and findings into a Document of runs tagged with their provenance.
// Owns ICU for text: NFC, French dates ("1er"), numbers in letters, French typography.
#pragma once

#include <string_view>

#include "model/diagram.hpp"
#include "model/document.hpp"
#include "model/findings.hpp"
#include "model/result.hpp"
#include "model/template.hpp"

namespace medcert::compose {

/// What the annexes are drawn from: the body diagram's views (null: no diagram is drawn) and each of the
/// findings' photographs, prepared (images/), in the findings' order.
struct AnnexSources {
  const model::Diagrams* diagrams = nullptr;
  std::vector<model::PhotoImage> photos;
};

/// Expects findings that passed validate() without errors; anything it still cannot compose
/// (an unknown placeholder in a template, say) is a diagnostic, not an exception. Dates and times are
/// printed in the findings' time zone (author.time_zone), else in `time_zone` (an IANA id: the engine's).
model::Result<model::Document> compose(const model::Template& tmpl, const model::Findings& findings,
                                       std::string_view time_zone = model::kDefaultTimeZone,
                                       const AnnexSources& annexes = {});

}  // namespace medcert::compose
