#include "cli/output_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
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

}  // namespace

WriteStatus write_whole(const std::string& path, std::string_view bytes, bool overwrite, std::string& error) {
  if (path == "-") {
    if (write_all(STDOUT_FILENO, bytes)) return WriteStatus::written;
    error = std::strerror(errno);
    return WriteStatus::failed;
  }
  struct stat st {};
  if (!overwrite && ::lstat(path.c_str(), &st) == 0) return WriteStatus::exists;

  const std::filesystem::path target(path);
  const auto dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  std::string temp = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());  // mode 0600
  if (fd < 0) {
    error = std::strerror(errno);
    return WriteStatus::failed;
  }
  const bool ok = write_all(fd, bytes) && ::fsync(fd) == 0;
  const int saved = errno;
  ::close(fd);
  if (!ok || ::rename(temp.c_str(), path.c_str()) != 0) {
    error = std::strerror(ok ? errno : saved);
    ::unlink(temp.c_str());
    return WriteStatus::failed;
  }
  return WriteStatus::written;
}

}  // namespace medcert::cli
