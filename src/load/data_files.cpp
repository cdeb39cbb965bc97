// SPDX-License-Identifier: Apache-2.0
#include "load/data_files.hpp"

#include <string_view>

namespace medcert::load {
namespace {

bool is_yaml(const std::string& name) {
  constexpr std::string_view kSuffix = ".yaml";
  return name.size() > kSuffix.size() && name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0;
}

}  // namespace

std::string join_path(const std::string& dir, const std::string& name) {
  if (dir.empty()) return name;
  return dir.back() == '/' ? dir + name : dir + "/" + name;
}

std::vector<std::string> yaml_files(const Environment& env, const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& name : env.list_directory(dir))
    if (is_yaml(name)) files.push_back(join_path(dir, name));
  return files;
}

}  // namespace medcert::load
