// SPDX-License-Identifier: Apache-2.0
// What `medcert batch` says about its files: the line each one gets as it finishes, and the summary at
// the end, as text (standard error) or as a JSON report (standard output; README, "medcert batch").
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include <medcert/engine.hpp>

#include "cli/batch_inputs.hpp"
#include "cli/commands.hpp"

namespace medcert::cli {

// What became of one file (the library's BatchFile, include/medcert/engine.hpp), and its source text for
// printing diagnostics with their lines.
using Outcome = BatchOutcome;
struct FileResult : BatchFile {
  std::string source_text;  ///< kept when there are diagnostics: their source lines and carets
};

/// The line a finished file gets when standard error is not a terminal, e.g. "ok   a.yaml → out/a.pdf".
std::string progress_line(const FileResult& result, const BatchJob& job, Language lang);

/// True when every file was rendered (exit 0).
bool all_rendered(const std::vector<FileResult>& results);

/// Each file's diagnostics with their source lines, then one line per file not rendered, then the counts
/// and the speed.
void print_text_summary(Context& ctx, const std::vector<BatchJob>& jobs, const std::vector<FileResult>& results,
                        std::chrono::milliseconds elapsed);

/// batch_report_json() on standard output.
void print_json_report(Context& ctx, const std::vector<FileResult>& results, std::chrono::milliseconds elapsed);

}  // namespace medcert::cli
