// SPDX-License-Identifier: Apache-2.0
// A signing step's product, or why not: the diagnostics in words and the category a program acts on
// (include/medcert/signing.hpp, SignCategory), set where the failure is known rather than read back from
// rule ids.
#pragma once

#include <optional>

#include <medcert/diagnostics.hpp>
#include <medcert/signing.hpp>

namespace medcert::sign {

template <class T>
struct Outcome {
  std::optional<T> value;
  Diagnostics diagnostics;
  SignCategory category = SignCategory::ok;
};

/// A failure of one category, said by one diagnostic.
template <class T>
Outcome<T> failed(SignCategory category, Diagnostic diagnostic) {
  return {std::nullopt, {std::move(diagnostic)}, category};
}

}  // namespace medcert::sign
