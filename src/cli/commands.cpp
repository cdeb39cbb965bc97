// SPDX-License-Identifier: Apache-2.0
#include "cli/commands.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/command_support.hpp"
#include "cli/language.hpp"
#include "cli/print_diagnostics.hpp"

namespace medcert::cli {

const Engine* Context::engine() {
  if (engine_ || failed_) return engine_.get();
  try {
    engine_ = std::make_unique<Engine>(EngineConfig{data_dir, {}, {}, system_environment()});
  } catch (const ConfigError& e) {
    failed_ = true;
    fmt::print(err, "{}\n",
               tr(lang, "medcert\u202F: les données de medcert (modèles, polices) sont inutilisables\u202F:",
                  "medcert: medcert's own data (templates, fonts) cannot be used:"));
    // Each problem with its rule id and file:line:column, in the user's language; what() is English only.
    if (e.diagnostics().empty()) fmt::print(err, "{}\n", e.what());
    // Under each located problem, its line of the template or manifest with a caret, as for findings.
    for (const auto& d : e.diagnostics()) {
      const auto text = d.location.line > 0 ? system_environment()->read_file(d.location.file) : std::nullopt;
      print_text(err, {d}, lang, d.location.file, text.value_or(""));
    }
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
      {"extract", "affiche les constatations qu'un certificat PDF/A-3b embarque, en JSON",
       "print the findings a PDF/A-3b certificate embeds, as JSON", declare_extract},
      {"sign", "signe un certificat PDF (PAdES) avec une clé logicielle, ou en deux étapes avec une carte",
       "sign a certificate PDF (PAdES) with a software key, or in two steps with a card", declare_sign},
      {"verify", "vérifie la signature et l'intégrité d'un certificat PDF",
       "verify a certificate PDF's signature and integrity", declare_verify},
      {"batch", "écrit les certificats de tout un dossier ou manifeste de constatations, sur tous les cœurs",
       "write the certificates of a whole folder or manifest of findings, on all cores", declare_batch},
      {"serve", "ouvre le formulaire de saisie dans le navigateur (serveur local sur 127.0.0.1)",
       "open the findings form in the browser (a local server on 127.0.0.1)", declare_serve},
  };
  return table;
}

}  // namespace medcert::cli
