// SPDX-License-Identifier: Apache-2.0
#include "compose/diagram_panels.hpp"

#include <algorithm>

#include "compose/diagram_markers.hpp"
#include "model/diag.hpp"

namespace medcert::compose {
namespace {

// The perineal view drawn for the other sex is left out: a woman's marker never lands on the male outline.
std::vector<std::string> views_for(const model::Template& tmpl, const model::Findings& findings) {
  const std::string& civility = findings.patient.civility.value;
  std::vector<std::string> views;
  for (const auto& view : tmpl.capabilities.diagram_views) {
    if (view == "perinee_m" && civility == "madame") continue;
    if (view == "perinee_f" && civility == "monsieur") continue;
    views.push_back(view);
  }
  return views;
}

}  // namespace

PlacedMarkers place_markers(const model::Diagrams& diagrams, const model::Template& tmpl,
                            const model::Findings& findings) {
  const auto offered = views_for(tmpl, findings);
  std::vector<MarkerPlace> places;
  std::vector<int> numbers;
  PlacedMarkers out;
  for (std::size_t i = 0; i < findings.lesions.size(); ++i) {
    const auto& lesion = findings.lesions[i];
    const int number = static_cast<int>(i) + 1;
    if (lesion.marker.view && lesion.marker.x && lesion.marker.y) {
      places.push_back({lesion.marker.view.value, lesion.marker.x.value, lesion.marker.y.value});
      numbers.push_back(number);
      continue;
    }
    const auto found = place_marker(diagrams, offered, lesion.region.value, lesion.side.value, lesion.face.value,
                                    lesion.tooth.value);
    if (found.empty()) {
      out.diagnostics.push_back(model::diagnose(Severity::warning, "R-PH-7", lesion.path, lesion.where,
                                                {model::param("number", std::to_string(number))}));
      continue;
    }
    for (const auto& place : found) {
      places.push_back(place);
      numbers.push_back(number);
    }
  }
  for (const auto& view : offered) {
    model::DiagramPanel panel{view, {}};
    for (std::size_t i = 0; i < places.size(); ++i)
      if (places[i].view == view) panel.markers.push_back({numbers[i], places[i].x, places[i].y});
    if (!panel.markers.empty()) out.panels.push_back(std::move(panel));
  }
  return out;
}

}  // namespace medcert::compose
