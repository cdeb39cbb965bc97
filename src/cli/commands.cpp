#include "cli/commands.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/language.hpp"
#include "cli/output_file.hpp"
#include "cli/print_diagnostics.hpp"
#include "model/spelling.hpp"

namespace medcert::cli {
namespace {

// The findings named on the command line ("-": standard input), or nullopt after saying why not.
std::optional<Source> read_findings(Context& ctx, const std::string& path) {
  std::ostringstream content;
  if (path == "-") {
    content << std::cin.rdbuf();
    return Source{std::move(content).str(), "<stdin>"};
  }
  std::error_code ec;
  std::ifstream in;
  if (std::filesystem::is_regular_file(path, ec)) in.open(path, std::ios::binary);
  if (!in) {
    fmt::print(ctx.err, "{}: {}\n", path,
               tr(ctx.lang, "erreur\u202F: fichier illisible ou introuvable", "error: cannot read this file"));
    return std::nullopt;
  }
  content << in.rdbuf();
  return Source{std::move(content).str(), path};
}

std::string default_output(const std::string& findings) {
  return std::filesystem::path(findings).replace_extension(".pdf").string();
}

void say_exists(Context& ctx, const std::string& path) {
  fmt::print(ctx.err, "{}: {}\n", path,
             tr(ctx.lang, "erreur\u202F: le fichier existe déjà\u202F; ajoutez --force pour le remplacer",
                "error: the file already exists; add --force to replace it"));
}

RenderOptions options_of(const Context& ctx) { return RenderOptions{ctx.now}; }

void print_summary(Context& ctx, std::ostream& to, const Diagnostics& diagnostics) {
  std::size_t errors = 0, warnings = 0;
  for (const auto& d : diagnostics) (d.severity == Severity::error ? errors : warnings)++;
  if (errors + warnings == 0) return;
  fmt::print(to, "{}\n",
             ctx.lang == Language::en ? fmt::format("{} error(s), {} warning(s)", errors, warnings)
                                      : fmt::format("{} erreur(s), {} avertissement(s)", errors, warnings));
}

std::function<int(Context&)> declare_render(CLI::App& sub, Language lang) {
  struct Args {
    std::string findings, output;
    bool force = false;
  };
  auto args = std::make_shared<Args>();
  sub.add_option("FINDINGS", args->findings, tr(lang, "constatations (YAML ou JSON\u202F; «\u202F-\u202F»\u202F: entrée standard)",
                                                "findings (YAML or JSON; \"-\": standard input)"))
      ->required();
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

std::function<int(Context&)> declare_check(CLI::App& sub, Language lang) {
  struct Args {
    std::string findings;
    std::string format = "text";
  };
  auto args = std::make_shared<Args>();
  sub.add_option("FINDINGS", args->findings, tr(lang, "constatations (YAML ou JSON\u202F; «\u202F-\u202F»\u202F: entrée standard)",
                                                "findings (YAML or JSON; \"-\": standard input)"))
      ->required();
  sub.add_option("--format", args->format, tr(lang, "text (défaut) ou json", "text (default) or json"))
      ->check(CLI::IsMember({"text", "json"}));
  return [args](Context& ctx) {
    const auto source = read_findings(ctx, args->findings);
    if (!source) return int{exit_unusable};
    const Engine* engine = ctx.engine();
    if (!engine) return int{exit_unusable};
    const auto result = engine->check(*source, options_of(ctx));
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

std::function<int(Context&)> declare_templates(CLI::App&, Language) {
  return [](Context& ctx) {
    const Engine* engine = ctx.engine();
    if (!engine) return int{exit_unusable};
    for (const auto& t : engine->templates())
      fmt::print(ctx.out, "{}\t{} / {}\tv{}\t{}\n", t.id, t.profession, t.profession_en, t.version, t.title);
    return int{exit_ok};
  };
}

std::function<int(Context&)> declare_new(CLI::App& sub, Language lang) {
  auto profession = std::make_shared<std::string>();
  sub.add_option("PROFESSION", *profession,
                 tr(lang, "profession, en français ou en anglais (medecin, physician…)",
                    "profession, in French or English (medecin, physician…)"))
      ->required();
  return [profession](Context& ctx) {
    const Engine* engine = ctx.engine();
    if (!engine) return int{exit_unusable};
    if (auto skeleton = engine->skeleton(*profession)) {
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

}  // namespace

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
