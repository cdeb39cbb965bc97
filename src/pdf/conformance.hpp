// SPDX-License-Identifier: Apache-2.0
// The PDF/A levels finalize produces: what each one allows decides what the file carries.
#pragma once

namespace medcert::pdf {

enum class Conformance { a3b, a2b, a1b };

/// The ISO 19005 part: 1, 2 or 3.
constexpr int part(Conformance level) {
  switch (level) {
    case Conformance::a1b: return 1;
    case Conformance::a2b: return 2;
    case Conformance::a3b: break;
  }
  return 3;
}

/// Only PDF/A-3 may embed a file that is not itself PDF/A: 1b and 2b carry the findings' hash alone.
constexpr bool embeds_findings(Conformance level) { return level == Conformance::a3b; }

}  // namespace medcert::pdf
