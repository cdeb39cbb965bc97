// SPDX-License-Identifier: Apache-2.0
// The real world: files through std::filesystem, time through the system clock. The only place in
// the library that touches either (DESIGN.md: the world is injected).
#include <medcert/environment.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

MEDCERT_BEGIN_NAMESPACE
namespace {

class SystemEnvironment final : public Environment {
 public:
  std::optional<std::string> read_file(const std::string& path) const override {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return std::move(content).str();
  }

  std::optional<std::uint64_t> file_size(const std::string& path) const override {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
    const auto size = std::filesystem::file_size(path, ec);
    return ec ? std::nullopt : std::optional<std::uint64_t>(size);
  }

  std::vector<std::string> list_directory(const std::string& path) const override {
    return entries(path, [](const std::filesystem::directory_entry& e) { return e.is_regular_file(); });
  }

  std::vector<std::string> list_subdirectories(const std::string& path) const override {
    return entries(path, [](const std::filesystem::directory_entry& e) { return e.is_directory(); });
  }

  std::int64_t now() const override {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
  }

 private:
  template <class Keep>
  static std::vector<std::string> entries(const std::string& path, Keep keep) {
    std::vector<std::string> names;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
      if (keep(*it)) names.push_back(it->path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
};

}  // namespace

std::shared_ptr<const Environment> system_environment() {
  static const auto env = std::make_shared<const SystemEnvironment>();
  return env;
}

MEDCERT_END_NAMESPACE
