// SPDX-License-Identifier: Apache-2.0
// The bytes of an input before YAML sees them: checked to be UTF-8 text, and the map from yaml-cpp's
// 0-based byte marks to the 1-based line:column (in characters) that editors and diagnostics show.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <medcert/diagnostics.hpp>

namespace medcert::load {

/// The characters (code points) of UTF-8 text: its bytes that do not continue a sequence.
int count_characters(std::string_view text);

/// The bytes of the first `characters` characters of UTF-8 `text` (all of it when it is shorter).
std::size_t prefix_bytes(std::string_view text, std::size_t characters);

/// A value or a key as a message quotes it: whole up to 40 characters, else its start and "…" (a hostile
/// file must not fill the terminal).
std::string excerpt(std::string_view text);

/// The text without its UTF-8 byte order mark, if it had one (editors do not count the mark as a column).
std::string_view without_bom(std::string_view text);

/// The offset of the first byte that is not UTF-8 or starts a control character other than tab, LF, CR.
std::optional<std::size_t> find_bad_character(std::string_view text);

/// F-ENCODING at the first byte that is not UTF-8, a NUL or another control character (tab, LF and CR
/// are allowed); nullopt for clean text.
std::optional<Diagnostic> check_encoding(std::string_view text, const std::string& name);

/// The 1-based position of the byte at `offset`, found by counting lines from the start.
Location location_at(std::string_view text, std::size_t offset, const std::string& name);

/// The 1-based position of yaml-cpp's 0-based mark (byte offset `pos` on `line` at byte `column`), its column
/// counted in characters; line 0 (unknown) for yaml-cpp's null mark.
Location mark_location(std::string_view text, int pos, int line, int column, const std::string& name);

}  // namespace medcert::load
