// SPDX-License-Identifier: Apache-2.0
// The subcommands, declared in one table (ninja's kTools): name, help in both languages, and how
// each adds its options to the parser and runs. Each command only builds a request, calls the
// library and maps the result to an exit code.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include <medcert/engine.hpp>

namespace medcert::cli {

/// Exit codes of DESIGN.md, frozen: only ever appended.
enum ExitCode : int { exit_ok = 0, exit_findings_errors = 1, exit_unusable = 2 };

/// What every command shares: the language, where the data is, the injected clock, the streams.
struct Context {
  Context(Language language, std::string data, std::optional<std::int64_t> clock, std::ostream& o, std::ostream& e)
      : lang(language), data_dir(std::move(data)), now(clock), out(o), err(e) {}

  Language lang = Language::fr;
  std::string data_dir;
  std::optional<std::int64_t> now;  ///< from SOURCE_DATE_EPOCH, when set
  std::ostream& out;
  std::ostream& err;

  /// The engine, created on first use; nullptr after printing why it could not be created.
  const Engine* engine();

 private:
  std::unique_ptr<Engine> engine_;
  bool failed_ = false;
};

struct Command {
  const char* name;
  const char* help_fr;
  const char* help_en;
  /// Adds the command's arguments to `sub` and returns what runs it once argv is parsed.
  std::function<std::function<int(Context&)>(CLI::App& sub, Language lang)> declare;
};

const std::vector<Command>& commands();

}  // namespace medcert::cli
