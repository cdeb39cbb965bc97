// SPDX-License-Identifier: Apache-2.0
#include "cli/language.hpp"

#include <cstdlib>
#include <regex>
#include <string_view>

#include "model/diag.hpp"

namespace medcert::cli {
namespace {

std::optional<Language> parse(std::string_view value) {
  if (value.rfind("en", 0) == 0) return Language::en;
  if (value.rfind("fr", 0) == 0) return Language::fr;
  return std::nullopt;
}

// CLI11's messages (CLI/Error.hpp, CLI11 2.1) → the catalogue entry that says the same, with the parts it quotes
// as {a}, {b}, {c}. The first that matches wins; an unknown message is shown as it is, inside cli.other.
struct UsagePattern {
  const char* english;
  const char* message_id;
};

constexpr UsagePattern kUsagePatterns[] = {
    {R"(A subcommand( is required)?)", "cli.subcommand"},
    {R"((.+) is required)", "cli.required"},
    {R"(The following arguments? (?:was|were) not expected: (.*))", "cli.unexpected"},
    {R"((.+): Check (.+) value in .* FAILED)", "cli.invalid_value"},
    {R"((.+): (\d+) required (.+) missing)", "cli.missing_value"},
    {R"(Expected (?:exactly|at least) (\d+) arguments? to (.+), got (\d+))", "cli.argument_count"},
    {R"(The value (.+) is not an allowed value for (.+))", "cli.invalid_value_for"},
    {R"(Could not convert: (.+) = (.*))", "cli.conversion"},
    {R"((.+) excludes (.+))", "cli.excludes"},
    {R"((.+) requires (.+))", "cli.requires"},
    {R"((.+): (.+) not in \{.*\})", "cli.invalid_value"},
};

std::string render(std::string_view message_id, std::vector<MessageParam> params, Language lang) {
  Diagnostic d;
  d.message_id = message_id;
  d.params = std::move(params);
  return model::render_message(d, lang, model::Rendering::file);
}

}  // namespace

std::string usage_error(const std::string& what, Language lang) {
  std::string message;
  for (const auto& pattern : kUsagePatterns) {
    std::smatch parts;
    if (!std::regex_match(what, parts, std::regex(pattern.english))) continue;
    std::vector<MessageParam> params;
    for (std::size_t i = 1; i < parts.size() && i <= 3; ++i)
      params.push_back(model::param(std::string(1, static_cast<char>('a' + i - 1)), parts[i].str()));
    message = render(pattern.message_id, std::move(params), lang);
    break;
  }
  if (message.empty()) message = render("cli.other", {model::param("a", what)}, lang);
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
