#include "load/template_fields.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "load/scalars.hpp"
#include "model/spelling.hpp"

namespace medcert::load {

std::string one_of(const Slot& slot, const std::vector<std::string>& allowed, const std::string& fallback) {
  if (!slot.value && fallback.empty()) report_missing(slot, allowed.front());
  const auto text = to_text(slot);
  if (!text) return fallback;
  if (std::find(allowed.begin(), allowed.end(), text.value) != allowed.end()) return text.value;
  const auto suggestion = model::closest(text.value, allowed);
  const auto name = shown_path(slot.path);
  slot.sink->error(
      "T-SCHEMA", slot.path, slot.where,
      fmt::format("«\u202F{}: {}\u202F» inconnu{}", name, text.value,
                  suggestion.empty() ? fmt::format("\u202F; valeurs possibles\u202F: {}", fmt::join(allowed, ", "))
                                     : model::did_you_mean_fr(suggestion)),
      fmt::format("unknown \"{}: {}\"{}", name, text.value,
                  suggestion.empty() ? fmt::format("; allowed values: {}", fmt::join(allowed, ", "))
                                     : model::did_you_mean_en(suggestion)));
  return fallback;
}

void check_unique(std::set<std::string>& seen, const std::string& id, const Slot& slot) {
  if (id.empty() || seen.insert(id).second) return;
  slot.sink->error("T-DUPLICATE-ID", slot.path, slot.where,
                   fmt::format("identifiant «\u202F{}\u202F» déjà utilisé dans cette liste\u202F; donnez-lui un "
                               "identifiant unique",
                               id),
                   fmt::format("id \"{}\" already used in this list; give it a unique id", id));
}

}  // namespace medcert::load
