// SPDX-License-Identifier: Apache-2.0
#include "cli/progress.hpp"

#include <algorithm>

#include <unistd.h>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/language.hpp"

namespace medcert::cli {
namespace {

constexpr std::size_t kBarWidth = 30;
// At most 10 redraws a second: a fast batch must not spend its time writing to the terminal.
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);

}  // namespace

std::string decimal(double value, Language lang) {
  auto text = fmt::format("{:.1f}", value);
  if (lang == Language::fr) std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

Progress::Style Progress::style_for_stderr(bool quiet) {
  if (quiet) return Style::quiet;
  return ::isatty(STDERR_FILENO) ? Style::bar : Style::lines;
}

Progress::Progress(std::ostream& to, Style style, Language lang, std::size_t total)
    : to_(to), style_(style), lang_(lang), total_(total) {}

void Progress::finished(bool rendered, const std::string& line) {
  const std::lock_guard lock(mutex_);
  ++done_;
  if (!rendered) ++not_rendered_;
  if (style_ == Style::lines) {
    fmt::print(to_, "{}\n", line);
  } else if (style_ == Style::bar) {
    const auto now = Clock::now();
    if (!drawn_ || done_ == total_ || now - last_draw_ >= kRedrawInterval) draw(now);
  }
}

void Progress::draw(Clock::time_point now) {
  const std::size_t filled = total_ == 0 ? kBarWidth : done_ * kBarWidth / total_;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const std::string rate = seconds > 0 ? decimal(static_cast<double>(done_) / seconds, lang_) : "–";
  // \r goes back to the start of the line, ESC [K erases what a longer previous bar left.
  fmt::print(to_, "\r[{}{}] {}/{}  {} {}  {} docs/s\x1b[K", std::string(filled, '#'),
             std::string(kBarWidth - filled, '.'), done_, total_, not_rendered_, tr(lang_, "refusé(s)", "refused"), rate);
  to_.flush();
  last_draw_ = now;
  drawn_ = true;
}

void Progress::close() {
  const std::lock_guard lock(mutex_);
  if (!drawn_) return;
  fmt::print(to_, "\r\x1b[K");
  to_.flush();
  drawn_ = false;
}

}  // namespace medcert::cli
