// SPDX-License-Identifier: Apache-2.0
// How `medcert batch` shows its progress on standard error: a bar redrawn in place on a terminal, one
// line per finished file otherwise, nothing with --quiet. Worker threads report through one Progress,
// whose mutex serialises them: lines never interleave.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>

#include <medcert/diagnostics.hpp>

namespace medcert::cli {

/// `value` with one decimal, as the language writes it ("12,3" in French, "12.3" in English).
std::string decimal(double value, Language lang);

class Progress {
 public:
  enum class Style { bar, lines, quiet };

  /// The style for standard error: the bar on a terminal, lines otherwise, nothing when `quiet`.
  static Style style_for_stderr(bool quiet);

  Progress(std::ostream& to, Style style, Language lang, std::size_t total);

  /// One file is done; `line` says how (printed as is in the lines style). Thread-safe.
  void finished(bool rendered, const std::string& line);
  /// Erases the bar, so that what follows starts on a clean line.
  void close();

 private:
  using Clock = std::chrono::steady_clock;
  void draw(Clock::time_point now);

  std::mutex mutex_;
  std::ostream& to_;
  const Style style_;
  const Language lang_;
  const std::size_t total_;
  std::size_t done_ = 0, not_rendered_ = 0;
  const Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_{};
  bool drawn_ = false;
};

}  // namespace medcert::cli
