// SPDX-License-Identifier: Apache-2.0
// The PDF/A output intent: the ICC profile medcert's device colours are meant in. Read and checked once,
// when the engine starts, so that no certificate is refused later for a bad installation.
#pragma once

#include <string>

#include <medcert/environment.hpp>

#include "model/result.hpp"

namespace medcert::pdf {

struct OutputIntent {
  std::string profile;     ///< ICC bytes: version 2, RGB, monitor or printer class (PDF/A-1 needs v2)
  std::string identifier;  ///< /OutputConditionIdentifier and /Info, e.g. "sRGB IEC61966-2.1"
};

/// The profile at `file` (named by the font manifest's `output_intent:`), read through `env` and checked:
/// rule C-ICC when it is not named, unreadable, or cannot serve every PDF/A level.
model::Result<OutputIntent> load_output_intent(const Environment& env, const std::string& file, std::string identifier);

}  // namespace medcert::pdf
