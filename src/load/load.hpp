// load/: the only stage that reads YAML (yaml-cpp). Text in, typed model out, every value located.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <medcert/environment.hpp>

#include "load/node_tree.hpp"
#include "model/document.hpp"
#include "model/findings.hpp"
#include "model/result.hpp"
#include "model/template.hpp"

namespace medcert::load {

/// Findings from YAML or JSON text. An empty `value` means the text could not be read as a
/// document at all (syntax error, empty, not UTF-8: exit 2); otherwise `value` is filled as far
/// as possible and the diagnostics list every schema error (unknown key with "did you mean",
/// wrong type, bad date, missing section...).
model::Result<model::Findings> load_findings(const std::string& text, const std::string& name);

/// Findings from a tree built in memory (api/'s typed findings): read and checked as text is, without text.
model::Result<model::Findings> load_findings(const Node& root, const std::string& name);

/// Every template of a directory (*.yaml, recursively one level: professions/, common/), with
/// `extends:` resolved. Abstract templates are resolved but not returned.
model::Result<std::vector<model::Template>> load_templates(const Environment& env, const std::string& dir);

/// The PDF/A output intent's ICC profile (`output_intent:` of the font manifest).
struct OutputIntentEntry {
  std::string file;        ///< empty when the manifest names none
  std::string identifier;  ///< e.g. "sRGB IEC61966-2.1"
};

/// The font manifest: one file per style; relative paths are relative to the manifest's folder. It
/// also names the other file the PDF embeds from a package, the output intent's colour profile.
struct FontManifest {
  std::map<model::FontStyle, std::string> files;
  std::map<model::FontStyle, std::string> families;
  OutputIntentEntry output_intent;
};
model::Result<FontManifest> load_font_manifest(const Environment& env, const std::string& path);

}  // namespace medcert::load
