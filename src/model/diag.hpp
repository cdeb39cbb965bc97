// Building diagnostics: one place for the shape every stage reports in.
#pragma once

#include <string>

#include <medcert/diagnostics.hpp>

namespace medcert::model {

inline Diagnostic make_diagnostic(Severity severity, std::string rule, std::string path, Location where,
                                  std::string fr, std::string en) {
  return Diagnostic{severity, std::move(rule), std::move(path), std::move(where), std::move(fr), std::move(en)};
}

inline Diagnostic error(std::string rule, std::string path, Location where, std::string fr, std::string en) {
  return make_diagnostic(Severity::error, std::move(rule), std::move(path), std::move(where), std::move(fr),
                         std::move(en));
}

inline Diagnostic warning(std::string rule, std::string path, Location where, std::string fr, std::string en) {
  return make_diagnostic(Severity::warning, std::move(rule), std::move(path), std::move(where), std::move(fr),
                         std::move(en));
}

}  // namespace medcert::model
