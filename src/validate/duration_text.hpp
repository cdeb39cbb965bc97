// SPDX-License-Identifier: Apache-2.0
// A duration written in words after a mention ("ITT de dix jours", "I.T.T. 15 j", "ITT nulle"), read in
// whole days, so that a physician's free text can be compared with the ITT section.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "validate/tokens.hpp"

namespace medcert::validate {

/// The duration in days written within the few words after token `from` (exclusive), in its clause or
/// the next (after a colon):
/// a number in digits or in French words, then jours/j, semaines or mois; 0 for « nulle », « zéro »,
/// « aucune ». Nullopt when the clause states none.
std::optional<int> days_after(const std::vector<Token>& tokens, std::size_t from);

/// The duration written just before the mention at token `mention` (« 15 j d'ITT »), or nullopt.
std::optional<int> days_before(const std::vector<Token>& tokens, std::size_t mention);

}  // namespace medcert::validate
