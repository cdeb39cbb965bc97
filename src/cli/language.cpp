// SPDX-License-Identifier: Apache-2.0
#include "cli/language.hpp"

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <string_view>

#include <fmt/format.h>

#include "model/diag.hpp"

namespace medcert::cli {
namespace {

std::optional<Language> parse(std::string_view value) {
  if (value.rfind("en", 0) == 0) return Language::en;
  if (value.rfind("fr", 0) == 0) return Language::fr;
  return std::nullopt;
}

// CLI11's messages (CLI/Error.hpp, CLI11 2.1) → the catalogue entry that says the same, with the parts it quotes
// as {a}, {b}, {c}; `groups` says what each part is: 'n' an option's name or a count, shown; 'l' a list of
// arguments, of which only the options' names are shown; 'v' a value, never shown (a password typed in the
// wrong place would be printed back). The first that matches wins; an unknown message is shown inside
// cli.other with every value masked.
struct UsagePattern {
  const char* english;
  const char* message_id;
  const char* groups;
};

constexpr UsagePattern kUsagePatterns[] = {
    {R"(A subcommand( is required)?)", "cli.subcommand", "v"},
    {R"((.+) is required)", "cli.required", "n"},
    {R"(The following arguments? (?:was|were) not expected: (.*))", "cli.unexpected", "l"},
    {R"((.+): Check (.+) value in .* FAILED)", "cli.invalid_value", "nv"},
    {R"((.+): (\d+) required (.+) missing)", "cli.missing_value", "nnn"},
    {R"(Expected (?:exactly|at least) (\d+) arguments? to (.+), got (\d+))", "cli.argument_count", "nnn"},
    {R"(The value (.+) is not an allowed value for (.+))", "cli.invalid_value_for", "vn"},
    {R"(Could not convert: (.+) = (.*))", "cli.conversion", "nv"},
    {R"((.+) excludes (.+))", "cli.excludes", "nn"},
    {R"((.+) requires (.+))", "cli.requires", "nn"},
    {R"((.+): (.+) not in \{.*\})", "cli.invalid_value", "nv"},
};

constexpr std::string_view kMasked = "…";

std::string render(std::string_view message_id, std::vector<MessageParam> params, Language lang) {
  Diagnostic d;
  d.message_id = message_id;
  d.params = std::move(params);
  return model::render_message(d, lang, model::Rendering::file);
}

// The name of an option as written ("--pass", "-p"), without the value "--pass=x" or "-px" attaches to it.
std::string option_name(std::string_view argument) {
  if (argument.starts_with("--")) return std::string(argument.substr(0, argument.find('=')));
  return std::string(argument.substr(0, 2));
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  for (std::size_t start = 0; start <= text.size();) {
    const auto end = std::min(text.find(' ', start), text.size());
    words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// `text` with every word that is one of `values`, or holds one (CLI11 quotes them as 'x', x=…), masked. A
// value of one or two characters masks only a word that is that value: "a" would mask every "--lang".
std::string masked(std::string_view text, const std::vector<std::string>& values) {
  std::vector<std::string> shown;
  for (const auto word : words_of(text)) {
    const bool value = std::any_of(values.begin(), values.end(), [word](const std::string& v) {
      return !v.empty() && (word == v || (v.size() > 2 && word.find(v) != std::string_view::npos));
    });
    shown.emplace_back(value ? kMasked : word);
  }
  return fmt::format("{}", fmt::join(shown, " "));
}

// The options' names among CLI11's list of unexpected arguments ("x --pass" → "--pass"), "…" when all were values.
std::string options_only(std::string_view arguments) {
  std::vector<std::string> names;
  for (const auto word : words_of(arguments))
    if (word.size() > 1 && word.front() == '-') names.push_back(option_name(word));
  return names.empty() ? std::string(kMasked) : fmt::format("{}", fmt::join(names, " "));
}

}  // namespace

std::vector<std::string> argument_values(int argc, const char* const* argv, const std::vector<std::string>& commands) {
  std::vector<std::string> values;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.size() < 2 || arg.front() != '-') {
      if (std::find(commands.begin(), commands.end(), arg) == commands.end()) values.emplace_back(arg);
    } else if (const auto name = option_name(arg); name.size() < arg.size()) {
      values.emplace_back(arg.substr(name.size() + (arg[name.size()] == '=' ? 1 : 0)));
    }
  }
  return values;
}

std::string usage_error(const std::string& what, Language lang, const std::vector<std::string>& values) {
  std::string message;
  for (const auto& pattern : kUsagePatterns) {
    std::smatch parts;
    if (!std::regex_match(what, parts, std::regex(pattern.english))) continue;
    std::vector<MessageParam> params;
    const std::string_view groups = pattern.groups;
    for (std::size_t i = 1; i < parts.size() && i <= groups.size(); ++i) {
      const char kind = groups[i - 1];
      if (kind == 'v') continue;
      const std::string part = kind == 'l' ? options_only(parts[i].str()) : parts[i].str();
      params.push_back(model::param(std::string(1, static_cast<char>('a' + i - 1)), masked(part, values)));
    }
    message = render(pattern.message_id, std::move(params), lang);
    break;
  }
  if (message.empty()) message = render("cli.other", {model::param("a", masked(what, values))}, lang);
  return message + "\n" + render("cli.help_hint", {}, lang);
}

Language choose_language(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lang" && i + 1 < argc) {
      if (auto lang = parse(argv[i + 1])) return *lang;
    } else if (arg.rfind("--lang=", 0) == 0) {
      if (auto lang = parse(arg.substr(7))) return *lang;
    }
  }
  // POSIX precedence: the first of these that is set and non-empty decides.
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value && *value) return parse(value).value_or(Language::fr);
  }
  return Language::fr;
}

}  // namespace medcert::cli
