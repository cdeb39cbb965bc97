// SPDX-License-Identifier: Apache-2.0
#include "images/libvips.hpp"

#include <mutex>

namespace medcert::images {
namespace {

constexpr std::size_t kMaxLength = 160;

// One short line of printable ASCII: a message from a decoder may quote bytes of the file.
std::string one_line(const char* text) {
  std::string line;
  for (const char* c = text; c && *c && *c != '\n' && line.size() < kMaxLength; ++c)
    line += *c >= ' ' && *c <= '~' ? *c : '?';
  return line;
}

// libpng's errors reach libvips only as warnings, on the thread that reads (the header is read on the
// caller's): the last one is kept as the reason when libvips's error buffer says nothing.
thread_local std::string last_warning;

void keep_warning(const gchar*, GLogLevelFlags, const gchar* message, gpointer) noexcept {
  try {
    last_warning = one_line(message);
  } catch (...) {  // nothing may be thrown into libvips
  }
}

bool start() noexcept {
  if (VIPS_INIT("medcert") != 0) return false;
  vips_cache_set_max(0);
  vips_concurrency_set(1);
  // libvips and the libpng/libjpeg handlers it installs report through g_warning, which prints on stderr;
  // only its own log domain is taken over, not the host process's other libraries.
  g_log_set_handler("VIPS", static_cast<GLogLevelFlags>(G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE), keep_warning,
                    nullptr);
  return true;
}

}  // namespace

bool libvips_ready() noexcept {
  static std::once_flag once;
  static bool ready = false;
  std::call_once(once, [] { ready = start(); });
  return ready;
}

std::string take_libvips_error() {
  // The copy is taken and the buffer emptied under libvips's lock (the buffer is one for the process).
  const std::unique_ptr<char, decltype(&g_free)> text(vips_error_buffer_copy(), &g_free);
  std::string line = one_line(text.get());
  if (line.empty()) line = std::move(last_warning);
  last_warning.clear();
  return line.empty() ? "no message" : line;
}

}  // namespace medcert::images
