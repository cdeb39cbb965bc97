#include "cli/batch_report.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <nlohmann/json.hpp>

#include "cli/language.hpp"
#include "cli/print_diagnostics.hpp"
#include "cli/progress.hpp"

namespace medcert::cli {
namespace {

bool is_refused(Outcome outcome) { return outcome == Outcome::refused || outcome == Outcome::exists; }

std::size_t count(const Diagnostics& diagnostics, Severity severity) {
  return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                [severity](const Diagnostic& d) { return d.severity == severity; }));
}

// "2 errors (R-REQ findings.patient.birth_date at 4:3, …)": enough to find the problem from a log line.
std::string errors_digest(const Diagnostics& diagnostics, Language lang) {
  constexpr std::size_t shown = 3;
  std::vector<std::string> items;
  for (const auto& d : diagnostics) {
    if (d.severity != Severity::error) continue;
    if (items.size() == shown) {
      items.emplace_back("…");
      break;
    }
    auto item = d.path.empty() ? d.rule : fmt::format("{} {}", d.rule, d.path);
    if (d.location.line > 0) item += fmt::format(" {} {}:{}", tr(lang, "à", "at"), d.location.line, d.location.column);
    items.push_back(std::move(item));
  }
  const auto errors = count(diagnostics, Severity::error);
  return fmt::format("{} {} ({})", errors, tr(lang, errors > 1 ? "erreurs" : "erreur", errors > 1 ? "errors" : "error"),
                     fmt::join(items, ", "));
}

// Why a file was not rendered, in words.
std::string reason(const FileResult& result, const BatchJob& job, Language lang) {
  switch (result.outcome) {
    case Outcome::rendered:
      break;
    case Outcome::refused:
      return errors_digest(result.diagnostics, lang);
    case Outcome::exists:
      return fmt::format("{} {}", job.output,
                         tr(lang, "existe déjà\u202F; ajoutez --force pour le remplacer", "exists, use --force"));
    case Outcome::unreadable:
      return tr(lang, "fichier illisible ou introuvable", "cannot read this file");
    case Outcome::unwritable:
      return fmt::format("{} {} ({})", tr(lang, "écriture impossible de", "cannot write"), job.output, result.detail);
    case Outcome::crashed:
      return fmt::format("{}\u202F: {}", tr(lang, "erreur interne", "internal error"), result.detail);
  }
  return {};
}

struct Tally {
  std::size_t rendered = 0, refused = 0, failed = 0;
};

Tally tally(const std::vector<FileResult>& results) {
  Tally t;
  for (const auto& r : results)
    (r.outcome == Outcome::rendered ? t.rendered : is_refused(r.outcome) ? t.refused : t.failed)++;
  return t;
}

}  // namespace

std::string progress_line(const FileResult& result, const BatchJob& job, Language lang) {
  const auto input = printable(job.input);
  if (result.outcome == Outcome::rendered) {
    auto line = fmt::format("{:<8}{} → {}", tr(lang, "écrit", "ok"), input, printable(job.output));
    if (const auto warnings = count(result.diagnostics, Severity::warning))
      line += fmt::format(" ({} {})", warnings, tr(lang, "avertissement(s)", "warning(s)"));
    return line;
  }
  const char* status = is_refused(result.outcome) ? tr(lang, "refusé", "refused") : tr(lang, "échec", "failed");
  return fmt::format("{:<8}{}{} {}", status, input, tr(lang, "\u202F:", ":"), printable(reason(result, job, lang)));
}

void print_text_summary(Context& ctx, const std::vector<BatchJob>& jobs, const std::vector<FileResult>& results,
                        std::chrono::milliseconds elapsed) {
  const double seconds = std::chrono::duration<double>(elapsed).count();
  for (std::size_t i = 0; i < jobs.size(); ++i)
    print_text(ctx.err, results[i].diagnostics, ctx.lang, jobs[i].input, results[i].source_text);
  for (std::size_t i = 0; i < jobs.size(); ++i)
    if (results[i].outcome != Outcome::rendered)
      fmt::print(ctx.err, "{}\n", progress_line(results[i], jobs[i], ctx.lang));
  const auto t = tally(results);
  const auto rate = decimal(seconds > 0 ? static_cast<double>(jobs.size()) / seconds : 0, ctx.lang);
  fmt::print(ctx.err, "{}\n",
             ctx.lang == Language::en
                 ? fmt::format("{} rendered, {} refused, {} failed, in {} s ({} documents/s)", t.rendered, t.refused,
                               t.failed, decimal(seconds, ctx.lang), rate)
                 : fmt::format("{} rendu(s), {} refusé(s), {} en échec, en {} s ({} documents/s)", t.rendered,
                               t.refused, t.failed, decimal(seconds, ctx.lang), rate));
}

void print_json_report(Context& ctx, const std::vector<BatchJob>& jobs, const std::vector<FileResult>& results,
                       std::chrono::milliseconds elapsed) {
  auto rendered = nlohmann::json::array(), refused = nlohmann::json::array(), failed = nlohmann::json::array();
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const auto& r = results[i];
    if (r.outcome == Outcome::rendered)
      rendered.push_back({{"input", jobs[i].input},
                          {"output", jobs[i].output},
                          {"diagnostics", diagnostics_json(r.diagnostics, ctx.lang)}});
    else if (is_refused(r.outcome))
      refused.push_back({{"input", jobs[i].input},
                         {"output", jobs[i].output},
                         {"reason", r.outcome == Outcome::exists ? "exists" : "findings"},
                         {"diagnostics", diagnostics_json(r.diagnostics, ctx.lang)}});
    else
      failed.push_back({{"input", jobs[i].input}, {"error", reason(r, jobs[i], ctx.lang)}});
  }
  const nlohmann::json report = {{"format_version", 1}, {"rendered", rendered}, {"refused", refused},
                                 {"failed", failed},    {"elapsed_ms", elapsed.count()}};
  // Invalid UTF-8 in a file name or a hostile file must not abort the report: replace it.
  ctx.out << report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

bool all_rendered(const std::vector<FileResult>& results) {
  return std::all_of(results.begin(), results.end(),
                     [](const FileResult& r) { return r.outcome == Outcome::rendered; });
}

}  // namespace medcert::cli
