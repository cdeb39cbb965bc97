// Pagination: laid-out blocks flow down the body frame of successive pages.
#pragma once

#include <vector>

#include "layout/block_layout.hpp"

namespace medcert::layout {

/// The vertical extent of the body on every page, in points from the top.
struct BodyFrame {
  double top = 0, bottom = 0;
};

struct Flow {
  std::vector<model::Page> pages;  ///< body content only; at least one page
  model::SignatureBox signature;
};

/// Rules: a keep-with-next block never ends a page (it moves with what must follow it); an
/// unbreakable block moves whole to the next page; a paragraph of 3 lines or more leaves neither
/// a single first line at the foot of a page nor a single last line at the head of the next.
/// Content taller than a whole page is split anyway rather than lost.
Flow paginate(const std::vector<LaidBlock>& blocks, const BodyFrame& frame);

}  // namespace medcert::layout
