// SPDX-License-Identifier: Apache-2.0
#include "cli/command_support.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/language.hpp"
#include "cli/output_file.hpp"
#include "cli/print_diagnostics.hpp"
#include "cli/signing_support.hpp"

namespace medcert::cli {

// `medcert render`: validate, then write the PDF whole or not at all.
std::function<int(Context&)> declare_render(CLI::App& sub, Language lang) {
  struct Args {
    std::string findings, output;
    RenderFlags flags;
    bool sign = false;
    KeyOptions key;
  };
  auto args = std::make_shared<Args>();
  add_findings_argument(sub, lang, args->findings);
  sub.add_option("-o,--output", args->output,
                 tr(lang, "fichier PDF à écrire («\u202F-\u202F»\u202F: sortie standard\u202F; défaut\u202F: FINDINGS avec l'extension .pdf)",
                    "PDF file to write (\"-\": standard output; default: FINDINGS with a .pdf extension)"));
  add_render_flags(sub, lang, args->flags);
  auto* sign = sub.add_flag("--sign", args->sign,
                            tr(lang, "signe aussi le PDF (PAdES, comme medcert sign) avec la clé de --p12",
                               "also sign the PDF (PAdES, as medcert sign does) with the key of --p12"));
  add_key_options(sub, lang, args->key)->needs(sign);
  sub.get_option("--specimen")->excludes(sign);
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
    if (args->output != "-" && !args->flags.force && output_exists(args->output)) {
      say_exists(ctx, args->output);
      return int{exit_unusable};
    }
    // The key first: a wrong password must not cost a render.
    std::unique_ptr<Signer> signer;
    if (args->sign && !(signer = open_software_key(ctx, args->key))) return int{exit_unusable};
    const auto source = read_findings(ctx, args->findings);
    if (!source) return int{exit_unusable};
    const Engine* engine = ctx.engine();
    if (!engine) return int{exit_unusable};

    const auto result = engine->render(*source, beside(options_of(ctx, args->flags), *source));
    print_text(ctx.err, result.diagnostics, ctx.lang, source->name, source->text);
    print_summary(ctx, ctx.err, result.diagnostics);
    if (!result.parsed) return int{exit_unusable};
    if (!result.ok()) {
      fmt::print(ctx.err, "{}\n", tr(ctx.lang, "Aucun PDF n'a été écrit.", "No PDF was written."));
      return int{exit_findings_errors};
    }
    SignResult signed_pdf;
    if (signer) {
      SignOptions sign_options;
      sign_options.time = ctx.now;  // unset: the library's "now"
      sign_options.fonts_manifest = ctx.data_dir + "/fonts/manifest.yaml";
      signed_pdf = sign_pdf(result.pdf, *signer, sign_options);
      print_signing_diagnostics(ctx.err, ctx.lang, signed_pdf.diagnostics, args->output);
      if (!signed_pdf.ok()) {
        fmt::print(ctx.err, "{}\n", tr(ctx.lang, "Aucun PDF n'a été écrit.", "No PDF was written."));
        return int{exit_unusable};
      }
    }
    std::string error;
    switch (write_whole(args->output, signer ? signed_pdf.pdf : result.pdf, args->flags.force, error, args->flags.mode)) {
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
