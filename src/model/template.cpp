#include "model/template.hpp"

namespace medcert::model {

const std::string& VocabEntry::form(const std::string& name) const {
  static const std::string none;
  auto it = forms.find(name);
  return it == forms.end() ? none : it->second;
}

const VocabEntry* Vocabulary::find(std::string_view code) const {
  for (const auto& e : entries)
    if (e.code == code) return &e;
  return nullptr;
}

std::vector<std::string> Vocabulary::codes() const {
  std::vector<std::string> out;
  out.reserve(entries.size());
  for (const auto& e : entries) out.push_back(e.code);
  return out;
}

}  // namespace medcert::model
