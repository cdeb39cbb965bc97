// SPDX-License-Identifier: Apache-2.0
#include "load/findings_paths.hpp"

#include "model/field_table.hpp"

namespace medcert::load {

const std::vector<std::string>& findings_paths() {
  static const std::vector<std::string> paths = [] {
    std::vector<std::string> out;
    for (const auto& field : model::field_table())
      if (field.requirable()) out.emplace_back(field.path);
    return out;
  }();
  return paths;
}

}  // namespace medcert::load
