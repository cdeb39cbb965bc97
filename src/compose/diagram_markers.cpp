// SPDX-License-Identifier: Apache-2.0
#include "compose/diagram_markers.hpp"

#include <algorithm>
#include <iterator>

#include "model/diag.hpp"

namespace medcert::compose {
namespace {

// An anchor with its view, in the views' order then their files'.
struct Candidate {
  const model::DiagramView* view;
  const model::DiagramAnchor* anchor;
};

bool listed(std::span<const std::string> list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// The anchors of the offered views that `keep` accepts.
template <class Keep>
std::vector<Candidate> anchors_where(const model::Diagrams& diagrams, std::span<const std::string> views_offered,
                                     Keep keep) {
  std::vector<Candidate> found;
  for (const auto& view : diagrams.views()) {
    if (!listed(views_offered, view.id)) continue;
    for (const auto& anchor : view.anchors)
      if (keep(anchor)) found.push_back(Candidate{&view, &anchor});
  }
  return found;
}

std::vector<Candidate> with_side(const std::vector<Candidate>& anchors, std::string_view side) {
  std::vector<Candidate> found;
  std::copy_if(anchors.begin(), anchors.end(), std::back_inserter(found),
               [&](const Candidate& c) { return c.anchor->side == side; });
  return found;
}

// Of one region's anchors, those of `side`; when none has it (or without a side), the midline's, else
// those without a side.
std::vector<Candidate> side_anchors(const std::vector<Candidate>& anchors, std::string_view side) {
  if (!side.empty())
    if (auto found = with_side(anchors, side); !found.empty()) return found;
  if (auto found = with_side(anchors, "mediane"); !found.empty()) return found;
  return with_side(anchors, "");
}

// The anchor listing `face`, else the one without faces, else the first one.
const Candidate* face_anchor(const std::vector<Candidate>& anchors, std::string_view face) {
  const auto has_face = [&](const Candidate& c) { return !face.empty() && listed(c.anchor->faces, face); };
  const auto is_default = [](const Candidate& c) { return c.anchor->faces.empty(); };
  if (auto it = std::find_if(anchors.begin(), anchors.end(), has_face); it != anchors.end()) return &*it;
  if (auto it = std::find_if(anchors.begin(), anchors.end(), is_default); it != anchors.end()) return &*it;
  return anchors.empty() ? nullptr : &anchors.front();
}

// The views offered for this person: of the perineal alternative, the view drawn for her sex.
std::vector<std::string> views_for(const model::Template& tmpl, const model::Findings& findings) {
  const std::string& civility = findings.patient.civility.value;
  std::vector<std::string> views;
  for (const auto& view : tmpl.capabilities.diagram_views) {
    if (view == "perinee_m" && civility != "monsieur" && listed(tmpl.capabilities.diagram_views, "perinee_f")) continue;
    if (view == "perinee_f" && civility == "monsieur") continue;
    views.push_back(view);
  }
  return views;
}

MarkerPlace place_of(const Candidate& c) {
  return MarkerPlace{c.view->id, c.anchor->x / c.view->width, c.anchor->y / c.view->height};
}

}  // namespace

std::vector<MarkerPlace> place_marker(const model::Diagrams& diagrams, std::span<const std::string> views_offered,
                                      std::string_view region, std::string_view side, std::string_view face,
                                      std::string_view tooth) {
  if (!tooth.empty()) {
    const auto teeth = anchors_where(diagrams, views_offered, [&](const auto& a) { return a.tooth == tooth; });
    if (!teeth.empty()) return {place_of(teeth.front())};
  }
  // A tooth's anchor is that tooth's: a lesion of the region without a tooth never takes it.
  const auto anchors = anchors_where(diagrams, views_offered,
                                     [&](const auto& a) { return a.region == region && a.tooth.empty(); });
  std::vector<MarkerPlace> places;
  const auto place_on = [&](std::string_view one_side) {
    const auto on_side = side_anchors(anchors, one_side);
    const auto* chosen = face_anchor(on_side, face);
    if (!chosen) return;
    auto place = place_of(*chosen);
    if (std::find(places.begin(), places.end(), place) == places.end()) places.push_back(std::move(place));
  };
  if (side == "bilaterale") {
    place_on("droite");
    place_on("gauche");
  } else {
    place_on(side);
  }
  return places;
}

std::vector<std::string> views_shown(std::span<const MarkerPlace> markers, std::span<const std::string> views_offered) {
  std::vector<std::string> shown;
  for (const auto& view : views_offered)
    if (std::any_of(markers.begin(), markers.end(), [&](const MarkerPlace& m) { return m.view == view; }))
      shown.push_back(view);
  return shown;
}

PlacedMarkers place_markers(const model::Diagrams& diagrams, const model::Template& tmpl,
                            const model::Findings& findings) {
  const auto offered = views_for(tmpl, findings);
  std::vector<MarkerPlace> places;
  std::vector<int> numbers;  // the lesion number of each place
  PlacedMarkers out;
  for (std::size_t i = 0; i < findings.lesions.size(); ++i) {
    const auto& lesion = findings.lesions[i];
    const int number = static_cast<int>(i) + 1;
    std::vector<MarkerPlace> found;
    const auto& view = lesion.marker.view;
    if (view && lesion.marker.x && lesion.marker.y && !listed(offered, view.value)) {
      // A view this person's diagram does not show: of the template's, the other sex's perineal view, which
      // would leave the lesion without any marker; the template's others are R-VOCAB's (one message each).
      const auto* placed = diagrams.find(view.value);
      const auto* alternative = placed ? placed->alternative.c_str() : "";
      const auto shown = std::find_if(offered.begin(), offered.end(), [&](const std::string& id) {
        const auto* other = diagrams.find(id);
        return other && *alternative && other->alternative == alternative;
      });
      const auto named = [&](const char* name, const std::string& id) {
        const auto* v = diagrams.find(id);
        return v ? model::param(name, v->label, v->label_en) : model::param(name, id);
      };
      if (listed(tmpl.capabilities.diagram_views, view.value))
        out.diagnostics.push_back(model::error(
            "R-PH-7.not_shown", view.path, view.where,
            {model::param("number", std::to_string(number)), named("view", view.value),
             shown == offered.end() ? model::param("shown", "—") : named("shown", *shown)}));
      continue;
    }
    if (view && lesion.marker.x && lesion.marker.y)
      found.push_back({view.value, lesion.marker.x.value, lesion.marker.y.value});
    else
      found = place_marker(diagrams, offered, lesion.region.value, lesion.side.value, lesion.face.value,
                           lesion.tooth.value);
    if (found.empty())
      out.diagnostics.push_back(model::warning("R-PH-7", lesion.path, lesion.where,
                                               {model::param("number", std::to_string(number))}));
    for (auto& place : found) {
      places.push_back(std::move(place));
      numbers.push_back(number);
    }
  }
  for (const auto& view : views_shown(places, offered)) {
    model::DiagramPanel panel{view, {}};
    for (std::size_t i = 0; i < places.size(); ++i)
      if (places[i].view == view) panel.markers.push_back({numbers[i], places[i].x, places[i].y});
    out.panels.push_back(std::move(panel));
  }
  return out;
}

}  // namespace medcert::compose
