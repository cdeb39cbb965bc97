// SPDX-License-Identifier: Apache-2.0
// load/: the only stage that reads YAML (yaml-cpp). Text in, typed model out, every value located.
#pragma once

#include <string>
#include <vector>

#include <medcert/environment.hpp>

#include "load/node_tree.hpp"
#include "model/diagram.hpp"
#include "model/document.hpp"
#include "model/findings.hpp"
#include "model/font_manifest.hpp"
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

/// The font manifest (fonts/manifest.yaml), its relative paths resolved against its folder.
model::Result<model::FontManifest> load_font_manifest(const Environment& env, const std::string& path);

/// The body diagrams of the annex: every *.yaml of `dir` (not of its subfolders), one view each, in
/// model::Diagrams' order. A folder without views, or without the folder, is an empty set, without a
/// diagnostic. No value when a view has an error: a key the format does not have (with "did you mean"), no
/// id, width or height, a malformed path, a point outside its view; nor when two views have one id, or when
/// two views offered together (not alternatives of each other) have two anchors without faces for one region
/// and side (one tooth), or two anchors for one face.
model::Result<model::Diagrams> load_diagrams(const Environment& env, const std::string& dir);

}  // namespace medcert::load
