// SPDX-License-Identifier: Apache-2.0
// The files of medcert's data folders (templates/, diagrams/), found through the environment.
#pragma once

#include <string>
#include <vector>

#include <medcert/environment.hpp>

namespace medcert::load {

/// `name` in folder `dir` ("dir/name"; `name` alone when `dir` is empty).
std::string join_path(const std::string& dir, const std::string& name);

/// The paths of the *.yaml files of `dir` (not of its subfolders), sorted by name as the environment lists
/// them: the order, and so the diagnostics, do not depend on the file system.
std::vector<std::string> yaml_files(const Environment& env, const std::string& dir);

}  // namespace medcert::load
