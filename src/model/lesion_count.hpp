// SPDX-License-Identifier: Apache-2.0
// How many lesions one lesion entry describes, and on how many sides: what the wording (compose) and the
// rules on counts and sizes (validate, R-L-6 and R-L-7) both read, so that they cannot disagree.
#pragma once

#include "model/findings.hpp"
#include "model/template.hpp"

namespace medcert::model {

struct LesionCount {
  int count = 1;             ///< `count` as written, or 1
  bool counted = false;      ///< `count` is written
  bool plural_only = false;  ///< the type is plural by nature (pétéchies: `plural_only: oui`)
  bool extent = false;       ///< the type is measured by its extent, a zone (`extent: oui`: érythème, purpura)
  bool both_sides = false;   ///< side `bilaterale` on a paired region: "des deux poignets"

  /// The type is said in the plural: several lesions, or a type plural by nature.
  bool plural() const { return count > 1 || plural_only; }
  /// A size could be read as each lesion's or the whole's: several lesions, or both sides.
  bool size_ambiguous() const { return count > 1 || both_sides; }
  /// An uncounted zone (pétéchies, érythème): on both sides, a zone on each, whose size is each side's.
  bool zone() const { return extent && !counted; }
};

LesionCount lesion_count(const Lesion& lesion, const Template& tmpl);

/// The entry of `code` in the template's vocabulary `vocabulary`, or nullptr.
const VocabEntry* find_entry(const Template& tmpl, std::string_view vocabulary, std::string_view code);

}  // namespace medcert::model
