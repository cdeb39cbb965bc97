// SPDX-License-Identifier: Apache-2.0
// The body diagram's content: which views a document shows and each lesion's numbered marker on them.
#pragma once

#include <medcert/diagnostics.hpp>

#include "model/diagram.hpp"
#include "model/document.hpp"
#include "model/findings.hpp"
#include "model/template.hpp"

namespace medcert::compose {

struct PlacedMarkers {
  std::vector<model::DiagramPanel> panels;  ///< the views holding a marker, in the template's order
  Diagnostics diagnostics;                  ///< R-PH-7: a lesion no offered view can place
};

/// Lesion n (its rank from 1) gets a marker numbered n: where the findings put it by hand, else at the anchor
/// of its region, side and face (a lesion on both sides, one marker on each). Only the views the template
/// offers count, and of the two perineal views the one of the person's sex (both for « neutre »).
PlacedMarkers place_markers(const model::Diagrams& diagrams, const model::Template& tmpl,
                            const model::Findings& findings);

}  // namespace medcert::compose
