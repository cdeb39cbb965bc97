// SPDX-License-Identifier: Apache-2.0
// yaml-cpp's English error messages, explained in French and English with what to write instead.
#pragma once

#include <string_view>

namespace medcert::load {

/// The catalogue entry that explains yaml-cpp's error `yaml_cpp_message`: an F-SYNTAX variant for the
/// errors a hand-written file meets, else "F-SYNTAX", which quotes it ({detail}).
std::string_view syntax_message_id(std::string_view yaml_cpp_message);

}  // namespace medcert::load
