// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: arbitrary bytes as a PDF, read as `medcert extract` (and verify's metadata check,
// and sign) read it: the qpdf gate before PoDoFo (pdf/untrusted.hpp), then the XMP and the embedded
// findings inflated under their budget (pdf/read_back.hpp).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <medcert/pdf.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto result = medcert::extract_findings(std::string_view(reinterpret_cast<const char*>(data), size));
  // The documented promises: a refusal says why, and no embedded findings pass 1 MiB decoded.
  if (!result.ok() && result.diagnostics.empty()) __builtin_trap();
  if (result.json.size() > (std::size_t{1} << 20)) __builtin_trap();
  return 0;
}
