#include "cli/language.hpp"

#include <cstdlib>
#include <string_view>

namespace medcert::cli {
namespace {

std::optional<Language> parse(std::string_view value) {
  if (value.rfind("en", 0) == 0) return Language::en;
  if (value.rfind("fr", 0) == 0) return Language::fr;
  return std::nullopt;
}

}  // namespace

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
