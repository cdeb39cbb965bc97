// SPDX-License-Identifier: Apache-2.0
#include "serve/server.hpp"

#include <cctype>
#include <charconv>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>

#include <fmt/format.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "serve/api.hpp"

namespace medcert::serve {
namespace {

using httplib::Request;
using httplib::Response;
using HandlerResponse = httplib::Server::HandlerResponse;

// Bounded: a few renders at once on a workstation; more requests wait in the queue.
constexpr std::size_t kThreads = 8;
constexpr time_t kReadTimeoutSeconds = 5;
constexpr time_t kWriteTimeoutSeconds = 10;
constexpr time_t kKeepAliveSeconds = 2;
constexpr std::size_t kKeepAliveRequests = 20;

// A 413 saying the limit, in MiB.
Reply too_large(const Query& query, std::size_t limit) {
  const auto mib = limit / (1024 * 1024);
  return error_reply(413, query, fmt::format("requête trop grande ({} Mio au plus)", mib).c_str(),
                     fmt::format("request too large ({} MiB at most)", mib).c_str());
}

constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'self'";

// The form's files: served by exact name from web/, by extension; anything else is 404.
const char* static_type(const std::string& name) {
  static const std::pair<const char*, const char*> types[] = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".svg", "image/svg+xml"},
      {".png", "image/png"},                 {".ico", "image/x-icon"},
      {".json", "application/json; charset=utf-8"}};
  for (const auto& [extension, type] : types)
    if (name.ends_with(extension)) return type;
  return nullptr;
}

Query query_of(const Request& req) {
  Query query;
  for (const auto& [key, value] : req.params) query.emplace(key, value);  // the first of repeated keys
  return query;
}

void send(Response& res, const Reply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type.c_str());
  if (!reply.filename.empty())
    res.set_header("Content-Disposition", fmt::format("attachment; filename=\"{}\"", reply.filename));
}

// The media type of a Content-Type header, without parameters, lower case.
std::string media_type(const std::string& header) {
  std::string type = header.substr(0, header.find(';'));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (auto& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type;
}

// The Content-Length a request declares; 0 when none (a chunked body) or unreadable (httplib refuses it).
std::size_t declared_length(const Request& req) {
  const auto text = req.get_header_value("Content-Length");
  std::size_t length = 0;
  std::from_chars(text.data(), text.data() + text.size(), length);
  return length;
}

bool accepted_body_type(const Request& req) {
  const auto type = media_type(req.get_header_value("Content-Type"));
  if (type == "application/json") return true;
  return req.path == "/api/import" && (type == "text/plain" || type == "text/yaml" || type == "application/yaml");
}

// When the current request started, for the log line (each request runs on one thread).
thread_local std::chrono::steady_clock::time_point request_start;

}  // namespace

struct Server::Impl {
  explicit Impl(ServerConfig c) : config(std::move(c)), api(config) {}

  ServerConfig config;
  Api api;
  httplib::Server http;
  int port = -1;
  std::mutex log_mutex;

  bool own_authority(const std::string& value, const char* scheme) const {
    return value == fmt::format("{}127.0.0.1:{}", scheme, port) || value == fmt::format("{}localhost:{}", scheme, port);
  }

  // DNS rebinding (a foreign name resolving to 127.0.0.1) shows as a foreign Host; another local page
  // posting here shows as a foreign Origin. Both are refused before the body is read.
  HandlerResponse screen(const Request& req, Response& res) const {
    request_start = std::chrono::steady_clock::now();
    const auto query = query_of(req);
    if (!own_authority(req.get_header_value("Host"), "")) {
      send(res, error_reply(421, query, "ce serveur ne répond qu'à 127.0.0.1 et localhost",
                            "this server answers only to 127.0.0.1 and localhost"));
      return HandlerResponse::Handled;
    }
    if (req.method != "POST") return HandlerResponse::Unhandled;
    const auto origin = req.get_header_value("Origin");
    if (req.has_header("Origin") && !own_authority(origin, "http://")) {
      send(res, error_reply(403, query, "requête venue d'une autre page que le formulaire de medcert",
                            "request from a page other than medcert's form"));
      return HandlerResponse::Handled;
    }
    if (!accepted_body_type(req)) {
      send(res, error_reply(403, query, "type de contenu refusé\u202F: envoyez du JSON (application/json)",
                            "content type refused: send JSON (application/json)"));
      return HandlerResponse::Handled;
    }
    return HandlerResponse::Unhandled;
  }

  void serve_file(const std::string& name, Response& res) const {
    const auto path = std::filesystem::path(config.web_dir) / name;
    const char* type = static_type(name);
    std::error_code ec;
    std::ifstream in;
    if (type && std::filesystem::is_regular_file(path, ec)) in.open(path, std::ios::binary);
    if (!in) {
      send(res, error_reply(404, {}, "fichier introuvable", "file not found"));
      return;
    }
    res.set_content(std::string(std::istreambuf_iterator<char>(in), {}), type);
  }

