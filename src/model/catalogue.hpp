// SPDX-License-Identifier: Apache-2.0
// The message catalogue (src/model/messages/{fr,en}.txt, compiled in): per message id, the pattern of its
// file rendering and of its form rendering, with {named} placeholders.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <medcert/diagnostics.hpp>

namespace medcert::model {

struct MessagePatterns {
  std::string_view file;  ///< for files: keys, codes, file syntax
  std::string_view form;  ///< for a form: field labels and choice labels, never a key
};

/// The patterns of `id` ("R-L-1.missing_code") in `lang`; nullopt for an id the catalogue lacks.
std::optional<MessagePatterns> catalogue_entry(std::string_view id, Language lang);

/// Every message id of `lang`'s catalogue, in file order (for the tests that compare it with docs/rules.md).
std::vector<std::string_view> catalogue_ids(Language lang);

/// The rule of a message id: "R-L-1.missing_code" → "R-L-1".
constexpr std::string_view rule_of(std::string_view message_id) { return message_id.substr(0, message_id.find('.')); }

}  // namespace medcert::model
