// SPDX-License-Identifier: Apache-2.0
#include "cli/command_support.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/language.hpp"
#include "cli/print_diagnostics.hpp"

namespace medcert::cli {

// `medcert check`: diagnostics only, as text or versioned JSON.
std::function<int(Context&)> declare_check(CLI::App& sub, Language lang) {
  struct Args {
    std::string findings;
    std::string format = "text";
  };
  auto args = std::make_shared<Args>();
  add_findings_argument(sub, lang, args->findings);
  sub.add_option("--format", args->format, tr(lang, "text (défaut) ou json", "text (default) or json"))
      ->check(CLI::IsMember({"text", "json"}));
  return [args](Context& ctx) {
    const auto source = read_findings(ctx, args->findings);
    if (!source) return int{exit_unusable};
    const Engine* engine = ctx.engine();
    if (!engine) return int{exit_unusable};
    const auto result = engine->check(*source, beside(options_of(ctx), *source));
    if (args->format == "json") {
      print_json(ctx.out, result.diagnostics, ctx.lang, result.ok());
    } else {
      print_text(ctx.out, result.diagnostics, ctx.lang, source->name, source->text);
      if (result.ok())
        fmt::print(ctx.out, "{}: {}\n", source->name,
                   tr(ctx.lang, "aucune erreur", "no error"));
      print_summary(ctx, ctx.out, result.diagnostics);
    }
    if (!result.parsed) return int{exit_unusable};
    return int{result.ok() ? exit_ok : exit_findings_errors};
  };
}

}  // namespace medcert::cli
