// SPDX-License-Identifier: Apache-2.0
// A vector path: what a body diagram's outlines are made of, in the units of whatever holds them.
// y grows downwards, as on model::Page; render/ turns the operations into PDF's m, l, c and h.
#pragma once

#include <array>
#include <vector>

namespace medcert::model {

struct Point {
  double x = 0, y = 0;
};

enum class PathVerb { move, line, curve, close };

/// One operation: move and line use points[0]; a curve its two control points then its end; close none.
struct PathOp {
  PathVerb verb = PathVerb::move;
  std::array<Point, 3> points{};
};

using Path = std::vector<PathOp>;

}  // namespace medcert::model
