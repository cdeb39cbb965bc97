// SPDX-License-Identifier: Apache-2.0
// `extends:` (formats.md §2): a template written as the differences from its parent, merged on the trees
// so every node keeps the file and line where its value was written.
#pragma once

#include "load/map_reader.hpp"
#include "load/node_tree.hpp"

namespace medcert::load {

/// `child` over `parent`: mappings merge key by key (the child wins); a list whose elements are all mappings
/// with an `id` merges by id (a known id merges in place, a new one is appended or placed by `after:` /
/// `before:`, `remove: true` deletes); any other list and every scalar is the child's. The parent's
/// `template:` mapping is not inherited. Misplaced directives are T-SCHEMA diagnostics.
/// `remove: true` on an id the parent lacks is an error (a typo), except for an overlay laid over every
/// profession (`Absent::ignore`): it removes what some professions add (the physician's ITT part).
enum class Absent { error, ignore };
Node extend(const Node& parent, const Node& child, Sink& sink, Absent absent = Absent::error);

}  // namespace medcert::load
