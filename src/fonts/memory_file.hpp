// SPDX-License-Identifier: Apache-2.0
// A font program handed to libharu, which loads fonts from paths only: bytes in an anonymous memory
// file (memfd), named by /proc/self/fd/N for as long as this object lives.
#pragma once

#include <string>
#include <string_view>

namespace medcert::fonts {

class MemoryFile {
 public:
  /// Throws std::system_error when the kernel refuses the memory file or the write.
  explicit MemoryFile(std::string_view bytes);
  ~MemoryFile();
  MemoryFile(MemoryFile&& other) noexcept;
  MemoryFile& operator=(MemoryFile&& other) noexcept;
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;

  /// Readable by open(2) in this process only, while this object lives.
  const std::string& path() const { return path_; }

 private:
  int fd_ = -1;
  std::string path_;
};

}  // namespace medcert::fonts
