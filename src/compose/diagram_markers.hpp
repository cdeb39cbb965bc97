// SPDX-License-Identifier: Apache-2.0
// Where a lesion's numbered marker goes on the annex's body diagrams, and which diagrams the annex shows:
// decided here, with the page's other content; drawn by layout/ and render/.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <medcert/diagnostics.hpp>

#include "model/diagram.hpp"
#include "model/document.hpp"
#include "model/findings.hpp"
#include "model/template.hpp"

namespace medcert::compose {

/// A marker's place: the view, and the anchor's point as a fraction of the view's box (0 at the left and at
/// the top, 1 at the right and at the bottom), so that it does not depend on the size the view is drawn at.
struct MarkerPlace {
  std::string view;
  double x = 0;
  double y = 0;

  bool operator==(const MarkerPlace&) const = default;
};

/// The places of a lesion's marker, among the anchors of the views the template offers (`views_offered`,
/// view ids, one view of an alternative: perinee_f or perinee_m) only:
/// - a `tooth` (the dentist's chart) takes the anchor of that tooth; without one offered, the lesion is
///   placed by its region, as any other;
/// - the region must match; side `bilaterale` takes a place on each side (droite, gauche), one place when
///   both sides come to the same anchor;
/// - the side's own anchors first; a side absent, or that no anchor of the region has, takes the mediane
///   anchors, else those of the region without a side;
/// - among them, an anchor listing the `face` first; else the one without faces; else the first with
///   faces, in the views' order, then their files' (deterministic).
/// Empty when no anchor fits: the caller says so.
std::vector<MarkerPlace> place_marker(const model::Diagrams& diagrams, std::span<const std::string> views_offered,
                                      std::string_view region, std::string_view side, std::string_view face,
                                      std::string_view tooth);

/// The views the annex shows: those of `views_offered` that hold at least one of `markers`, in the order
/// offered (the template's).
std::vector<std::string> views_shown(std::span<const MarkerPlace> markers, std::span<const std::string> views_offered);

struct PlacedMarkers {
  std::vector<model::DiagramPanel> panels;  ///< the views holding a marker, in the template's order
  Diagnostics diagnostics;                  ///< R-PH-7: a lesion no offered view can place
};

/// Lesion n (its rank from 1) gets a marker numbered n: where the findings put it by hand, else by
/// place_marker (a lesion on both sides, one marker on each). Only the views the template offers count, and of
/// the two perineal views the one of the person's sex (the first offered for « neutre »).
PlacedMarkers place_markers(const model::Diagrams& diagrams, const model::Template& tmpl,
                            const model::Findings& findings);

}  // namespace medcert::compose
