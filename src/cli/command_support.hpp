// SPDX-License-Identifier: Apache-2.0
// What the commands share: reading findings, choosing where a PDF goes, summing up diagnostics.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include <medcert/engine.hpp>

#include "cli/commands.hpp"
#include "cli/output_file.hpp"

namespace medcert::cli {

/// The required FINDINGS argument of the commands that read findings.
void add_findings_argument(CLI::App& sub, Language lang, std::string& target);

/// The file named on the command line ("-": standard input), or nullopt after saying why not.
std::optional<Source> read_input(Context& ctx, const std::string& path);

/// A regular file's content, named by its path, or nullopt when it cannot be read; prints nothing.
std::optional<Source> load_source(const std::string& path);

/// The findings named on the command line ("-": standard input), or nullopt after saying why not.
std::optional<Source> read_findings(Context& ctx, const std::string& path);

/// FINDINGS with its extension replaced by .pdf.
std::string default_output(const std::string& findings);

/// "the file already exists; add --force".
void say_exists(Context& ctx, const std::string& path);

/// The library options the context implies (the injected clock).
RenderOptions options_of(const Context& ctx);

/// What `render` and `batch` share: --force, --pdfa and --specimen.
struct RenderFlags {
  bool force = false;
  PdfaLevel pdfa = PdfaLevel::a3b;
  bool specimen = false;
  mode_t mode = kPrivateMode;  ///< --mode: the written PDFs' permissions
};
void add_render_flags(CLI::App& sub, Language lang, RenderFlags& flags);
/// The library options the context and the flags imply.
RenderOptions options_of(const Context& ctx, const RenderFlags& flags);

/// The options for these findings: their photographs are read from the findings' folder (the current one for
/// standard input).
RenderOptions beside(RenderOptions options, const Source& findings);

/// True when something (a file, a folder, a dangling link) is already at `path`.
bool output_exists(const std::string& path);

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
std::function<int(Context&)> declare_batch(CLI::App& sub, Language lang);
std::function<int(Context&)> declare_serve(CLI::App& sub, Language lang);

}  // namespace medcert::cli
