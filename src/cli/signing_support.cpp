// SPDX-License-Identifier: Apache-2.0
#include "cli/signing_support.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "cli/command_support.hpp"
#include "cli/language.hpp"
#include "cli/output_file.hpp"
#include "cli/print_diagnostics.hpp"

namespace medcert::cli {
namespace {

// Closes a file descriptor on every path out.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

// The first line of `text`, without its end of line.
Secret first_line(const Secret& text) {
  const auto all = text.view();
  return Secret(std::string(all.substr(0, all.find_first_of("\r\n"))));
}

// Puts the terminal back as it was on every path out of the prompt.
struct TerminalRestore {
  int fd;
  termios saved;
  ~TerminalRestore() { ::tcsetattr(fd, TCSANOW, &saved); }
};

// A password typed on the terminal (not standard input, which may carry a PDF), echo off. Signal keys are
// off too (ISIG), so that Ctrl-C arrives as a character that cancels the prompt and restores the terminal,
// instead of killing medcert with echo still off.
std::optional<Secret> prompt_password(Context& ctx) {
  const Descriptor tty{::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)};
  termios saved{};
  if (tty.fd < 0 || ::tcgetattr(tty.fd, &saved) != 0) return std::nullopt;
  termios quiet = saved;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO | ISIG);
  const std::string prompt = tr(ctx.lang, "Mot de passe du fichier PKCS#12\u202F: ", "PKCS#12 password: ");
  if (::write(tty.fd, prompt.data(), prompt.size()) < 0 || ::tcsetattr(tty.fd, TCSANOW, &quiet) != 0)
    return std::nullopt;
  const TerminalRestore restore{tty.fd, saved};
  constexpr char interrupt = 0x03, end_of_file = 0x04;
  Secret password;
  password.text().reserve(256);
  char c = 0;
  bool cancelled = false;
  while (::read(tty.fd, &c, 1) == 1 && c != '\n' && c != '\r') {
    cancelled = c == interrupt || c == end_of_file;
    if (cancelled) break;
    // Past the reserved capacity a reallocation would leave a copy in freed memory: longer input is cut.
    if (password.text().size() < password.text().capacity()) password.text() += c;
  }
  c = 0;
  if (::write(tty.fd, "\n", 1) < 0 || cancelled) return std::nullopt;
  return password;
}

std::optional<Secret> read_password(Context& ctx, const KeyOptions& options) {
  if (!options.password_file.empty()) {
    auto text = read_whole_file(ctx, options.password_file, "--password-file");
    if (!text) return std::nullopt;
    return first_line(Secret(std::move(*text)));
  }
  if (const char* variable = std::getenv("MEDCERT_P12_PASSWORD")) return Secret(std::string(variable));
  if (auto typed = prompt_password(ctx)) return typed;
  fmt::print(ctx.err, "medcert: {}\n",
             tr(ctx.lang,
                "erreur\u202F: aucun mot de passe pour le fichier PKCS#12\u202F; donnez --password-file FICHIER ou la "
                "variable d'environnement MEDCERT_P12_PASSWORD (pas de terminal pour le demander)",
                "error: no password for the PKCS#12 file; give --password-file FILE or the MEDCERT_P12_PASSWORD "
                "environment variable (no terminal to ask on)"));
  return std::nullopt;
}

}  // namespace

CLI::Option* add_key_options(CLI::App& sub, Language lang, KeyOptions& options) {
  auto* p12 = sub.add_option("--p12", options.p12,
                 tr(lang, "certificat et clé privée au format PKCS#12 (.p12, .pfx)",
                    "certificate and private key as PKCS#12 (.p12, .pfx)"));
  sub.add_option("--password-file", options.password_file,
                 tr(lang,
                    "fichier dont la première ligne est le mot de passe du PKCS#12 (sinon MEDCERT_P12_PASSWORD, "
                    "sinon il est demandé)",
                    "file whose first line is the PKCS#12 password (else MEDCERT_P12_PASSWORD, else it is asked)"));
  // A password on the command line is visible to every user (ps, /proc) and kept in shell histories: refused,
  // hidden from --help, and consumed here so that the parser's "unexpected argument" error never echoes it.
  sub.add_option_function<std::string>("--password", [](const std::string&) {})
      ->group("")
      ->check(CLI::Validator(
          [lang](const std::string&) {
            return std::string(tr(lang,
                                  "--password refusé\u202F: jamais de mot de passe sur la ligne de commande\u202F; "
                                  "utilisez --password-file FICHIER ou MEDCERT_P12_PASSWORD",
                                  "--password refused: never a password on the command line; use --password-file "
                                  "FILE or MEDCERT_P12_PASSWORD"));
          },
          "", "no-password-in-argv"));
  return p12;
}

std::optional<std::string> read_whole_file(Context& ctx, const std::string& path, std::string_view shown) {
  const Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  struct stat st {};
  std::string bytes;
  bool ok = file.fd >= 0 && ::fstat(file.fd, &st) == 0 && S_ISREG(st.st_mode);
  if (ok) {
    bytes.resize(static_cast<std::size_t>(st.st_size));
    std::size_t done = 0;
    while (ok && done < bytes.size()) {
      const ssize_t n = ::read(file.fd, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) continue;
      ok = n > 0;
      if (ok) done += static_cast<std::size_t>(n);
    }
  }
  if (ok) return bytes;
  wipe_secret(bytes);
  fmt::print(ctx.err, "{}: {}\n", shown.empty() ? std::string_view(path) : shown,
             tr(ctx.lang, "erreur\u202F: fichier illisible ou introuvable", "error: cannot read this file"));
  return std::nullopt;
}

std::unique_ptr<Signer> open_software_key(Context& ctx, const KeyOptions& options) {
  if (options.p12.empty()) {
    fmt::print(ctx.err, "medcert: {}\n",
               tr(ctx.lang, "erreur\u202F: indiquez le certificat et la clé avec --p12 FICHIER",
                  "error: name the certificate and key with --p12 FILE"));
    return nullptr;
  }
  auto bytes = read_whole_file(ctx, options.p12);
  if (!bytes) return nullptr;
  const Secret p12(std::move(*bytes));
  const auto password = read_password(ctx, options);
  if (!password) return nullptr;
  auto opened = open_pkcs12(p12.view(), password->view());
  print_signing_diagnostics(ctx.err, ctx.lang, std::move(opened.diagnostics), options.p12);
  return std::move(opened.signer);
}

void print_signing_diagnostics(std::ostream& to, Language lang, Diagnostics diagnostics, const std::string& file) {
  for (auto& d : diagnostics) {
    d.location.file = file;
    d.message_fr = printable(d.message_fr);
    d.message_en = printable(d.message_en);
  }
  print_text(to, diagnostics, lang, file, {});
}

int write_pdf(Context& ctx, const std::string& path, const std::string& pdf, bool force, mode_t mode) {
  std::string error;
  switch (write_whole(path, pdf, force, error, mode)) {
    case WriteStatus::written:
      return exit_ok;
    case WriteStatus::exists:
      say_exists(ctx, path);
      return exit_unusable;
    case WriteStatus::failed:
      break;
  }
  fmt::print(ctx.err, "{}: {} ({})\n", path, tr(ctx.lang, "erreur\u202F: écriture impossible", "error: cannot write"),
             error);
  return exit_unusable;
}

}  // namespace medcert::cli
