// SPDX-License-Identifier: Apache-2.0
// The body of POST /api/render: a findings object, or, when the form sends photographs with it,
//   {"findings": {...}, "photos": [{"file": "IMG_0412.jpg", "data": "<base64 of the file's bytes>"}]}
// where each `file` is a name the findings' photos[].file give. The bytes live in this request only.
#pragma once

#include <map>
#include <optional>
#include <string>

namespace medcert::serve {

struct RenderRequest {
  std::string findings;                       ///< the findings object, as JSON text
  std::map<std::string, std::string> photos;  ///< the photographs' bytes, by file name
};

/// Why a body is not a render request, in both languages.
struct RequestError {
  const char* fr;
  const char* en;
};

/// The request in `body`, or why it is not one.
std::optional<RenderRequest> render_request(const std::string& body, RequestError& error);

}  // namespace medcert::serve
