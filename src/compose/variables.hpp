// SPDX-License-Identifier: Apache-2.0
// The values a template can name ({patient.display_name}, {lesion.size}...), built from the findings.
// Each value knows who wrote its words (Provenance) and where they were read. docs/templates.md lists them.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <medcert/diagnostics.hpp>

#include "model/document.hpp"
#include "model/findings.hpp"
#include "model/template.hpp"

namespace medcert::compose {

struct Value {
  std::string text;  ///< NFC, ready to print; "" when the findings do not give it; lines separated by '\n'
  model::Provenance provenance = model::Provenance::computed;
  Location source;   ///< the findings value it comes from (the template, for template_text)
  std::string code;  ///< a vocabulary value's findings code ("fixed"): what `when: var == value` compares
  std::string vocabulary;  ///< a vocabulary value's vocabulary ("itt_modes"), present or not: checked at start-up
};

/// Every name a template may use, each present (with an empty text when the findings lack it),
/// so that an unknown name can be told from an absent value.
using Variables = std::map<std::string, Value, std::less<>>;

/// A list element's variables over the document's.
class Scope {
 public:
  explicit Scope(const Variables& document, const Variables* item = nullptr) : document_(document), item_(item) {}
  const Value* find(std::string_view name) const;
  std::vector<std::string> names() const;

 private:
  const Variables& document_;
  const Variables* item_;
};

/// The document's variables: author.*, profession.*, patient.*, examination.*, requisition.*, facts.*,
/// itt.*, issuance.*, and the list counts and flags for `when:`. Dates and times in the findings' time
/// zone, else in `time_zone`.
Variables document_variables(const model::Template& tmpl, const model::Findings& findings,
                             std::string_view time_zone = model::kDefaultTimeZone);

/// The lists a list block may go through: declarations, complaints, lesions, negative_findings, mission,
/// complementary_exams.
bool is_list(std::string_view each);
std::size_t list_size(std::string_view each, const model::Findings& findings);

/// The variables of element `index` of the list `each`, named `as` (a text element) or `as.field`.
/// An index past the end gives every name with an empty value: enough to check a template's names.
Variables item_variables(std::string_view each, const std::string& as, std::size_t index, const model::Template& tmpl,
                         const model::Findings& findings, std::string_view time_zone = model::kDefaultTimeZone);

}  // namespace medcert::compose
