// SPDX-License-Identifier: Apache-2.0
#include "images/sniff.hpp"

namespace medcert::images {

std::optional<Format> sniff(std::string_view bytes) {
  using namespace std::string_view_literals;
  if (bytes.starts_with("\xFF\xD8\xFF"sv)) return Format::jpeg;
  if (bytes.starts_with("\x89PNG\r\n\x1A\n"sv)) return Format::png;
  return std::nullopt;
}

}  // namespace medcert::images
