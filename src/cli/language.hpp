// SPDX-License-Identifier: Apache-2.0
// The language of the CLI's messages: French by default, English with --lang en or an English locale.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <medcert/diagnostics.hpp>

namespace medcert::cli {

/// `--lang fr|en` on the command line wins; then LC_ALL, LC_MESSAGES, LANG ("en..." → English).
Language choose_language(int argc, const char* const* argv);

/// The values on a command line (argv without the program): every argument that is neither an option's name
/// nor one of `commands`, the part after "=" of "--name=value" and what follows a short option's letter
/// ("-pvalue"). One of them may be a password typed where it does not belong.
std::vector<std::string> argument_values(int argc, const char* const* argv, const std::vector<std::string>& commands);

/// A usage error of CLI11 (its English `what()`: unknown option, missing argument...) in `lang`, from the
/// catalogue's cli.* entries, with the hint to run --help. It names options, never a value: nothing of
/// `values` (argument_values) is ever shown, whatever CLI11's message quotes.
std::string usage_error(const std::string& what, Language lang, const std::vector<std::string>& values);

/// The French or the English text, whichever `lang` asks for.
inline const char* tr(Language lang, const char* fr, const char* en) { return lang == Language::en ? en : fr; }

}  // namespace medcert::cli
