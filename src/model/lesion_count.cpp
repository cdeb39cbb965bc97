// SPDX-License-Identifier: Apache-2.0
#include "model/lesion_count.hpp"

#include <string>

namespace medcert::model {

namespace {
constexpr std::string_view kYes = "oui";
}  // namespace

const VocabEntry* find_entry(const Template& tmpl, std::string_view vocabulary, std::string_view code) {
  const auto found = tmpl.vocabularies.find(std::string(vocabulary));
  return found == tmpl.vocabularies.end() ? nullptr : found->second.find(code);
}

LesionCount lesion_count(const Lesion& lesion, const Template& tmpl) {
  LesionCount out;
  out.counted = static_cast<bool>(lesion.count);
  if (out.counted) out.count = lesion.count.value;
  const auto* type = find_entry(tmpl, "lesion_types", lesion.type.value);
  out.plural_only = type && type->form("plural_only") == kYes;
  out.extent = type && type->form("extent") == kYes;
  // Both sides of a paired region only: "des deux côtés" of the neck is one region, not two.
  const auto* side = find_entry(tmpl, "sides", lesion.side.value);
  const auto* region = find_entry(tmpl, "regions", lesion.region.value);
  out.both_sides = side && !side->form("determiner").empty() && region && region->form("single") != kYes;
  return out;
}

}  // namespace medcert::model
