// SPDX-License-Identifier: Apache-2.0
// What `medcert batch` renders: the findings files of a folder or of a manifest, and the PDF each one
// becomes. Kept apart from the command so that it can be tested alone (tests/unit/batch_inputs_test.cpp).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace medcert::cli {

/// One findings file and the PDF it becomes.
struct BatchJob {
  std::string input;
  std::string output;
};

/// The findings files directly in `folder` (*.yaml, *.yml, *.json; neither hidden files, as a shell's
/// `*.yaml` would skip them, nor subfolders), sorted by name so that every run goes in the same order.
/// Throws std::filesystem::filesystem_error when the folder cannot be read.
std::vector<std::string> list_findings_folder(const std::filesystem::path& folder);

/// The findings a manifest lists, one a line, relative to `base` (the manifest's folder) unless absolute.
/// Surrounding spaces are ignored; blank lines and lines starting with # are skipped.
std::vector<std::string> parse_manifest(std::string_view text, const std::filesystem::path& base);

/// Each input with the PDF it becomes: OUTDIR/<name of the input without its extension>.pdf.
std::vector<BatchJob> plan_batch(const std::vector<std::string>& inputs, const std::filesystem::path& outdir);

/// A PDF that more than one input would become, with those inputs.
struct OutputClash {
  std::string output;
  std::vector<std::string> inputs;
};

/// Every clash of `jobs`, in the order of their first input; empty when each output is distinct.
std::vector<OutputClash> find_clashes(const std::vector<BatchJob>& jobs);

}  // namespace medcert::cli
