// SPDX-License-Identifier: Apache-2.0
// medcert's command line: parse argv, run one command of the table, return its exit code.
// Everything else lives in the library (src/api) or in the command table (commands.cpp).
#include <cstdlib>
#include <iostream>

#include <fmt/format.h>

#include <medcert/version.hpp>

#include "cli/commands.hpp"
#include "cli/data_dir.hpp"
#include "cli/language.hpp"

using namespace medcert;
using namespace medcert::cli;

int main(int argc, char** argv) {
  const Language lang = choose_language(argc, argv);
  CLI::App app{tr(lang, "medcert — certificats et attestations pour les personnes victimes de violences",
                  "medcert — certificates and attestations for people who are victims of violence"),
               "medcert"};
  app.set_version_flag("--version", fmt::format("medcert {}", version_string), tr(lang, "affiche la version", "print the version"));
  app.set_help_flag("-h,--help", tr(lang, "affiche cette aide", "print this help"));
  app.set_help_all_flag("--help-all", tr(lang, "affiche l'aide de toutes les commandes", "print the help of every command"));
  app.require_subcommand(1);
  std::string lang_option;
  app.add_option("--lang", lang_option, tr(lang, "langue des messages\u202F: fr (défaut) ou en", "language of messages: fr (default) or en"))
      ->check(CLI::IsMember({"fr", "en"}));
  std::string data_dir;
  app.add_option("--data-dir", data_dir,
                 tr(lang, "dossier contenant templates/ et fonts/ (défaut\u202F: celui de l'installation)",
                    "folder holding templates/ and fonts/ (default: the installation's)"));

  std::function<int(Context&)> run;
  std::vector<std::string> names;
  for (const auto& command : commands()) {
    names.emplace_back(command.name);
    CLI::App* sub = app.add_subcommand(command.name, tr(lang, command.help_fr, command.help_en));
    sub->set_help_flag("-h,--help", tr(lang, "affiche cette aide", "print this help"));
    auto runner = command.declare(*sub, lang);
    sub->callback([&run, runner] { run = runner; });
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version are CLI11's to print; its errors are English, so they are said here.
    if (e.get_exit_code() == 0) return app.exit(e) == 0 ? exit_ok : exit_unusable;
    std::cerr << usage_error(e.what(), lang, argument_values(argc, argv, names)) << '\n';
    return exit_unusable;
  }

  Context context{lang, data_dir.empty() ? find_data_dir(argv[0]) : data_dir, std::nullopt, std::cout, std::cerr};
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    const long long value = std::strtoll(epoch, &end, 10);
    if (*end != '\0' || value < 0) {
      std::cerr << tr(lang, "medcert\u202F: SOURCE_DATE_EPOCH doit être un nombre entier de secondes\n",
                      "medcert: SOURCE_DATE_EPOCH must be a whole number of seconds\n");
      return exit_unusable;
    }
    context.now = value;
  }
  try {
    return run(context);
  } catch (const std::exception& e) {
    std::cerr << tr(lang, "medcert\u202F: erreur interne\u202F: ", "medcert: internal error: ") << e.what() << '\n';
    return exit_unusable;
  }
}
