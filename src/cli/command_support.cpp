// SPDX-License-Identifier: Apache-2.0
#include "cli/command_support.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
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
  if (path == "-") {
    std::ostringstream content;
    content << std::cin.rdbuf();
    return Source{std::move(content).str(), "<stdin>"};
  }
  auto source = load_source(path);
  if (!source)
    fmt::print(ctx.err, "{}: {}\n", path,
               tr(ctx.lang, "erreur\u202F: fichier illisible ou introuvable", "error: cannot read this file"));
  return source;
}

std::optional<Source> load_source(const std::string& path) {
  std::error_code ec;
  std::ifstream in;
  if (std::filesystem::is_regular_file(path, ec)) in.open(path, std::ios::binary);
  if (!in.is_open()) return std::nullopt;  // never opened: no error bit, `!in` would read a missing file as empty
  std::ostringstream content;
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

void add_render_flags(CLI::App& sub, Language lang, RenderFlags& flags) {
  sub.add_flag("--force", flags.force, tr(lang, "remplace un fichier existant", "replace an existing file"));
  // Exactly these three words: CLI11's CheckedTransformer also took the enum's numbers ("--pdfa 2" was 1b).
  static const std::map<std::string, PdfaLevel> levels{{"3b", PdfaLevel::a3b}, {"2b", PdfaLevel::a2b}, {"1b", PdfaLevel::a1b}};
  sub.add_option_function<std::string>(
         "--pdfa", [&flags](const std::string& level) { flags.pdfa = levels.at(level); },
         tr(lang, "niveau PDF/A\u202F: 3b (défaut, constatations incluses), 2b ou 1b (leur empreinte seule)",
            "PDF/A level: 3b (default, findings embedded), 2b or 1b (their hash only)"))
      ->check(CLI::IsMember(std::vector<std::string>{"3b", "2b", "1b"}));
  sub.add_flag("--specimen", flags.specimen,
               tr(lang, "spécimen de formation\u202F: chaque page porte «\u202FSPÉCIMEN — document fictif de formation\u202F»\u202F; "
                  "ne peut pas être signé",
                  "training specimen: every page says \"SPÉCIMEN — document fictif de formation\"; cannot be signed"));
  add_mode_option(sub, lang, flags.mode);
}

RenderOptions options_of(const Context& ctx, const RenderFlags& flags) {
  RenderOptions options = options_of(ctx);
  options.pdfa = flags.pdfa;
  options.specimen = flags.specimen;
  return options;
}

RenderOptions beside(RenderOptions options, const Source& findings) {
  const auto folder = std::filesystem::path(findings.name).parent_path();
  options.photo_folder = findings.name == "<stdin>" || folder.empty() ? "." : folder.string();
  return options;
}

bool output_exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::symlink_status(path, ec).type() != std::filesystem::file_type::not_found;
}

void print_summary(Context& ctx, std::ostream& to, const Diagnostics& diagnostics) {
  const auto count = [&](Severity severity) {
    return std::count_if(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) { return d.severity == severity; });
  };
  const auto errors = count(Severity::error), warnings = count(Severity::warning), notices = count(Severity::notice);
  if (errors + warnings + notices == 0) return;
  auto line = ctx.lang == Language::en ? fmt::format("{} error(s), {} warning(s)", errors, warnings)
                                       : fmt::format("{} erreur(s), {} avertissement(s)", errors, warnings);
  if (notices > 0) line += ctx.lang == Language::en ? fmt::format(", {} notice(s)", notices) : fmt::format(", {} information(s)", notices);
  fmt::print(to, "{}\n", line);
}

}  // namespace medcert::cli
