// SPDX-License-Identifier: Apache-2.0
// How the CLI shows diagnostics: text with the source line and a caret (ninja), or versioned JSON.
#pragma once

#include <ostream>
#include <string>
#include <string_view>


#include <medcert/diagnostics.hpp>

namespace medcert::cli {

/// `text` as it may safely reach a terminal: control characters (escape sequences included) and bytes
/// that are not UTF-8 become "?", one per byte, so a hostile file cannot drive the terminal.
std::string printable(std::string_view text);

/// "file:line:column: erreur [RULE] message", then the source line and a caret under the column
/// when `source_text` is the text of the diagnostic's file.
void print_text(std::ostream& out, const Diagnostics& diagnostics, Language lang, const std::string& source_name,
                const std::string& source_text);

/// medcert::diagnostics_json: {"format_version": 1, "ok": bool, "diagnostics": [...]}.
void print_json(std::ostream& out, const Diagnostics& diagnostics, Language lang, bool ok);

}  // namespace medcert::cli
