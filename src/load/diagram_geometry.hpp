// SPDX-License-Identifier: Apache-2.0
// A body diagram's geometry as its file writes it: points [x, y] and paths in SVG's absolute syntax
// ("M 110 12 C 124 12 134 24 134 40 Z"), every coordinate inside the view.
#pragma once

#include <optional>

#include "load/map_reader.hpp"
#include "model/diagram.hpp"

namespace medcert::load {

/// A view's box, 0..width across and 0..height down: known once its width and height were read.
struct ViewBox {
  double width = 0;
  double height = 0;

  bool contains(const model::Point& p) const { return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height; }
};

/// The point `[x, y]` of `slot`, checked to be inside `box` when the box is known. Nullopt, reported (T-SCHEMA),
/// when it is absent, is not two numbers, or lies outside.
std::optional<model::Point> read_point(const Slot& slot, const std::optional<ViewBox>& box);

/// The path of `slot`: M x y (more pairs draw lines from it, as in SVG), L x y…, C x1 y1 x2 y2 x y…, Z,
/// in absolute coordinates; numbers separated by spaces or commas, or by nothing where SVG allows it
/// ("10-5", ".5.5"). Nullopt when it is not a text, or with its first mistake (T-SCHEMA, T-SIZE: at the
/// path's line:column, naming the character where it goes wrong): one message per path, however long.
std::optional<model::Path> read_path(const Slot& slot, const std::optional<ViewBox>& box);

}  // namespace medcert::load
