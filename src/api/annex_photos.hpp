// SPDX-License-Identifier: Apache-2.0
// The findings' photographs, from the bytes the caller gave (library, form) or from files beside the findings
// (CLI), made ready to print by images/, their originals' SHA-256 recorded in the findings (R-PH-6).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <medcert/environment.hpp>

#include "model/document.hpp"
#include "model/findings.hpp"
#include "model/result.hpp"

namespace medcert::api {

/// One image per photograph of `findings`, in order; the diagnostics name the file at its `file` field. A
/// photograph's bytes are `given[file]`, else the file `folder/file` when a folder is given (never read
/// otherwise: a server reads no file a request names). Fills each photograph's `sha256`; a SHA-256 the
/// findings gave must be the file's.
model::Result<std::vector<model::PhotoImage>> prepare_photos(model::Findings& findings,
                                                             const std::map<std::string, std::string>& given,
                                                             const std::optional<std::string>& folder,
                                                             const Environment& env);

}  // namespace medcert::api
