// SPDX-License-Identifier: Apache-2.0
// A stage's product together with everything it had to say (Typst's Warned<SourceResult<T>>).
#pragma once

#include <optional>

#include <medcert/diagnostics.hpp>

namespace medcert::model {

template <class T>
struct Result {
  std::optional<T> value;  ///< empty when the stage could not produce anything
  Diagnostics diagnostics;
};

}  // namespace medcert::model
