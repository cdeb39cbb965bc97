// SPDX-License-Identifier: Apache-2.0
#include "cli/command_support.hpp"

#include <csignal>
#include <filesystem>
#include <thread>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <nlohmann/json.hpp>
#include <pthread.h>

#include "cli/language.hpp"
#include "cli/print_diagnostics.hpp"
#include "serve/server.hpp"

namespace medcert::cli {
namespace {

constexpr int kDefaultPort = 8765;

// Blocked in every thread (the server's threads inherit the mask), awaited by one: Ctrl-C and SIGTERM
// stop the server between requests, never inside one.
sigset_t stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

}  // namespace

// `medcert serve`: the form on http://127.0.0.1:PORT/, until Ctrl-C or SIGTERM.
std::function<int(Context&)> declare_serve(CLI::App& sub, Language lang) {
  auto port = std::make_shared<int>(kDefaultPort);
  sub.add_option("--port", *port,
                 tr(lang, "port sur 127.0.0.1 (défaut\u202F: 8765\u202F; 0\u202F: un port libre)",
                    "port on 127.0.0.1 (default: 8765; 0: any free port)"))
      ->check(CLI::Range(0, 65535));
  return [port](Context& ctx) {
    // Blocked before the templates load: a stop asked while they load stays pending and ends the server
    // once it listens (in a background job SIGINT is ignored, so an unblocked one would be lost).
    const sigset_t signals = stop_signals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    const Engine* engine = ctx.engine();
    if (!engine) return int{exit_unusable};
    const auto web_dir = ctx.data_dir + "/web";
    if (!std::filesystem::is_regular_file(web_dir + "/index.html"))
      fmt::print(ctx.err, "{} {}\n",
                 tr(ctx.lang, "medcert\u202F: attention\u202F: pas de formulaire dans", "medcert: warning: no form in"),
                 web_dir);

    serve::Server server({engine, web_dir, ctx.now,
                          [&ctx](const std::string& line) { fmt::print(ctx.err, "medcert serve\u202F: {}\n", printable(line)); }});
    const int bound = server.bind(*port);
    if (bound < 0) {
      fmt::print(ctx.err, "{} {}\n",
                 tr(ctx.lang, "medcert\u202F: erreur\u202F: impossible d'écouter sur 127.0.0.1, port",
                    "medcert: error: cannot listen on 127.0.0.1, port"),
                 *port);
      return int{exit_unusable};
    }
    fmt::print(ctx.out, "{} http://127.0.0.1:{}/\n",
               tr(ctx.lang, "medcert\u202F: formulaire disponible sur", "medcert: form available at"), bound);
    ctx.out.flush();
    std::thread waiter([&signals, &server] {
      int received = 0;
      sigwait(&signals, &received);
      server.stop();
    });
    const bool served = server.listen();
    kill(getpid(), SIGTERM);  // wakes the waiter when listen() ended by itself; blocked, so never delivered
    waiter.join();
    return int{served ? exit_ok : exit_unusable};
  };
}

}  // namespace medcert::cli
