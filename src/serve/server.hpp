// SPDX-License-Identifier: Apache-2.0
// `medcert serve`'s HTTP side (cpp-httplib stays in server.cpp): the form's static files and the JSON API
// of serve/api.hpp, on 127.0.0.1 only, with the checks of docs/security.md (Host, Origin,
// Content-Type, sizes). Nothing is written to disk and findings are never logged.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <medcert/engine.hpp>

namespace medcert::serve {

/// The most bytes of a request body (413 beyond).
inline constexpr std::size_t kMaxBodyBytes = 1024 * 1024;
/// The most bytes of a render request, which may carry the photographs (base64, a third more than their
/// bytes): some ninety MiB of photos, four or five times what a certificate's usually weigh.
inline constexpr std::size_t kMaxRenderBodyBytes = 128 * 1024 * 1024;

struct ServerConfig {
  const Engine* engine = nullptr;   ///< its templates give the forms; checks and renders; shared by every thread
  std::string web_dir;              ///< the form's files (web/), served by exact name
  std::optional<std::int64_t> now;  ///< SOURCE_DATE_EPOCH, when set: reproducible PDFs
  /// One line per request: method, path, status, duration; never a body or a query.
  std::function<void(const std::string&)> log;
};

class Server {
 public:
  explicit Server(ServerConfig config);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds 127.0.0.1:`port` (0: any free port); the port bound, or -1 when it cannot be bound.
  int bind(int port);
  /// Serves until stop(); false when it could not run.
  bool listen();
  /// Makes listen() return; safe from another thread.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace medcert::serve
