// SPDX-License-Identifier: Apache-2.0
#include "cli/command_support.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <optional>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/batch_inputs.hpp"
#include "cli/batch_report.hpp"
#include "cli/language.hpp"
#include "cli/output_file.hpp"
#include "cli/print_diagnostics.hpp"
#include "cli/progress.hpp"

namespace medcert::cli {
namespace {

// The same all-or-nothing path as `render`: validate, render, then write_whole (temp file + rename).
FileResult render_one(const Engine& engine, const BatchJob& job, const RenderOptions& options, const RenderFlags& flags) {
  const bool force = flags.force;
  FileResult result;
  result.input = job.input;
  result.output = job.output;
  try {
    if (!force && output_exists(job.output)) {  // before rendering: a refusal costs nothing
      result.outcome = Outcome::exists;
      return result;
    }
    auto source = load_source(job.input);
    if (!source) {
      result.outcome = Outcome::unreadable;
      return result;
    }
    auto rendered = engine.render(*source, beside(options, *source));
    result.diagnostics = std::move(rendered.diagnostics);
    if (!result.diagnostics.empty()) result.source_text = std::move(source->text);
    if (!rendered.ok()) {
      result.outcome = Outcome::refused;
      return result;
    }
    switch (write_whole(job.output, rendered.pdf, force, result.detail, flags.mode)) {
      case WriteStatus::written:
        result.outcome = Outcome::rendered;
        break;
      case WriteStatus::exists:  // created by someone else since the check above
        result.outcome = Outcome::exists;
        break;
      case WriteStatus::failed:
        result.outcome = Outcome::unwritable;
        break;
    }
  } catch (const std::exception& e) {  // only std::bad_alloc escapes the engine: this file fails, the batch goes on
    result.outcome = Outcome::crashed;
    result.detail = e.what();
  }
  return result;
}

void say(Context& ctx, const std::string& subject, const char* fr, const char* en, const std::string& detail = {}) {
  fmt::print(ctx.err, "{}: {}{}{}\n", printable(subject), tr(ctx.lang, fr, en), detail.empty() ? "" : " ", detail);
}

// The findings named by a folder or a manifest, or nullopt after saying why not.
std::optional<std::vector<std::string>> collect_inputs(Context& ctx, const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    try {
      return list_findings_folder(path);
    } catch (const std::filesystem::filesystem_error& e) {
      say(ctx, path, "erreur\u202F: dossier illisible", "error: cannot read this folder",
          fmt::format("({})", e.code().message()));
      return std::nullopt;
    }
  }
  const auto manifest = load_source(path);
  if (!manifest) {
    say(ctx, path, "erreur\u202F: ni un dossier ni un manifeste lisible",
        "error: neither a folder nor a readable manifest");
    return std::nullopt;
  }
  return parse_manifest(manifest->text, std::filesystem::path(path).parent_path());
}

// OUTDIR, created if needed (only its owner may enter: it will hold health data); false after saying why not.
bool make_outdir(Context& ctx, const std::string& outdir) {
  std::error_code ec;
  const bool created = std::filesystem::create_directories(outdir, ec);
  if (!ec && !std::filesystem::is_directory(outdir, ec)) ec = std::make_error_code(std::errc::not_a_directory);
  if (!ec && created) std::filesystem::permissions(outdir, std::filesystem::perms::owner_all, ec);
  if (!ec) return true;
  say(ctx, outdir, "erreur\u202F: impossible de créer ce dossier", "error: cannot create this folder",
      fmt::format("({})", ec.message()));
  return false;
}

void say_clashes(Context& ctx, const std::vector<OutputClash>& clashes) {
  say(ctx, "medcert",
      "erreur\u202F: plusieurs constatations donneraient le même PDF\u202F; renommez-les. Rien n'a été écrit.",
      "error: several findings would give the same PDF; rename them. Nothing was written.");
  for (const auto& clash : clashes) {
    std::vector<std::string> inputs;
    for (const auto& input : clash.inputs) inputs.push_back(printable(input));
    fmt::print(ctx.err, "  {} ← {}\n", printable(clash.output), fmt::join(inputs, ", "));
  }
}

unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

}  // namespace

