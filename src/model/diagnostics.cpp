#include <medcert/diagnostics.hpp>

#include <algorithm>

MEDCERT_BEGIN_NAMESPACE

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

MEDCERT_END_NAMESPACE
