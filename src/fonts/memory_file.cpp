// SPDX-License-Identifier: Apache-2.0
#include "fonts/memory_file.hpp"

#include <cerrno>
#include <system_error>
#include <utility>

#include <sys/mman.h>
#include <unistd.h>

namespace medcert::fonts {

namespace {

[[noreturn]] void fail(const char* what) { throw std::system_error(errno, std::generic_category(), what); }

}  // namespace

MemoryFile::MemoryFile(std::string_view bytes) : fd_(memfd_create("medcert-font", MFD_CLOEXEC)) {
  if (fd_ < 0) fail("memfd_create");
  for (std::size_t done = 0; done < bytes.size();) {
    const ssize_t written = write(fd_, bytes.data() + done, bytes.size() - done);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      const int error = errno;
      close(fd_);
      errno = error;
      fail("writing a font to memory");
    }
    done += static_cast<std::size_t>(written);
  }
  // Opening this path gives a new file description, read from the start, whatever fd_'s offset.
  path_ = "/proc/self/fd/" + std::to_string(fd_);
}

MemoryFile::~MemoryFile() {
  if (fd_ >= 0) close(fd_);
}

MemoryFile::MemoryFile(MemoryFile&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), path_(std::move(other.path_)) {}

MemoryFile& MemoryFile::operator=(MemoryFile&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) close(fd_);
    fd_ = std::exchange(other.fd_, -1);
    path_ = std::move(other.path_);
  }
  return *this;
}

}  // namespace medcert::fonts