// `medcert batch`: many findings, one engine, N threads; each file all or nothing, the batch goes past refusals.
std::function<int(Context&)> declare_batch(CLI::App& sub, Language lang) {
  struct Args {
    std::string input, outdir;
    std::string format = "text";
    RenderFlags flags;
    unsigned jobs = default_jobs();
    bool quiet = false;
  };
  auto args = std::make_shared<Args>();
  sub.add_option("DIR|MANIFEST", args->input,
                 tr(lang,
                    "dossier de constatations (*.yaml, *.yml, *.json, sans ses sous-dossiers) ou manifeste "
                    "(un chemin par ligne, relatif au manifeste\u202F; # commente)",
                    "folder of findings (*.yaml, *.yml, *.json, not its subfolders) or manifest "
                    "(one path a line, relative to the manifest; # comments)"))
      ->required();
  sub.add_option("-o,--output", args->outdir,
                 tr(lang, "dossier des PDF (créé au besoin)\u202F: un NOM.pdf par NOM.yaml",
                    "folder of the PDFs (created if needed): one NAME.pdf per NAME.yaml"))
      ->required();
  add_render_flags(sub, lang, args->flags);
  sub.add_option("-j,--jobs", args->jobs,
                 tr(lang, "nombre de fils de rendu (défaut\u202F: un par cœur)",
                    "number of rendering threads (default: one per core)"))
      ->check(CLI::PositiveNumber);
  sub.add_option("--format", args->format,
                 tr(lang, "bilan en text (défaut, sur la sortie d'erreur) ou en json (sur la sortie standard)",
                    "summary as text (default, on standard error) or json (on standard output)"))
      ->check(CLI::IsMember({"text", "json"}));
  sub.add_flag("-q,--quiet", args->quiet,
               tr(lang, "sans progression (le bilan reste)", "no progress (the summary stays)"));
  return [args](Context& ctx) {
    const auto inputs = collect_inputs(ctx, args->input);
    if (!inputs) return int{exit_unusable};
    if (inputs->empty()) {
      say(ctx, args->input, "erreur\u202F: aucune constatation à rendre (*.yaml, *.yml, *.json)",
          "error: no findings to render (*.yaml, *.yml, *.json)");
      return int{exit_unusable};
    }
    const auto jobs = plan_batch(*inputs, args->outdir);
    if (const auto clashes = find_clashes(jobs); !clashes.empty()) {
      say_clashes(ctx, clashes);
      return int{exit_unusable};
    }
    const Engine* engine = ctx.engine();
    if (!engine || !make_outdir(ctx, args->outdir)) return int{exit_unusable};

    const auto options = options_of(ctx, args->flags);
    std::vector<FileResult> results(jobs.size());
    const auto start = std::chrono::steady_clock::now();
    Progress progress(ctx.err, Progress::style_for_stderr(args->quiet), ctx.lang, jobs.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
      for (std::size_t i; (i = next++) < jobs.size();) {
        results[i] = render_one(*engine, jobs[i], options, args->flags);
        progress.finished(results[i].outcome == Outcome::rendered, progress_line(results[i], jobs[i], ctx.lang));
      }
    };
    {
      std::vector<std::jthread> threads(std::min<std::size_t>(args->jobs, jobs.size()));
      for (auto& thread : threads) thread = std::jthread(work);
    }  // joined here
    progress.close();
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);

    if (args->format == "json")
      print_json_report(ctx, results, elapsed);
    else
      print_text_summary(ctx, jobs, results, elapsed);
    return int{all_rendered(results) ? exit_ok : exit_findings_errors};
  };
}

}  // namespace medcert::cli
