#include "cli/commands.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/command_support.hpp"
#include "cli/language.hpp"

namespace medcert::cli {

const Engine* Context::engine() {
  if (engine_ || failed_) return engine_.get();
  try {
    engine_ = std::make_unique<Engine>(EngineConfig{data_dir, {}, {}, system_environment()});
  } catch (const ConfigError& e) {
    failed_ = true;
    fmt::print(err, "{}\n{}\n",
               tr(lang, "medcert\u202F: les données de medcert (modèles, polices) sont inutilisables\u202F:",
                  "medcert: medcert's own data (templates, fonts) cannot be used:"),
               e.what());
  }
  return engine_.get();
}

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      {"render", "vérifie les constatations puis écrit le certificat en PDF",
       "check the findings, then write the certificate as PDF", declare_render},
      {"check", "vérifie les constatations sans rien écrire", "check the findings without writing anything",
       declare_check},
      {"templates", "liste les modèles disponibles", "list the available templates", declare_templates},
      {"new", "affiche un squelette commenté de constatations pour une profession",
       "print a commented findings skeleton for a profession", declare_new},
  };
  return table;
}

}  // namespace medcert::cli
