// SPDX-License-Identifier: Apache-2.0
// Pagination: laid-out blocks flow down the body frame of successive pages.
#pragma once

#include <vector>

#include <medcert/diagnostics.hpp>

#include "layout/block_layout.hpp"

namespace medcert::layout {

/// The vertical extent of the body on every page, in points from the top.
struct BodyFrame {
  double top = 0, bottom = 0;
};

struct Flow {
  std::vector<model::Page> pages;  ///< body content only; at least one page, at most model::kMaxPages
  model::SignatureBox signature;
  bool too_many_pages = false;     ///< the content needs more than model::kMaxPages: it stopped there
};

/// L-PAGES: the certificate would exceed model::kMaxPages pages; reported on the findings file, without a
/// position (no one value is at fault).
Diagnostic too_many_pages(const model::Document& doc);

/// Rules: a keep-with-next block never ends a page (it moves with what must follow it); an
/// unbreakable block moves whole to the next page, unless it is taller than a page: then it breaks where
/// it stands; a paragraph of 3 lines or more leaves neither a single first line at the foot of a page nor
/// a single last line at the head of the next. Content taller than a whole page is split anyway rather
/// than lost. Pagination stops at the page limit, so that a hostile input costs at most that many pages.
Flow paginate(const std::vector<LaidBlock>& blocks, const BodyFrame& frame);

}  // namespace medcert::layout
