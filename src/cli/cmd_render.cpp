#include "cli/command_support.hpp"

#include <filesystem>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/language.hpp"
#include "cli/output_file.hpp"
#include "cli/print_diagnostics.hpp"

namespace medcert::cli {

// `medcert render`: validate, then write the PDF whole or not at all.
std::function<int(Context&)> declare_render(CLI::App& sub, Language lang) {
  struct Args {
    std::string findings, output;
    bool force = false;
  };
  auto args = std::make_shared<Args>();
  add_findings_argument(sub, lang, args->findings);
  sub.add_option("-o,--output", args->output,
                 tr(lang, "fichier PDF à écrire («\u202F-\u202F»\u202F: sortie standard\u202F; défaut\u202F: FINDINGS avec l'extension .pdf)",
                    "PDF file to write (\"-\": standard output; default: FINDINGS with a .pdf extension)"));
  sub.add_flag("--force", args->force, tr(lang, "remplace un fichier existant", "replace an existing file"));
  return [args](Context& ctx) {
    if (args->output.empty()) {
      if (args->findings == "-") {
        fmt::print(ctx.err, "medcert: {}\n",
                   tr(ctx.lang, "erreur\u202F: avec l'entrée standard, indiquez la sortie avec -o FICHIER ou -o -",
                      "error: with standard input, name the output with -o FILE or -o -"));
        return int{exit_unusable};
      }
      args->output = default_output(args->findings);
    }
    std::error_code ec;
    if (args->output != "-" && !args->force && std::filesystem::symlink_status(args->output, ec).type() != std::filesystem::file_type::not_found) {
      say_exists(ctx, args->output);
      return int{exit_unusable};
    }
    const auto source = read_findings(ctx, args->findings);
    if (!source) return int{exit_unusable};
    const Engine* engine = ctx.engine();
    if (!engine) return int{exit_unusable};

    const auto result = engine->render(*source, options_of(ctx));
    print_text(ctx.err, result.diagnostics, ctx.lang, source->name, source->text);
    print_summary(ctx, ctx.err, result.diagnostics);
    if (!result.parsed) return int{exit_unusable};
    if (!result.ok()) {
      fmt::print(ctx.err, "{}\n", tr(ctx.lang, "Aucun PDF n'a été écrit.", "No PDF was written."));
      return int{exit_findings_errors};
    }
    std::string error;
    switch (write_whole(args->output, result.pdf, args->force, error)) {
      case WriteStatus::written:
        return int{exit_ok};
      case WriteStatus::exists:
        say_exists(ctx, args->output);
        return int{exit_unusable};
      case WriteStatus::failed:
        break;
    }
    fmt::print(ctx.err, "{}: {} ({})\n", args->output,
               tr(ctx.lang, "erreur\u202F: écriture impossible", "error: cannot write"), error);
    return int{exit_unusable};
  };
}

}  // namespace medcert::cli
