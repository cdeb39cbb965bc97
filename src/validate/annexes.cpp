// SPDX-License-Identifier: Apache-2.0
// R-PH-*: the annexes (documents-fr §D). R-PH-4: the body diagram and photographs need the person's recorded
// consent, its date, and an express one for the genital region; a photograph taken before the consent was
// not consented to (dates.cpp, with the other dates). R-PH-5: a view the profession does not offer (the perineal views are the physician's and
// the midwife's). R-PH-3: a photograph says the lesion it shows, when it was taken and whether a scale shows.
// R-PH-7: a marker placed by hand is complete and on its view. R-PH-8: how many photographs. R-PH-2 (every
// annex page names the person, the author, the examination's date and its number) is built into layout/;
// R-PH-6 (the original's SHA-256) and the image checks are the engine's, which reads the files.
#include <algorithm>

#include <fmt/format.h>

#include "model/lesion_count.hpp"
#include "model/limits.hpp"
#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

bool is_set(const model::Field<bool>& flag) { return flag && flag.value; }

// The regions and views of the genital area: a profession's template names them, the diagram draws them.
bool genital_region(const model::Text& region) {
  return region.value == "perinee" || region.value == "organes_genitaux";
}
bool genital_view(const model::Text& view) { return view.value.rfind("perinee", 0) == 0; }
bool genital(const model::Lesion& lesion) { return genital_region(lesion.region) || genital_view(lesion.marker.view); }

const model::Lesion* lesion_of(const model::Findings& findings, const model::Photo& photo) {
  if (!photo.lesion || photo.lesion.value < 1 || static_cast<std::size_t>(photo.lesion.value) > findings.lesions.size())
    return nullptr;
  return &findings.lesions[static_cast<std::size_t>(photo.lesion.value) - 1];
}

void check_markers(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  const auto& offered = tmpl.capabilities.diagram_views;
  for (const auto& lesion : findings.lesions) {
    const auto& m = lesion.marker;
    if (!m.view && !m.x && !m.y) continue;
    if (!m.view || !m.x || !m.y)
      out.push_back(report(Severity::error, "R-PH-7.incomplete", m.view ? m.view.path : lesion.path,
                           m.view ? m.view.where : lesion.where));
    for (const auto* coordinate : {&m.x, &m.y})
      if (*coordinate && !(coordinate->value >= 0 && coordinate->value <= 1))
        out.push_back(report(Severity::error, "R-PH-7.range", *coordinate,
                             {param("found", fmt::format("{}", coordinate->value))}));
    // An unknown code is R-VOCAB's; a known view the profession does not draw is refused here.
    if (m.view && std::find(offered.begin(), offered.end(), m.view.value) == offered.end() &&
        model::find_entry(tmpl, "diagram_views", m.view.value))
      out.push_back(report(Severity::error, genital_view(m.view) ? "R-PH-5.genital" : "R-PH-5", m.view,
                           {param("profession", tmpl.profession.label)}));
  }
}

void check_consent(const model::Findings& findings, Diagnostics& out) {
  const bool diagram = is_set(findings.diagram);
  const bool photos = !findings.photos.empty();
  if (!diagram && !photos) return;
  if (!findings.annex_consent) {
    const Location& at = diagram ? findings.diagram.where : findings.photos.front().where;
    out.push_back(report(Severity::error, "R-PH-4", diagram ? findings.diagram.path : "findings.photos", at));
    return;
  }
  const auto& c = *findings.annex_consent;
  if (diagram && !is_set(c.diagram))
    out.push_back(report(Severity::error, "R-PH-4.diagram", c.diagram.present ? c.diagram.path : c.path,
                         c.diagram.present ? c.diagram.where : c.where));
  if (photos && !is_set(c.photos))
    out.push_back(report(Severity::error, "R-PH-4.photos", c.photos.present ? c.photos.path : c.path,
                         c.photos.present ? c.photos.where : c.where));
  if (!c.datetime) out.push_back(report(Severity::error, "R-PH-4.date", c.path, c.where));
  // The genital region, drawn or photographed, needs its own consent (R-PH-4, HAS: « avec l'accord »).
  if (!is_set(c.genital)) {
    bool reported = false;
    if (diagram)
      for (const auto& lesion : findings.lesions)
        if (!reported && genital(lesion)) {
          out.push_back(report(Severity::error, "R-PH-4.genital", lesion.region.present ? lesion.region.path : lesion.path,
                               lesion.region.present ? lesion.region.where : lesion.where));
          reported = true;
        }
    for (const auto& photo : findings.photos)
      if (const auto* lesion = lesion_of(findings, photo); lesion && genital(*lesion))
        out.push_back(report(Severity::error, "R-PH-4.genital_photo", photo.lesion));
  }
}

void check_photos(const model::Findings& findings, Diagnostics& out) {
  if (findings.photos.size() > model::kMaxPhotos)
    out.push_back(report(Severity::error, "R-PH-8", findings.photos[model::kMaxPhotos].path,
                         findings.photos[model::kMaxPhotos].where,
                         {param("limit", std::to_string(model::kMaxPhotos))}));
  for (const auto& photo : findings.photos) {
    require(out, findings, photo.path.substr(std::string_view("findings.").size()) + ".file", "R-PH-3");
    if (!photo.lesion) out.push_back(report(Severity::warning, "R-PH-3.lesion", photo.path, photo.where));
    else if (!lesion_of(findings, photo))
      out.push_back(report(Severity::error, "R-PH-3.no_such_lesion", photo.lesion,
                           {param("found", std::to_string(photo.lesion.value)),
                            param("count", std::to_string(findings.lesions.size()))}));
    if (!photo.taken) out.push_back(report(Severity::warning, "R-PH-3.taken", photo.path, photo.where));
    if (!photo.scale) out.push_back(report(Severity::warning, "R-PH-3.scale", photo.path, photo.where));
  }
}

}  // namespace

void check_annexes(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  check_markers(tmpl, findings, out);
  check_consent(findings, out);
  check_photos(findings, out);
  if (is_set(findings.diagram) && findings.lesions.empty())
    out.push_back(report(Severity::warning, "R-PH-1.empty", findings.diagram));
}

}  // namespace medcert::validate
