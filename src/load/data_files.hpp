// SPDX-License-Identifier: Apache-2.0
// The files of medcert's data folders (templates/, diagrams/), found through the environment.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <medcert/environment.hpp>

#include "load/map_reader.hpp"
#include "load/parse_yaml.hpp"

namespace medcert::load {

/// `name` in folder `dir` ("dir/name"; `name` alone when `dir` is empty).
std::string join_path(const std::string& dir, const std::string& name);

/// The paths of the *.yaml files of `dir` (not of its subfolders), sorted by name as the environment lists
/// them: the order, and so the diagnostics, do not depend on the file system.
std::vector<std::string> yaml_files(const Environment& env, const std::string& dir);

/// The catalogue entries a data file's refusals take: when it cannot be read, and when it holds no mapping.
struct FileMessages {
  std::string_view unreadable;
  std::string_view not_mapping;
};

/// A data file (a template, a view of the diagram, the font manifest) as the mapping it must hold; nullopt
/// when it cannot be read, parsed within `limit`, or holds something else (with the kind found). Its
/// diagnostics go to `sink`.
std::optional<Node> read_mapping(const Environment& env, const std::string& file, SizeLimit limit,
                                 FileMessages messages, Sink& sink);

}  // namespace medcert::load
