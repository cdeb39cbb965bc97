// SPDX-License-Identifier: Apache-2.0
#include <medcert/pdf.hpp>

#include "cli/command_support.hpp"
#include "cli/language.hpp"
#include "cli/print_diagnostics.hpp"

namespace medcert::cli {

// `medcert extract CERT.pdf`: the embedded findings on standard output, exactly as embedded.
std::function<int(Context&)> declare_extract(CLI::App& sub, Language lang) {
  auto path = std::make_shared<std::string>();
  sub.add_option("PDF", *path,
                 tr(lang, "certificat PDF produit par medcert («\u202F-\u202F»\u202F: entrée standard)",
                    "certificate PDF produced by medcert (\"-\": standard input)"))
      ->required();
  return [path](Context& ctx) {
    const auto source = read_input(ctx, *path);
    if (!source) return int{exit_unusable};
    auto result = extract_findings(source->text);
    if (!result.ok()) {
      for (auto& d : result.diagnostics) d.location.file = source->name;
      print_text(ctx.err, result.diagnostics, ctx.lang, source->name, {});
      return int{exit_unusable};
    }
    ctx.out << result.json;
    return int{exit_ok};
  };
}

}  // namespace medcert::cli
