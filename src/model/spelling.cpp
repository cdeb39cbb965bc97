// SPDX-License-Identifier: Apache-2.0
#include "model/spelling.hpp"

#include <algorithm>
#include <array>
#include <numeric>
#include <utility>

#include "model/diag.hpp"

namespace medcert::model {

int edit_distance(std::string_view a, std::string_view b, int max_distance) {
  const auto diff = static_cast<int>(a.size()) - static_cast<int>(b.size());
  if (std::abs(diff) > max_distance) return max_distance + 1;
  std::vector<int> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    int best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const int above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      best = std::min(best, row[j]);
    }
    if (best > max_distance) return max_distance + 1;
  }
  return std::min(row[b.size()], max_distance + 1);
}

std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
  // Case and accents aside: « Kinée » is one letter away from « kiné ».
  const auto folded = fold_name(word);
  const int limit = std::clamp(static_cast<int>(folded.size()) / 3, 1, 3);
  std::string best;
  int best_distance = limit + 1;
  for (const auto& c : candidates) {
    const int d = edit_distance(folded, fold_name(c), limit);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

std::string fold_name(std::string_view name) {
  // The letters of French words beyond ASCII, lower and upper case (UTF-8 is all this table needs to know).
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 30> letters{{
      {"à", "a"}, {"â", "a"}, {"ä", "a"}, {"À", "a"}, {"Â", "a"}, {"Ä", "a"}, {"é", "e"}, {"è", "e"},
      {"ê", "e"}, {"ë", "e"}, {"É", "e"}, {"È", "e"}, {"Ê", "e"}, {"Ë", "e"}, {"î", "i"}, {"ï", "i"},
      {"Î", "i"}, {"Ï", "i"}, {"ô", "o"}, {"Ô", "o"}, {"ù", "u"}, {"û", "u"}, {"ü", "u"}, {"Ù", "u"},
      {"Û", "u"}, {"ç", "c"}, {"Ç", "c"}, {"œ", "oe"}, {"Œ", "oe"}, {"æ", "ae"}}};
  std::string out;
  out.reserve(name.size());
  while (!name.empty()) {
    const auto letter = std::find_if(letters.begin(), letters.end(), [&](const auto& l) { return name.starts_with(l.first); });
    if (letter != letters.end()) {
      out += letter->second;
      name.remove_prefix(letter->first.size());
      continue;
    }
    const char c = name.front();
    out += c == ' ' || c == '_' ? '-' : c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    name.remove_prefix(1);
  }
  return out;
}

std::string did_you_mean(const std::string& suggestion, Language lang) {
  if (suggestion.empty()) return {};
  Diagnostic fragment;
  fragment.message_id = "common.did_you_mean";
  fragment.params = {param("suggestion", suggestion)};
  return render_message(fragment, lang, Rendering::file);
}

std::string did_you_mean_fr(const std::string& suggestion) { return did_you_mean(suggestion, Language::fr); }

std::string did_you_mean_en(const std::string& suggestion) { return did_you_mean(suggestion, Language::en); }

MessageParam did_you_mean_param(const std::string& suggestion) {
  return param("did_you_mean", did_you_mean_fr(suggestion), did_you_mean_en(suggestion));
}

}  // namespace medcert::model
