// SPDX-License-Identifier: Apache-2.0
// A value read from a source, with where it was read and the path that names it.
#pragma once

#include <string>

#include <medcert/diagnostics.hpp>

namespace medcert::model {

template <class T>
struct Field {
  T value{};
  Location where;    ///< the value's position (the key's, for an absent value reported at its parent)
  std::string path;  ///< e.g. "findings.lesions[1].size"
  bool present = false;

  explicit operator bool() const { return present; }
};

using Text = Field<std::string>;

}  // namespace medcert::model
