// What the commands share: reading findings, choosing where a PDF goes, summing up diagnostics.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include <medcert/engine.hpp>

#include "cli/commands.hpp"

namespace medcert::cli {

/// The required FINDINGS argument of the commands that read findings.
void add_findings_argument(CLI::App& sub, Language lang, std::string& target);

/// The file named on the command line ("-": standard input), or nullopt after saying why not.
std::optional<Source> read_input(Context& ctx, const std::string& path);

/// The findings named on the command line ("-": standard input), or nullopt after saying why not.
std::optional<Source> read_findings(Context& ctx, const std::string& path);

/// FINDINGS with its extension replaced by .pdf.
std::string default_output(const std::string& findings);

/// "the file already exists; add --force".
void say_exists(Context& ctx, const std::string& path);

/// The library options the context implies (the injected clock).
RenderOptions options_of(const Context& ctx);

/// "N erreur(s), M avertissement(s)" when there is anything to count.
void print_summary(Context& ctx, std::ostream& to, const Diagnostics& diagnostics);

/// Each command's declaration (see the table in commands.cpp).
std::function<int(Context&)> declare_render(CLI::App& sub, Language lang);
std::function<int(Context&)> declare_check(CLI::App& sub, Language lang);
std::function<int(Context&)> declare_templates(CLI::App& sub, Language lang);
std::function<int(Context&)> declare_new(CLI::App& sub, Language lang);
std::function<int(Context&)> declare_extract(CLI::App& sub, Language lang);
std::function<int(Context&)> declare_sign(CLI::App& sub, Language lang);
std::function<int(Context&)> declare_verify(CLI::App& sub, Language lang);

}  // namespace medcert::cli
