// SPDX-License-Identifier: Apache-2.0
// The body diagrams of the certificate's annex (diagrams/*.yaml, one file per view): line drawings in the
// view's own units, and the anchors a lesion's numbered marker is put at. Nothing here knows YAML or PDF:
// load/ reads the views, compose/ chooses the markers' places, layout/ and render/ draw them.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <medcert/diagnostics.hpp>

namespace medcert::model {

/// A point of a view, in its units: x from the left edge, y from the top edge (y grows downwards, as the
/// drawing tools write it).
struct Point {
  double x = 0;
  double y = 0;
};

/// One operation of a path, in absolute coordinates (SVG's M, L, C and Z).
struct PathOp {
  enum class Kind { move, line, curve, close };
  Kind kind = Kind::move;
  /// move, line: the point is points[0]; curve: the two control points, then the end point; close: none.
  std::array<Point, 3> points{};
};

using Path = std::vector<PathOp>;

/// A word drawn on the view ("Droite", "Gauche"): the reader must not take the patient's right for hers.
struct DiagramLabel {
  std::string text;
  double x = 0;
  double y = 0;
  double size = 0;  ///< font size, in view units
};

/// A place a lesion's marker may take. compose/diagram_markers.hpp says which anchor a lesion takes.
struct DiagramAnchor {
  std::string region;              ///< a code of the templates' `regions` vocabulary
  std::string side;                ///< the patient's side: droite, gauche, mediane; "" for the region alone
  std::vector<std::string> faces;  ///< codes of `faces`; none: the region's default anchor for this side
  std::string tooth;               ///< an FDI number, on the odontogram; "" elsewhere
  double x = 0;
  double y = 0;
  Location location;  ///< the anchor in its file, for the diagnostics about it
};

struct DiagramView {
  std::string id;  ///< corps_face, corps_dos, visage…
  std::string label;
  std::string label_en;
  /// Views of one alternative are never offered together: a template offers one of them (perinee_f or
  /// perinee_m, alternative "perinee"), so their anchors may take the same regions. "" for none.
  std::string alternative;
  double width = 0;
  double height = 0;
  std::vector<Path> outline;  ///< the body's contour
  std::vector<Path> details;  ///< the inner lines, drawn thinner
  std::vector<DiagramLabel> labels;
  std::vector<DiagramAnchor> anchors;
  std::string file;
};

/// Every view, in a fixed order that the annex and the choice of an anchor both follow: the body from the
/// front and from the back, the face, the hands, the feet, the teeth, the perineum; then any other view, by
/// id.
class Diagrams {
 public:
  Diagrams() = default;
  explicit Diagrams(std::vector<DiagramView> views);

  const std::vector<DiagramView>& views() const { return views_; }
  /// The view `id`, or nullptr.
  const DiagramView* find(std::string_view id) const;

 private:
  std::vector<DiagramView> views_;
};

}  // namespace medcert::model
