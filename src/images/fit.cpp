// SPDX-License-Identifier: Apache-2.0
#include "images/fit.hpp"

#include <algorithm>
#include <cmath>

namespace medcert::images {

Size fit_within(Size image, Size box) {
  const double scale = std::min({1.0, static_cast<double>(box.width) / image.width,
                                 static_cast<double>(box.height) / image.height});
  const auto scaled = [scale](int length, int bound) {
    return std::clamp(static_cast<int>(std::lround(length * scale)), 1, std::max(bound, 1));
  };
  return {scaled(image.width, box.width), scaled(image.height, box.height)};
}

int jpeg_shrink(Size image, Size target) {
  for (const int shrink : {8, 4, 2})
    if (image.width / shrink >= target.width && image.height / shrink >= target.height) return shrink;
  return 1;
}

}  // namespace medcert::images
