// SPDX-License-Identifier: Apache-2.0
#include "load/template_fields.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "load/scalars.hpp"
#include "model/diag.hpp"
#include "model/spelling.hpp"

namespace medcert::load {

std::string one_of(const Slot& slot, const std::vector<std::string>& allowed, const std::string& fallback) {
  if (!slot.value && fallback.empty()) report_missing(slot, allowed.front());
  const auto text = to_text(slot);
  if (!text) return fallback;
  if (std::find(allowed.begin(), allowed.end(), text.value) != allowed.end()) return text.value;
  const auto suggestion = model::closest(text.value, allowed);
  const auto name = shown_path(slot.path);
  std::vector<MessageParam> params{model::param("name", std::string(name)), model::param("found", text.value)};
  if (suggestion.empty()) {
    params.push_back(model::param("allowed", fmt::format("{}", fmt::join(allowed, ", "))));
    slot.sink->error("T-SCHEMA.unknown_value", slot.path, slot.where, std::move(params));
  } else {
    params.push_back(model::did_you_mean_param(suggestion));
    slot.sink->error("T-SCHEMA.unknown_value_suggestion", slot.path, slot.where, std::move(params));
  }
  return fallback;
}

void check_unique(std::set<std::string>& seen, const std::string& id, const Slot& slot) {
  if (id.empty() || seen.insert(id).second) return;
  slot.sink->error("T-DUPLICATE-ID", slot.path, slot.where, {model::param("found", id)});
}

}  // namespace medcert::load