  // A POST's body, counted as it comes against the endpoint's `limit`: httplib 0.11 holds a Content-Length
  // body to the payload limit (413 before reading it; set to the largest endpoint's) but would buffer a
  // chunked one without end. Past the limit a body is read on and dropped, up to 16 MiB more, so that the
  // client still gets its 413; beyond, the connection is closed. Nullopt once the reply (413, 400) is set.
  static std::optional<std::string> read_body(const httplib::ContentReader& read, std::size_t limit, const Query& query,
                                              Response& res) {
    const std::size_t drain = limit + 16 * kMaxBodyBytes;
    std::string body;
    std::size_t received = 0;
    const bool complete = read([&](const char* data, std::size_t length) {
      received += length;
      if (received <= limit) body.append(data, length);
      return received <= drain;
    });
    const bool over = received > limit || res.status == 413;
    if (complete && !over) return body;
    if (!complete) res.set_header("Connection", "close");
    send(res, over ? too_large(query, limit)
                   : error_reply(400, query, "corps de requête illisible", "unreadable request body"));
    return std::nullopt;
  }

  void secure_headers(const Request& req, Response& res) const {
    res.set_header("Content-Security-Policy", kContentSecurityPolicy);
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("X-Frame-Options", "DENY");
    if (req.path.starts_with("/api/") || res.has_header("Content-Disposition")) res.set_header("Cache-Control", "no-store");
  }

  void log(const Request& req, const Response& res) {
    // A request refused while its headers were read never reached screen(): no duration then.
    std::string duration = "-";
    if (request_start != std::chrono::steady_clock::time_point{})
      duration = fmt::format("{} ms", std::chrono::duration_cast<std::chrono::milliseconds>(
                                          std::chrono::steady_clock::now() - request_start).count());
    request_start = {};
    if (!config.log) return;
    const std::lock_guard lock(log_mutex);
    config.log(fmt::format("{} {} {} {}", req.method, req.path, res.status, duration));
  }

  void routes() {
    http.Get("/", [this](const Request&, Response& res) { serve_file("index.html", res); });
    http.Get(R"(/([A-Za-z0-9][A-Za-z0-9_.-]*))",
             [this](const Request& req, Response& res) { serve_file(req.matches[1], res); });
    http.Get("/api/professions", [this](const Request&, Response& res) { send(res, api.professions()); });
    http.Get("/api/form", [this](const Request& req, Response& res) { send(res, api.form(query_of(req))); });
    const auto post = [this](const char* path, Reply (Api::*endpoint)(const std::string&, const Query&) const,
                             std::size_t limit = kMaxBodyBytes) {
      http.Post(path, [this, endpoint, limit](const Request& req, Response& res, const httplib::ContentReader& read) {
        const auto query = query_of(req);
        // A declared length over the limit is refused before a byte is read.
        if (declared_length(req) > limit) {
          send(res, too_large(query, limit));
          res.set_header("Connection", "close");
          return;
        }
        const auto body = read_body(read, limit, query, res);
        if (body) send(res, (api.*endpoint)(*body, query));
      });
    };
    post("/api/check", &Api::check);
    post("/api/render", &Api::render, kMaxRenderBodyBytes);
    post("/api/export", &Api::export_findings);
    post("/api/import", &Api::import_findings);
  }

  void limits() {
    http.new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
    http.set_payload_max_length(kMaxRenderBodyBytes);
    http.set_read_timeout(kReadTimeoutSeconds);
    http.set_write_timeout(kWriteTimeoutSeconds);
    http.set_keep_alive_timeout(kKeepAliveSeconds);
    http.set_keep_alive_max_count(kKeepAliveRequests);
    http.set_address_family(AF_INET);
    // httplib's default adds SO_REUSEPORT, which lets a second server share the port: only SO_REUSEADDR here,
    // so a port in use is an error.
    http.set_socket_options([](socket_t sock) {
      int yes = 1;
      setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    });
  }

  void hooks() {
    http.set_pre_routing_handler([this](const Request& req, Response& res) { return screen(req, res); });
    http.set_post_routing_handler([this](const Request& req, Response& res) { secure_headers(req, res); });
    // Statuses httplib sets itself (413, 404, 400...) get a JSON body saying why.
    http.set_error_handler([](const Request& req, Response& res) {
      if (!res.body.empty()) return;
      const auto query = query_of(req);
      if (res.status == 413)
        send(res, too_large(query, req.path == "/api/render" ? kMaxRenderBodyBytes : kMaxBodyBytes));
      else
        send(res, error_reply(res.status, query, "requête refusée", "request refused"));
    });
    // A failure inside one request answers 500 and leaves the server running.
    http.set_exception_handler([](const Request& req, Response& res, std::exception_ptr) {
      send(res, error_reply(500, query_of(req), "erreur interne du serveur", "internal server error"));
    });
    http.set_logger([this](const Request& req, const Response& res) { log(req, res); });
  }
};

Server::Server(ServerConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {
  impl_->limits();
  impl_->hooks();
  impl_->routes();
}

Server::~Server() = default;

int Server::bind(int port) {
  if (port == 0)
    impl_->port = impl_->http.bind_to_any_port("127.0.0.1");
  else
    impl_->port = impl_->http.bind_to_port("127.0.0.1", port) ? port : -1;
  return impl_->port;
}

bool Server::listen() { return impl_->port > 0 && impl_->http.listen_after_bind(); }

void Server::stop() { impl_->http.stop(); }

}  // namespace medcert::serve
