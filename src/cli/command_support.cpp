#include "cli/command_support.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/language.hpp"

namespace medcert::cli {

void add_findings_argument(CLI::App& sub, Language lang, std::string& target) {
  sub.add_option("FINDINGS", target,
                 tr(lang, "constatations (YAML ou JSON\u202F; «\u202F-\u202F»\u202F: entrée standard)",
                    "findings (YAML or JSON; \"-\": standard input)"))
      ->required();
}

std::optional<Source> read_findings(Context& ctx, const std::string& path) { return read_input(ctx, path); }

std::optional<Source> read_input(Context& ctx, const std::string& path) {
  std::ostringstream content;
  if (path == "-") {
    content << std::cin.rdbuf();
    return Source{std::move(content).str(), "<stdin>"};
  }
  std::error_code ec;
  std::ifstream in;
  if (std::filesystem::is_regular_file(path, ec)) in.open(path, std::ios::binary);
  if (!in.is_open()) {  // a never-opened stream has no error bit: `!in` would let a missing file read as empty
    fmt::print(ctx.err, "{}: {}\n", path,
               tr(ctx.lang, "erreur\u202F: fichier illisible ou introuvable", "error: cannot read this file"));
    return std::nullopt;
  }
  content << in.rdbuf();
  return Source{std::move(content).str(), path};
}

std::string default_output(const std::string& findings) {
  return std::filesystem::path(findings).replace_extension(".pdf").string();
}

void say_exists(Context& ctx, const std::string& path) {
  fmt::print(ctx.err, "{}: {}\n", path,
             tr(ctx.lang, "erreur\u202F: le fichier existe déjà\u202F; ajoutez --force pour le remplacer",
                "error: the file already exists; add --force to replace it"));
}

RenderOptions options_of(const Context& ctx) { return RenderOptions{ctx.now}; }

void print_summary(Context& ctx, std::ostream& to, const Diagnostics& diagnostics) {
  std::size_t errors = 0, warnings = 0;
  for (const auto& d : diagnostics) (d.severity == Severity::error ? errors : warnings)++;
  if (errors + warnings == 0) return;
  fmt::print(to, "{}\n",
             ctx.lang == Language::en ? fmt::format("{} error(s), {} warning(s)", errors, warnings)
                                      : fmt::format("{} erreur(s), {} avertissement(s)", errors, warnings));
}

}  // namespace medcert::cli
