// SPDX-License-Identifier: Apache-2.0
#include "cli/batch_inputs.hpp"

#include <algorithm>
#include <map>

namespace medcert::cli {
namespace {

bool is_findings_name(const std::filesystem::path& name) {
  const auto extension = name.extension();
  return name.string().front() != '.' && (extension == ".yaml" || extension == ".yml" || extension == ".json");
}

std::string_view trimmed(std::string_view line) {
  constexpr std::string_view spaces = " \t\r";
  const auto first = line.find_first_not_of(spaces);
  if (first == std::string_view::npos) return {};
  return line.substr(first, line.find_last_not_of(spaces) - first + 1);
}

}  // namespace

std::vector<std::string> list_findings_folder(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (is_findings_name(entry.path().filename()) && entry.is_regular_file()) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  std::vector<std::string> inputs;
  for (const auto& name : names) inputs.push_back((folder / name).string());
  return inputs;
}

std::vector<std::string> parse_manifest(std::string_view text, const std::filesystem::path& base) {
  std::vector<std::string> inputs;
  while (!text.empty()) {
    const auto end = text.find('\n');
    const auto line = trimmed(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    if (line.empty() || line.front() == '#') continue;
    inputs.push_back((base / std::filesystem::path(line)).string());  // an absolute line replaces `base`
  }
  return inputs;
}

std::vector<BatchJob> plan_batch(const std::vector<std::string>& inputs, const std::filesystem::path& outdir) {
  std::vector<BatchJob> jobs;
  for (const auto& input : inputs) {
    auto name = std::filesystem::path(input).filename();
    jobs.push_back({input, (outdir / name.replace_extension(".pdf")).string()});
  }
  return jobs;
}

std::vector<OutputClash> find_clashes(const std::vector<BatchJob>& jobs) {
  std::map<std::string, std::size_t> index;  // output → its position in `clashes`
  std::vector<OutputClash> clashes;
  for (const auto& job : jobs) {
    const auto [at, inserted] = index.try_emplace(job.output, clashes.size());
    if (inserted) clashes.push_back({job.output, {}});
    clashes[at->second].inputs.push_back(job.input);
  }
  std::erase_if(clashes, [](const OutputClash& clash) { return clash.inputs.size() < 2; });
  return clashes;
}

}  // namespace medcert::cli
