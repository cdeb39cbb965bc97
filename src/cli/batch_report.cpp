// SPDX-License-Identifier: Apache-2.0
#include "cli/batch_report.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ostream.h>

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
  return fmt::format("{:<8}{}{} {}", status, input, tr(lang, "\u202F:", ":"), printable(batch_file_reason(result, lang)));
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

void print_json_report(Context& ctx, const std::vector<FileResult>& results, std::chrono::milliseconds elapsed) {
  ctx.out << batch_report_json(std::vector<BatchFile>(results.begin(), results.end()), elapsed.count(), ctx.lang) << '\n';
}

bool all_rendered(const std::vector<FileResult>& results) {
  return std::all_of(results.begin(), results.end(),
                     [](const FileResult& r) { return r.outcome == Outcome::rendered; });
}

}  // namespace medcert::cli
