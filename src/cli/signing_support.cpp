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
std::string first_line(std::string text) {
  const auto end = text.find_first_of("\r\n");
  std::string line = text.substr(0, end);
  wipe_secret(text);
  return line;
}

// A password typed on the terminal (not standard input, which may carry a PDF), echo off.
std::optional<std::string> prompt_password(Context& ctx) {
  const Descriptor tty{::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)};
  termios saved{};
  if (tty.fd < 0 || ::tcgetattr(tty.fd, &saved) != 0) return std::nullopt;
  termios quiet = saved;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  const std::string prompt = tr(ctx.lang, "Mot de passe du fichier PKCS#12\u202F: ", "PKCS#12 password: ");
  if (::write(tty.fd, prompt.data(), prompt.size()) < 0 || ::tcsetattr(tty.fd, TCSANOW, &quiet) != 0)
    return std::nullopt;
  std::string password;
  password.reserve(256);  // no reallocation, which would leave a copy of the start in freed memory
  char c = 0;
  while (::read(tty.fd, &c, 1) == 1 && c != '\n' && c != '\r') password += c;
  c = 0;
  ::tcsetattr(tty.fd, TCSANOW, &saved);
  if (::write(tty.fd, "\n", 1) < 0) return password;
  return password;
}

std::optional<std::string> read_password(Context& ctx, const KeyOptions& options) {
  if (!options.password_file.empty()) {
    auto text = read_whole_file(ctx, options.password_file);
    if (!text) return std::nullopt;
    return first_line(std::move(*text));
  }
  if (const char* variable = std::getenv("MEDCERT_P12_PASSWORD")) return std::string(variable);
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
  return p12;
}

std::optional<std::string> read_whole_file(Context& ctx, const std::string& path) {
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
  fmt::print(ctx.err, "{}: {}\n", path,
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
  auto p12 = read_whole_file(ctx, options.p12);
  if (!p12) return nullptr;
  auto password = read_password(ctx, options);
  if (!password) {
    wipe_secret(*p12);
    return nullptr;
  }
  auto opened = open_pkcs12(*p12, *password);
  wipe_secret(*p12);
  wipe_secret(*password);
  print_signing_diagnostics(ctx.err, ctx.lang, std::move(opened.diagnostics), options.p12);
  return std::move(opened.signer);
}

std::int64_t signing_time(const Context& ctx) { return ctx.now ? *ctx.now : system_environment()->now(); }

void print_signing_diagnostics(std::ostream& to, Language lang, Diagnostics diagnostics, const std::string& file) {
  for (auto& d : diagnostics) {
    d.location.file = file;
    d.message_fr = printable(d.message_fr);
    d.message_en = printable(d.message_en);
  }
  print_text(to, diagnostics, lang, file, {});
}

int write_pdf(Context& ctx, const std::string& path, const std::string& pdf, bool force) {
  std::string error;
  switch (write_whole(path, pdf, force, error)) {
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
