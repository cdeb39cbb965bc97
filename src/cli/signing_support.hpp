// SPDX-License-Identifier: Apache-2.0
// What `sign` and `render --sign` share: the software key's options, reading its secrets so that they
// can be wiped, and how signing diagnostics are shown.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <medcert/signing.hpp>

#include "cli/commands.hpp"
#include "cli/output_file.hpp"

namespace medcert::cli {

/// --p12 FILE and --password-file FILE. The password never comes from argv: the file's first line, else
/// the MEDCERT_P12_PASSWORD environment variable, else a prompt on the terminal with echo off.
struct KeyOptions {
  std::string p12;
  std::string password_file;
};
/// Adds both options; returns --p12, for constraints such as ->needs().
CLI::Option* add_key_options(CLI::App& sub, Language lang, KeyOptions& options);

/// The software key, or null after saying why (a wrong password included).
std::unique_ptr<Signer> open_software_key(Context& ctx, const KeyOptions& options);

/// The whole content of a file, read into one buffer (no stream buffer keeps a copy of a secret), or
/// nullopt after saying why not, under the name `shown` when the path must not be printed (the password
/// file's: a password typed where its path is expected).
std::optional<std::string> read_whole_file(Context& ctx, const std::string& path, std::string_view shown = {});

/// Signing and verification diagnostics, each under the name of the file it is about; their messages may
/// quote the file (field names), so they are made printable.
void print_signing_diagnostics(std::ostream& to, Language lang, Diagnostics diagnostics, const std::string& file);

/// Writes a signed or prepared PDF whole (with permissions `mode`), or says why not; the exit code.
int write_pdf(Context& ctx, const std::string& path, const std::string& pdf, bool force, mode_t mode = kPrivateMode);

}  // namespace medcert::cli
