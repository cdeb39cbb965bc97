// SPDX-License-Identifier: Apache-2.0
#include "load/syntax_messages.hpp"

#include <array>

namespace medcert::load {
namespace {

struct Known {
  std::string_view prefix;      // yaml-cpp's message (ErrorMsg), or the start of it
  std::string_view message_id;  // its explanation in the catalogue
};

// The messages a hand-written findings file or template meets; the others keep yaml-cpp's words.
constexpr std::array kKnown{
    Known{"illegal map value", "F-SYNTAX.map_value"},
    Known{"end of sequence flow not found", "F-SYNTAX.sequence_flow"},
    Known{"end of map flow not found", "F-SYNTAX.map_flow"},
    Known{"end of map not found", "F-SYNTAX.map_indentation"},
    Known{"end of sequence not found", "F-SYNTAX.sequence_indentation"},
    Known{"illegal tab when looking for indentation", "F-SYNTAX.tab"},
    Known{"illegal block entry", "F-SYNTAX.block_entry"},
    Known{"illegal EOF in scalar", "F-SYNTAX.closing_quote"},
    Known{"unknown escape character", "F-SYNTAX.escape"},
    Known{"the referenced anchor is not defined", "F-SYNTAX.anchor"},
    Known{"illegal map key", "F-SYNTAX.map_key"},
    Known{"illegal flow end", "F-SYNTAX.flow_end"},
    Known{"invalid unicode", "F-SYNTAX.unicode"},
};

}  // namespace

std::string_view syntax_message_id(std::string_view message) {
  for (const auto& known : kKnown)
    if (message.substr(0, known.prefix.size()) == known.prefix) return known.message_id;
  return "F-SYNTAX";
}

}  // namespace medcert::load
