// How this stage words its diagnostics: French typography is applied here, once, so that the message
// literals of the checks stay readable (ordinary spaces before ; : ! ? and inside « »).
#pragma once

#include <string>
#include <string_view>

#include <medcert/diagnostics.hpp>

#include "model/field.hpp"

namespace medcert::validate {

/// Replaces the ordinary space before ; : ! ? and just inside « » by U+202F (narrow no-break space).
std::string french_typography(std::string_view text);

Diagnostic report(Severity severity, std::string_view rule, std::string path, Location where, std::string_view fr,
                  std::string en);

/// A diagnostic about a field, at the field's position and under its path.
template <class T>
Diagnostic report(Severity severity, std::string_view rule, const model::Field<T>& field, std::string_view fr,
                  std::string en) {
  return report(severity, rule, field.path, field.where, fr, std::move(en));
}

}  // namespace medcert::validate
