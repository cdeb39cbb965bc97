// Diagnostics: what medcert says about an input, as values (never printed by the library).
#pragma once

#include <string>
#include <vector>

#include <medcert/export.hpp>

MEDCERT_BEGIN_NAMESPACE

enum class Severity { error, warning };

/// Language of user-facing messages. Certificate text is always French.
enum class Language { fr, en };

/// A place in a source text. Lines and columns are 1-based; 0 means "unknown"
/// (an empty file, an absent key whose parent is reported instead).
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

/// One finding of a check. `rule` is a stable id (never reused, see docs/rules.md);
/// `path` names the value, e.g. "findings.lesions[0].size" (list indexes from 0).
struct Diagnostic {
  Severity severity = Severity::error;
  std::string rule;
  std::string path;
  Location location;
  std::string message_fr;
  std::string message_en;

  const std::string& message(Language lang) const { return lang == Language::en ? message_en : message_fr; }
};

using Diagnostics = std::vector<Diagnostic>;

/// True when at least one diagnostic is an error (errors block rendering, warnings do not).
MEDCERT_API bool has_errors(const Diagnostics& diagnostics);

MEDCERT_END_NAMESPACE
