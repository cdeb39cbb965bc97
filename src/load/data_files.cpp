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

std::optional<Node> read_mapping(const Environment& env, const std::string& file, SizeLimit limit,
                                 FileMessages messages, Sink& sink) {
  const auto text = env.read_file(file);
  if (!text) {
    sink.error(messages.unreadable, {}, Location{file, 0, 0});
    return std::nullopt;
  }
  auto parsed = parse_yaml(*text, file, limit);
  sink.diagnostics.insert(sink.diagnostics.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
  if (!parsed.value) return std::nullopt;
  if (!parsed.value->is_mapping()) {
    sink.error(messages.not_mapping, {}, parsed.value->where, {kind_param(parsed.value->kind)});
    return std::nullopt;
  }
  return std::move(parsed.value);
}

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
