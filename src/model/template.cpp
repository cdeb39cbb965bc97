// SPDX-License-Identifier: Apache-2.0
#include "model/template.hpp"

#include <algorithm>

#include "model/spelling.hpp"

namespace medcert::model {

bool Profession::answers_to(std::string_view name) const {
  const auto folded = fold_name(name);
  const auto is = [&](const std::string& known) { return !known.empty() && fold_name(known) == folded; };
  return is(id) || is(id_en) || is(label) || is(label_f) || std::any_of(aliases.begin(), aliases.end(), is);
}

bool Capabilities::offers(std::string_view block) const {
  return block.empty() || std::find(blocks.begin(), blocks.end(), block) != blocks.end();
}

std::vector<std::string> Profession::names() const {
  std::vector<std::string> out{id, id_en};
  out.insert(out.end(), aliases.begin(), aliases.end());
  return out;
}

const std::string& VocabEntry::form(const std::string& name) const {
  static const std::string none;
  auto it = forms.find(name);
  return it == forms.end() ? none : it->second;
}

const std::string& VocabEntry::label(Language lang) const {
  const auto& english = form("label_en");
  return lang == Language::en && !english.empty() ? english : form("label");
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
