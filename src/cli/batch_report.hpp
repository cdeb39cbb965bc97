// What `medcert batch` says about its files: the line each one gets as it finishes, and the summary at
// the end, as text (standard error) or as a JSON report (standard output; README, "medcert batch").
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "cli/batch_inputs.hpp"
#include "cli/commands.hpp"

namespace medcert::cli {

// What became of one file. Refused: the findings have errors, or the PDF exists and --force is absent.
// Failed: the findings could not be read, the PDF could not be written, or the engine ran out of memory.
enum class Outcome { rendered, refused, exists, unreadable, unwritable, crashed };

struct FileResult {
  Outcome outcome = Outcome::crashed;
  Diagnostics diagnostics;  ///< the errors of a refused file; the warnings of a rendered one
  std::string source_text;  ///< kept when there are diagnostics: their source lines and carets
  std::string detail;       ///< why writing failed, or what the engine threw
};

/// The line a finished file gets when standard error is not a terminal, e.g. "ok   a.yaml → out/a.pdf".
std::string progress_line(const FileResult& result, const BatchJob& job, Language lang);

/// True when every file was rendered (exit 0).
bool all_rendered(const std::vector<FileResult>& results);

/// Each file's diagnostics with their source lines, then one line per file not rendered, then the counts
/// and the speed.
void print_text_summary(Context& ctx, const std::vector<BatchJob>& jobs, const std::vector<FileResult>& results,
                        std::chrono::milliseconds elapsed);

/// {"format_version": 1, "rendered": [...], "refused": [...], "failed": [...], "elapsed_ms": N}
void print_json_report(Context& ctx, const std::vector<BatchJob>& jobs, const std::vector<FileResult>& results,
                       std::chrono::milliseconds elapsed);

}  // namespace medcert::cli
