// SPDX-License-Identifier: Apache-2.0
// Pages of positioned text and boxes: layout/'s product, render/'s input.
// Units are PostScript points; the origin is the page's top-left corner, y grows downwards.
#pragma once

#include <string>
#include <vector>

#include "model/document.hpp"
#include "model/diagram.hpp"

namespace medcert::model {

struct PlacedText {
  double x = 0;         ///< left edge of the first glyph
  double baseline = 0;  ///< from the top of the page
  double size = 0;      ///< font size in points
  FontStyle style = FontStyle::regular;
  std::string text;     ///< UTF-8; drawn as one run at (x, baseline), no further spacing
  double gray = 0;      ///< fill: 0 black … 1 white (opaque: PDF/A-1 allows no transparency)
  double angle = 0;     ///< degrees, counter-clockwise about (x, baseline); 0 for the certificate's text
};

struct PlacedRect {
  double x = 0, y = 0, width = 0, height = 0;  ///< y is the top edge
  double line_width = 0.5;
};

/// A vector shape already in page units (a body diagram's outline, a lesion's marker).
struct PlacedPath {
  Path path;
  double line_width = 0.5;
  bool stroke = true;
  double fill_gray = -1;  ///< 0 black … 1 white; negative: not filled
};

/// A photograph: Pages::images[image] drawn into the box (y is the top edge).
struct PlacedImage {
  std::size_t image = 0;
  double x = 0, y = 0, width = 0, height = 0;
};

struct Page {
  std::vector<PlacedText> texts;
  std::vector<PlacedRect> rects;
  std::vector<PlacedPath> paths;    ///< drawn before the texts, so that a marker's number sits on its disc
  std::vector<PlacedImage> images;
};

/// The signature box's frame: drawn by layout/ on the page, and again by pdf/ in the signature field's
/// appearance, which covers it.
inline constexpr double kSignatureFrameWidth = 0.5;

/// Where the signature goes: a later stage puts the PDF signature field exactly here.
struct SignatureBox {
  int page = 0;  ///< 0-based
  double x = 0, y = 0, width = 0, height = 0;
};

struct Pages {
  double width = 0, height = 0;
  std::vector<Page> pages;
  SignatureBox signature;
  /// The photographs' JPEG streams (baseline, sRGB, no metadata: images/ made them so), embedded as they are.
  std::vector<std::string> images;
  std::string title;   ///< metadata carried through from the Document
  std::string author;
};

}  // namespace medcert::model
