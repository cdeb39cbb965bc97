// SPDX-License-Identifier: Apache-2.0
#include <filesystem>

#include <fmt/format.h>
#include <openssl/crypto.h>
#include <fmt/ostream.h>

#include <medcert/signing.hpp>

#include "cli/command_support.hpp"
#include "cli/language.hpp"
#include "cli/signing_support.hpp"

namespace medcert::cli {
namespace {

struct SignArgs {
  std::string input, output;
  bool force = false;
  mode_t mode = kPrivateMode;
  KeyOptions key;
  std::string reason, location;
  bool prepare = false, complete = false;
  std::string certificate;
  std::vector<std::string> chain;
  std::string digest_out;
  std::size_t reserve_extra = 0;
  std::string signature;
};

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A signature file: binary (raw or DER CMS) as card tools write it, or the same in hexadecimal text
// (whitespace and line breaks allowed, as xxd -p writes it).
std::string signature_bytes(const std::string& file) {
  std::string digits;
  for (const char c : file)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') digits += c;
  std::string bytes;
  for (std::size_t i = 0; i + 1 < digits.size(); i += 2) {
    const int high = hex_digit(digits[i]), low = hex_digit(digits[i + 1]);
    if (high < 0 || low < 0) return file;
    bytes += static_cast<char>(high * 16 + low);
  }
  return digits.size() % 2 == 0 && !digits.empty() ? bytes : file;
}

std::string hex(std::string_view bytes) {
  std::string out;
  for (const char c : bytes) out += fmt::format("{:02x}", static_cast<unsigned char>(c));
  return out;
}

// Exit 1 when the document itself cannot take a signature; 2 for unusable inputs (keys, files, signatures).
int failure_code(SignCategory category) { return is_document_problem(category) ? exit_findings_errors : exit_unusable; }

SignOptions options_from(const Context& ctx, const SignArgs& args) {
  SignOptions options;
  options.time = ctx.now;  // unset: the library's "now"
  options.reason = args.reason;
  options.location = args.location;
  options.extra_reserve = args.reserve_extra;
  options.fonts_manifest = ctx.data_dir + "/fonts/manifest.yaml";  // the signed box's font: --data-dir's
  return options;
}

int usage(Context& ctx, const char* fr, const char* en) {
  fmt::print(ctx.err, "medcert: {}\n", tr(ctx.lang, fr, en));
  return exit_unusable;
}

int finish(Context& ctx, const SignArgs& args, const SignResult& result) {
  print_signing_diagnostics(ctx.err, ctx.lang, result.diagnostics, args.input);
  if (!result.ok()) return failure_code(result.category);
  return write_pdf(ctx, args.output, result.pdf, args.force, args.mode);
}

int sign_with_key(Context& ctx, const SignArgs& args, const std::string& pdf) {
  const auto signer = open_software_key(ctx, args.key);
  if (!signer) return exit_unusable;
  return finish(ctx, args, sign_pdf(pdf, *signer, options_from(ctx, args)));
}

int prepare(Context& ctx, const SignArgs& args, const std::string& pdf) {
  if (args.certificate.empty())
    return usage(ctx, "erreur\u202F: --prepare demande le certificat du signataire (--cert FICHIER)",
                 "error: --prepare needs the signer's certificate (--cert FILE)");
  std::vector<std::string> chain{args.certificate};
  chain.insert(chain.end(), args.chain.begin(), args.chain.end());
  for (auto& path : chain) {  // each path replaced by the file's content
    auto bytes = read_whole_file(ctx, path);
    if (!bytes) return exit_unusable;
    path = std::move(*bytes);
  }
  const auto prepared = prepare_signature(pdf, chain, options_from(ctx, args));
  print_signing_diagnostics(ctx.err, ctx.lang, prepared.diagnostics, args.input);
  if (!prepared.ok()) return failure_code(prepared.category);
  if (const int code = write_pdf(ctx, args.output, prepared.pdf, args.force, args.mode); code != exit_ok) return code;
  if (!args.digest_out.empty() && write_pdf(ctx, args.digest_out, prepared.digest, args.force, args.mode) != exit_ok)
    return exit_unusable;
  // The digest alone on standard output, for scripts: the card signs these 32 bytes.
  fmt::print(ctx.out, "{}\n", hex(prepared.digest));
  return exit_ok;
}

int complete(Context& ctx, const SignArgs& args, const std::string& pdf) {
  if (args.signature.empty())
    return usage(ctx, "erreur\u202F: --complete demande la signature (--signature FICHIER)",
                 "error: --complete needs the signature (--signature FILE)");
  auto signature = read_whole_file(ctx, args.signature);
  if (!signature) return exit_unusable;
  return finish(ctx, args, complete_signature(pdf, signature_bytes(*signature)));
}

}  // namespace

// `medcert sign`: a software key in one go, or an external signer (card, HSM) in two steps.
std::function<int(Context&)> declare_sign(CLI::App& sub, Language lang) {
  auto args = std::make_shared<SignArgs>();
  sub.add_option("PDF", args->input,
                 tr(lang, "certificat PDF non signé produit par medcert (avec --complete\u202F: le PDF préparé)",
                    "unsigned certificate PDF produced by medcert (with --complete: the prepared PDF)"))
      ->required();
  sub.add_option("-o,--output", args->output,
                 tr(lang, "PDF à écrire («\u202F-\u202F»\u202F: sortie standard)", "PDF to write (\"-\": standard output)"))
      ->required();
  sub.add_flag("--force", args->force, tr(lang, "remplace un fichier existant", "replace an existing file"));
  add_mode_option(sub, lang, args->mode);
  auto* p12 = add_key_options(sub, lang, args->key);
  sub.add_option("--reason", args->reason,
                 tr(lang, "motif de la signature (défaut\u202F: «\u202FJe suis l'auteur de ce certificat\u202F»)",
                    "reason of the signature (default: « Je suis l'auteur de ce certificat »)"));
  sub.add_option("--location", args->location,
                 tr(lang, "lieu de la signature (défaut\u202F: le lieu d'établissement des constatations jointes)",
                    "place of signing (default: the place of issuance of the embedded findings)"));
  auto* prepare_flag = sub.add_flag(
      "--prepare", args->prepare,
      tr(lang, "étape 1 d'une signature externe (carte CPS, HSM)\u202F: écrit le PDF préparé et affiche l'empreinte à signer",
         "step 1 of an external signature (CPS card, HSM): write the prepared PDF and print the digest to sign"));
  auto* complete_flag = sub.add_flag(
      "--complete", args->complete,
      tr(lang, "étape 2\u202F: termine le PDF préparé avec la signature reçue",
         "step 2: finish the prepared PDF with the signature received"));
  prepare_flag->excludes(complete_flag)->excludes(p12);
  complete_flag->excludes(p12);
  sub.add_option("--cert", args->certificate,
                 tr(lang, "avec --prepare\u202F: certificat du signataire (PEM ou DER)",
                    "with --prepare: the signer's certificate (PEM or DER)"));
  sub.add_option("--chain", args->chain,
                 tr(lang, "avec --prepare\u202F: certificats de la chaîne (PEM ou DER, répétable)",
                    "with --prepare: chain certificates (PEM or DER, repeatable)"));
  sub.add_option("--digest-out", args->digest_out,
                 tr(lang, "avec --prepare\u202F: écrit aussi l'empreinte (32 octets bruts) dans ce fichier",
                    "with --prepare: also write the digest (32 raw bytes) to this file"));
  sub.add_option("--reserve-extra", args->reserve_extra,
                 tr(lang, "avec --prepare\u202F: octets réservés en plus, pour une CMS externe plus grande (horodatage)",
                    "with --prepare: extra bytes reserved, for a bigger external CMS (a timestamp)"));
  sub.add_option("--signature", args->signature,
                 tr(lang,
                    "avec --complete\u202F: la signature (PKCS#1 v1.5 brute de l'empreinte, ou CMS DER complète\u202F; binaire "
                    "ou hexadécimal)",
                    "with --complete: the signature (raw PKCS#1 v1.5 of the digest, or a whole DER CMS; binary or hex)"));
  return [args](Context& ctx) {
    // First of all, before a password or a key is read: no core file can hold them (docs/security.md).
    if (!protect_key_material())
      fmt::print(ctx.err, "medcert: {}\n",
                 tr(ctx.lang, "avertissement\u202F: la protection de la clé contre les fichiers core n'a pas pu être complète",
                    "warning: the key could not be fully protected from core files"));
    // Refused before any work, so that nothing is half written (the digest file of --prepare included).
    for (const auto* path : {&args->output, &args->digest_out}) {
      std::error_code ec;
      if (!path->empty() && *path != "-" && !args->force &&
          std::filesystem::symlink_status(*path, ec).type() != std::filesystem::file_type::not_found) {
        say_exists(ctx, *path);
        return int{exit_unusable};
      }
    }
    const auto pdf = read_input(ctx, args->input);
    if (!pdf) return int{exit_unusable};
    const int code = args->prepare    ? prepare(ctx, *args, pdf->text)
                     : args->complete ? complete(ctx, *args, pdf->text)
                                      : sign_with_key(ctx, *args, pdf->text);
    // The command's last use of OpenSSL. Once the key is protected, OpenSSL's own exit handler runs after
    // LeakSanitizer's check and its random generators read as leaked (asan preset; cause not established):
    // they are freed here, as that handler would.
    OPENSSL_cleanup();
    return code;
  };
}

}  // namespace medcert::cli
