// SPDX-License-Identifier: Apache-2.0
#include "pdf/output_intent.hpp"

#include <string_view>

#include <fmt/format.h>

#include "model/diag.hpp"

namespace medcert::pdf {
namespace {

constexpr std::size_t kHeaderSize = 128;

// What an ICC header must say for the output intent of PDF/A-1, -2 and -3 alike; empty when it does.
std::string problem(std::string_view icc) {
  if (icc.size() < kHeaderSize || icc.substr(36, 4) != "acsp") return "not an ICC profile";
  if (icc[8] != 2) return fmt::format("ICC version {}, PDF/A-1 needs version 2", static_cast<int>(icc[8]));
  if (icc.substr(16, 4) != "RGB ") return "not an RGB profile";
  if (const auto device_class = icc.substr(12, 4); device_class != "mntr" && device_class != "prtr")
    return "neither a monitor nor a printer profile";
  return {};
}

Diagnostic unusable(const std::string& file, const std::string& why) {
  return model::error("C-ICC", {}, Location{file, 0, 0}, {model::param("detail", why)});
}

}  // namespace

model::Result<OutputIntent> load_output_intent(const Environment& env, const std::string& file, std::string identifier) {
  model::Result<OutputIntent> result;
  if (file.empty()) {
    result.diagnostics.push_back(unusable(file, "no profile named"));
    return result;
  }
  auto profile = env.read_file(file);
  if (!profile) {
    result.diagnostics.push_back(unusable(file, "missing or unreadable"));
    return result;
  }
  if (const std::string why = problem(*profile); !why.empty()) {
    result.diagnostics.push_back(unusable(file, why));
    return result;
  }
  result.value = OutputIntent{std::move(*profile), std::move(identifier)};
  return result;
}

}  // namespace medcert::pdf
