// Writing a result so that it appears whole or not at all: a temporary file beside the target,
// then rename(2). Health data: created with mode 0600.
#pragma once

#include <string>
#include <string_view>

namespace medcert::cli {

enum class WriteStatus { written, exists, failed };

/// Writes `bytes` to `path` ("-": standard output). An existing file is kept unless `overwrite`.
/// On failure nothing is left behind and `error` says why (strerror text).
WriteStatus write_whole(const std::string& path, std::string_view bytes, bool overwrite, std::string& error);

}  // namespace medcert::cli
