#include "model/spelling.hpp"

#include <algorithm>
#include <numeric>

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
  const int limit = std::clamp(static_cast<int>(word.size()) / 3, 1, 3);
  std::string best;
  int best_distance = limit + 1;
  for (const auto& c : candidates) {
    const int d = edit_distance(word, c, limit);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
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

}  // namespace medcert::model
