// yaml-cpp's English error messages, explained in French and English with what to write instead.
#pragma once

#include <string>

namespace medcert::load {

struct Explanation {
  std::string fr;
  std::string en;
};

Explanation explain_syntax_error(const std::string& yaml_cpp_message);

}  // namespace medcert::load
