// SPDX-License-Identifier: Apache-2.0
// The annexes' pages, after the certificate's: the body diagram's views with their numbered markers, and the
// photographs with their captions. The running header and line are added by layout(), as on every page.
#pragma once

#include <string>
#include <vector>

#include "layout/block_layout.hpp"
#include "layout/paginate.hpp"
#include "model/diagram.hpp"

namespace medcert::layout {

/// Each annex opens a page with its title and introduction. A diagram's views go two by two side by side,
/// each scaled to its cell; photographs one under the other, as many as the page holds, each with its
/// caption. The photographs' JPEG streams are appended to `images`, which the placed images index.
std::vector<model::Page> annex_pages(const model::Document& doc, const model::Diagrams* diagrams,
                                     const Typesetter& typesetter, const BodyFrame& frame,
                                     std::vector<std::string>& images);

}  // namespace medcert::layout
