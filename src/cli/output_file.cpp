// SPDX-License-Identifier: Apache-2.0
#include "cli/output_file.hpp"

#include <array>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <optional>

#include <pthread.h>
#include <unistd.h>

#include <sys/stat.h>


namespace medcert::cli {
namespace {

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// The temporary files being written (batch writes from several threads), for the signal handler: fixed
// buffers, since the handler may only call async-signal-safe functions (unlink, _exit) and read lock-free
// atomics and what was ready before a slot was armed.
struct PendingTemp {
  char path[4096] = {};
  std::atomic<bool> armed{false};
};
constexpr std::size_t kSlots = 64;
PendingTemp pending[kSlots];

extern "C" void remove_temps_and_exit(int signal) {
  for (auto& temp : pending)
    if (temp.armed.load()) ::unlink(temp.path);
  ::_exit(128 + signal);  // the shell's convention: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP
}

constexpr std::array kInterruptions{SIGINT, SIGTERM, SIGHUP};

// The handler is installed while at least one file is being written, and the previous handlers put back
// after the last one.
std::mutex guards_mutex;
std::condition_variable slot_freed;
std::size_t writers = 0;
std::array<struct sigaction, kInterruptions.size()> previous_actions{};

// While it lives, an interruption removes the temporary file and ends the process: the output is never
// left half written, and no ".NAME.XXXXXX" file stays behind.
class TempGuard {
 public:
  explicit TempGuard(const std::string& temp) {
    std::unique_lock lock(guards_mutex);
    slot_freed.wait(lock, [this] { return (slot_ = free_slot()) != nullptr; });  // more writers than slots: wait
    std::snprintf(slot_->path, sizeof slot_->path, "%s", temp.c_str());
    slot_->armed.store(true);
    if (writers++ > 0) return;
    struct sigaction action {};
    action.sa_handler = remove_temps_and_exit;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < kInterruptions.size(); ++i)
      ::sigaction(kInterruptions[i], &action, &previous_actions[i]);
  }
  ~TempGuard() {
    {
      const std::lock_guard lock(guards_mutex);
      slot_->armed.store(false);
      if (--writers == 0)
        for (std::size_t i = 0; i < kInterruptions.size(); ++i)
          ::sigaction(kInterruptions[i], &previous_actions[i], nullptr);
    }
    slot_freed.notify_one();
  }
  TempGuard(const TempGuard&) = delete;
  TempGuard& operator=(const TempGuard&) = delete;

 private:
  static PendingTemp* free_slot() {
    for (auto& temp : pending)
      if (!temp.armed.load()) return &temp;
    return nullptr;
  }

  PendingTemp* slot_ = nullptr;
};

// Blocks the interruptions in this thread while the guard is put in place, so that none comes between
// mkstemp and the handler that knows the temporary file's name.
class BlockInterruptions {
 public:
  BlockInterruptions() {
    sigset_t set;
    sigemptyset(&set);
    for (const int signal : kInterruptions) sigaddset(&set, signal);
    ::pthread_sigmask(SIG_BLOCK, &set, &previous_);
  }
  ~BlockInterruptions() { ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
  BlockInterruptions(const BlockInterruptions&) = delete;
  BlockInterruptions& operator=(const BlockInterruptions&) = delete;

 private:
  sigset_t previous_{};
};

}  // namespace

WriteStatus write_whole(const std::string& path, std::string_view bytes, bool overwrite, std::string& error,
                        mode_t mode) {
  if (path == "-") {
    if (write_all(STDOUT_FILENO, bytes)) return WriteStatus::written;
    error = std::strerror(errno);
    return WriteStatus::failed;
  }
  // lstat: a symbolic link is something at the path (never followed). With --force it is replaced by
  // rename(2), its target untouched; a folder, a FIFO or a device is never replaced.
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0) {
    if (!overwrite) return WriteStatus::exists;
    if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) {
      error = std::strerror(S_ISDIR(st.st_mode) ? EISDIR : EEXIST);
      return WriteStatus::failed;
    }
  }

  const std::filesystem::path target(path);
  const auto dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  std::string temp = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = -1;
  std::optional<TempGuard> guard;
  {
    const BlockInterruptions blocked;
    fd = ::mkstemp(temp.data());  // mode 0600, whatever the umask
    if (fd < 0) {
      error = std::strerror(errno);
      return WriteStatus::failed;
    }
    guard.emplace(temp);
  }
  const bool ok = (mode == kPrivateMode || ::fchmod(fd, mode) == 0) && write_all(fd, bytes) && ::fsync(fd) == 0;
  const int saved = errno;
  ::close(fd);
  if (!ok || ::rename(temp.c_str(), path.c_str()) != 0) {
    error = std::strerror(ok ? errno : saved);
    ::unlink(temp.c_str());
    return WriteStatus::failed;
  }
  return WriteStatus::written;
}

bool parse_mode(const std::string& text, mode_t& mode) {
  if (text.empty() || text.size() > 4) return false;
  unsigned value = 0;
  for (const char c : text) {
    if (c < '0' || c > '7') return false;
    value = value * 8 + static_cast<unsigned>(c - '0');
  }
  // Only permission bits, and the owner must be able to read and write what medcert wrote for her.
  if (value > 0777 || (value & 0600) != 0600) return false;
  mode = static_cast<mode_t>(value);
  return true;
}

void add_mode_option(CLI::App& sub, Language lang, mode_t& mode) {
  sub.add_option_function<std::string>(
         "--mode",
         [&mode, lang](const std::string& text) {
           if (!parse_mode(text, mode))
             throw CLI::ValidationError("--mode", tr(lang, "un mode octal de 0600 à 0777, par exemple 0640",
                                                     "an octal mode from 0600 to 0777, for example 0640"));
         },
         tr(lang,
            "droits du fichier écrit, en octal (défaut\u202F: 0600, lisible par vous seul\u202F: données de santé)",
            "permissions of the file written, in octal (default: 0600, readable by you only: health data)"))
      ->type_name("OCTAL");
}

}  // namespace medcert::cli
