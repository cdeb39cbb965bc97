// SPDX-License-Identifier: Apache-2.0
// "Did you mean": the closest known word to a misspelt one (ninja's edit_distance).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <medcert/diagnostics.hpp>

namespace medcert::model {

/// Levenshtein distance over bytes, capped: returns max_distance + 1 beyond it.
int edit_distance(std::string_view a, std::string_view b, int max_distance);

/// The candidate closest to `word` within a distance of one third of its length (at least 1, at most 3),
/// both folded (fold_name), or "" when none is close enough.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

/// A name as people type it, folded for comparison: lower case, French accents and ligatures removed,
/// spaces and underscores as hyphens (« Infirmière » and « sage femme » → "infirmiere", "sage-femme").
std::string fold_name(std::string_view name);

/// The message tail every "did you mean" shares (the catalogue's common.did_you_mean), " ; vouliez-vous dire
/// « x » ?" or "; did you mean \"x\"?", or "" when there is no suggestion.
std::string did_you_mean(const std::string& suggestion, Language lang);
std::string did_you_mean_fr(const std::string& suggestion);
std::string did_you_mean_en(const std::string& suggestion);

/// The {did_you_mean} parameter of a catalogue message: that tail in both languages.
MessageParam did_you_mean_param(const std::string& suggestion);

}  // namespace medcert::model
