// SPDX-License-Identifier: Apache-2.0
// Writing a result so that it appears whole or not at all: a temporary file beside the target, then
// rename(2); an interruption (SIGINT, SIGTERM, SIGHUP) while it is written removes the temporary file.
// Health data: created with mode 0600 unless --mode asks for another.
#pragma once

#include <string>
#include <string_view>

#include <sys/types.h>

#include <CLI/CLI.hpp>

#include "cli/language.hpp"

namespace medcert::cli {

enum class WriteStatus { written, exists, failed };

/// Readable and writable by the owner only.
inline constexpr mode_t kPrivateMode = 0600;

/// Writes `bytes` to `path` ("-": standard output) with permissions `mode`. Something already at `path` (a
/// file, a symbolic link, even dangling) is kept unless `overwrite`; then a file or a link is replaced (the
/// link itself, never its target), while a folder, a FIFO or a device is refused. On failure nothing is left
/// behind and `error` says why (strerror text). Interrupted, the process exits 128 + the signal's number.
WriteStatus write_whole(const std::string& path, std::string_view bytes, bool overwrite, std::string& error,
                        mode_t mode = kPrivateMode);

/// An octal mode from 0600 to 0777 ("0640", "640"): the owner keeps read and write.
bool parse_mode(const std::string& text, mode_t& mode);

/// --mode OCTAL, for the commands that write files.
void add_mode_option(CLI::App& sub, Language lang, mode_t& mode);

}  // namespace medcert::cli
