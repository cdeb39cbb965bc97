// SPDX-License-Identifier: Apache-2.0
#include "cli/command_support.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/language.hpp"
#include "model/spelling.hpp"

namespace medcert::cli {

// `medcert templates` and `medcert new PROFESSION`: what the engine knows.
std::function<int(Context&)> declare_templates(CLI::App&, Language) {
  return [](Context& ctx) {
    const Engine* engine = ctx.engine();
    if (!engine) return int{exit_unusable};
    // The person column tells apart two documents of one title: the adult's signalement and the minor's.
    for (const auto& t : engine->templates())
      fmt::print(ctx.out, "{}\t{} / {}\tv{}\t{}\t{}\n", t.id, t.profession, t.profession_en, t.version, t.person,
                 t.title);
    return int{exit_ok};
  };
}

std::function<int(Context&)> declare_new(CLI::App& sub, Language lang) {
  auto profession = std::make_shared<std::string>();
  sub.add_option("PROFESSION", *profession,
                 tr(lang, "profession, en français ou en anglais (medecin, physician, infirmière, kiné…)",
                    "profession, in French or English (medecin, physician, infirmière, kiné…)"))
      ->required();
  auto signalement = std::make_shared<bool>(false);
  auto minor = std::make_shared<bool>(false);
  auto crip = std::make_shared<bool>(false);
  sub.add_flag("--signalement", *signalement,
               tr(lang, "le squelette du signalement au procureur de la République (article 226-14 du code pénal)",
                  "the skeleton of the report to the public prosecutor (Code pénal art. 226-14)"));
  sub.add_flag("--mineur,--minor", *minor,
               tr(lang, "pour une personne mineure : son certificat, ou avec --signalement son signalement",
                  "for a minor: the certificate, or with --signalement the report to the prosecutor"));
  sub.add_flag("--crip", *crip,
               tr(lang, "l'information préoccupante d'un mineur à la cellule départementale (CRIP)",
                  "a minor's information préoccupante to the département's cell (CRIP)"))
      ->excludes("--signalement");
  return [profession, signalement, minor, crip](Context& ctx) {
    const Engine* engine = ctx.engine();
    if (!engine) return int{exit_unusable};
    const Document document = *crip          ? Document::information_preoccupante
                              : *signalement ? (*minor ? Document::minor_signalement : Document::signalement)
                                             : (*minor ? Document::minor_certificate : Document::certificate);
    if (auto skeleton = engine->skeleton(*profession, document)) {
      ctx.out << *skeleton;
      return int{exit_ok};
    }
    const auto suggestion = model::closest(*profession, engine->profession_names());
    if (ctx.lang == Language::en)
      fmt::print(ctx.err, "medcert: error: unknown profession \"{}\"{}\n", *profession, model::did_you_mean_en(suggestion));
    else
      fmt::print(ctx.err, "medcert\u202F: erreur\u202F: profession inconnue «\u202F{}\u202F»{}\n", *profession,
                 model::did_you_mean_fr(suggestion));
    return int{exit_unusable};
  };
}

}  // namespace medcert::cli
