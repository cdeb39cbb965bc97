// SPDX-License-Identifier: Apache-2.0
// The world as the library sees it: files and the clock come only through here (DESIGN.md).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <medcert/export.hpp>

MEDCERT_BEGIN_NAMESPACE

class MEDCERT_API Environment {
 public:
  virtual ~Environment() = default;
  /// The whole content of a file, or nullopt when it cannot be read.
  virtual std::optional<std::string> read_file(const std::string& path) const = 0;
  /// The size of a file in bytes, or nullopt when unknown: a file too large for what it is meant to be (a
  /// photograph named in the findings) is then refused without being read. The default knows no size.
  virtual std::optional<std::uint64_t> file_size(const std::string& /*path*/) const { return std::nullopt; }
  /// The names (not paths) of the regular files in a directory, sorted; empty when unreadable.
  virtual std::vector<std::string> list_directory(const std::string& path) const = 0;
  /// The names of the subdirectories of a directory, sorted; empty when unreadable.
  virtual std::vector<std::string> list_subdirectories(const std::string& path) const = 0;
  /// The current time, in seconds since 1970-01-01T00:00:00Z.
  virtual std::int64_t now() const = 0;
};

/// The real file system and the system clock.
MEDCERT_API std::shared_ptr<const Environment> system_environment();

MEDCERT_END_NAMESPACE
