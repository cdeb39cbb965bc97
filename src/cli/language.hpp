// SPDX-License-Identifier: Apache-2.0
// The language of the CLI's messages: French by default, English with --lang en or an English locale.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <medcert/diagnostics.hpp>

namespace medcert::cli {

/// `--lang fr|en` on the command line wins; then LC_ALL, LC_MESSAGES, LANG ("en..." → English).
Language choose_language(int argc, const char* const* argv);

/// A usage error of CLI11 (its English `what()`: unknown option, missing argument...) in `lang`, from the
/// catalogue's cli.* entries, with the hint to run --help.
std::string usage_error(const std::string& what, Language lang);

/// The French or the English text, whichever `lang` asks for.
inline const char* tr(Language lang, const char* fr, const char* en) { return lang == Language::en ? en : fr; }

}  // namespace medcert::cli
