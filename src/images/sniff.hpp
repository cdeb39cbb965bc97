// SPDX-License-Identifier: Apache-2.0
// What a photograph file is, by its first bytes only (never by its name).
#pragma once

#include <optional>
#include <string_view>

namespace medcert::images {

enum class Format { jpeg, png };

/// JPEG (FF D8 FF) or PNG (its 8-byte signature); nothing for anything else, which no decoder then sees.
/// libvips's generic loader is never used: it would as readily parse TIFF, SVG, PDF or a dozen other formats.
std::optional<Format> sniff(std::string_view bytes);

}  // namespace medcert::images
