// SPDX-License-Identifier: Apache-2.0
#include "model/diagram.hpp"

#include <algorithm>
#include <iterator>
#include <tuple>

namespace medcert::model {
namespace {

constexpr std::array<std::string_view, 8> kViewOrder{"corps_face", "corps_dos",    "visage",    "mains",
                                                     "pieds",      "odontogramme", "perinee_f", "perinee_m"};

// A view's rank in kViewOrder; the views it does not name come after, by id.
std::size_t rank(std::string_view id) {
  const auto found = std::find(kViewOrder.begin(), kViewOrder.end(), id);
  return static_cast<std::size_t>(std::distance(kViewOrder.begin(), found));
}

}  // namespace

Diagrams::Diagrams(std::vector<DiagramView> views) : views_(std::move(views)) {
  // Stable: two views of one id (a loader's error) keep the order of their files.
  std::stable_sort(views_.begin(), views_.end(), [](const DiagramView& a, const DiagramView& b) {
    return std::forward_as_tuple(rank(a.id), a.id) < std::forward_as_tuple(rank(b.id), b.id);
  });
}

const DiagramView* Diagrams::find(std::string_view id) const {
  const auto found = std::find_if(views_.begin(), views_.end(), [&](const DiagramView& v) { return v.id == id; });
  return found == views_.end() ? nullptr : &*found;
}

}  // namespace medcert::model
