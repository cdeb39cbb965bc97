// SPDX-License-Identifier: Apache-2.0
// Sizes in pixels: a photograph fitted within a box, and how far libjpeg may shrink it while decoding.
#pragma once

namespace medcert::images {

struct Size {
  int width = 0;
  int height = 0;
  friend bool operator==(const Size&, const Size&) = default;
};

/// `image` scaled to fit within `box`, its aspect ratio kept, never enlarged, at least 1 × 1.
Size fit_within(Size image, Size box);

/// The largest shrink-on-load factor (8, 4, 2 or 1) whose result, `image` divided and rounded down as libjpeg
/// does, still covers `target`: the decoder skips what the resizing would throw away.
int jpeg_shrink(Size image, Size target);

}  // namespace medcert::images
