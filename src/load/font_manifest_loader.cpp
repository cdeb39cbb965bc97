// SPDX-License-Identifier: Apache-2.0
// The font manifest (formats.md §3): one file per style, relative paths against the manifest's folder.
#include <array>
#include <filesystem>

#include "load/data_files.hpp"
#include "load/load.hpp"
#include "load/map_reader.hpp"
#include "load/parse_yaml.hpp"
#include "load/scalars.hpp"
#include "model/diag.hpp"

namespace medcert::load {
namespace {

std::string resolve_file(const std::string& manifest, const std::string& file) {
  const std::filesystem::path path(file);
  if (path.is_absolute()) return file;
  return (std::filesystem::path(manifest).parent_path() / path).lexically_normal().string();
}

}  // namespace

model::Result<model::FontManifest> load_font_manifest(const Environment& env, const std::string& path) {
  model::Result<model::FontManifest> result;
  Sink sink{result.diagnostics, kConfigRules};
  const auto tree = read_mapping(env, path, kConfigSize, {"F-SYNTAX.font_manifest", "T-SCHEMA.manifest_kind"}, sink);
  if (!tree) return result;
  MapReader root(sink, &*tree, tree->where, {});
  MapReader fonts = root.child("fonts");
  model::FontManifest manifest;
  for (const model::FontStyle style : model::all_font_styles) {
    const char* key = model::style_name(style);
    const Slot slot = fonts.slot(key);
    MapReader font = as_mapping(slot);
    if (!font.present()) {
      if (!slot.value) report_missing(slot, "{family: Liberation Serif, file: …}");
      continue;
    }
    const auto family = required_text(font.slot("family"), "Liberation Serif");
    const auto file = required_text(font.slot("file"), "/usr/share/fonts/…/LiberationSerif-Regular.ttf");
    to_text(font.slot("package"));  // documentation for whoever installs the fonts
    font.finish();
    if (!family.empty()) manifest.families[style] = family;
    if (!file.empty()) manifest.files[style] = resolve_file(path, file);
  }
  fonts.finish();
  MapReader intent = root.child("output_intent");
  if (intent.present()) {
    const auto file = required_text(intent.slot("file"), "/usr/share/color/icc/sRGB.icc");
    manifest.output_intent.identifier = required_text(intent.slot("identifier"), "sRGB IEC61966-2.1");
    to_text(intent.slot("package"));  // documentation, as for fonts
    if (!file.empty()) manifest.output_intent.file = resolve_file(path, file);
  }
  intent.finish();
  root.finish();
  if (!has_errors(result.diagnostics)) result.value = std::move(manifest);
  return result;
}

}  // namespace medcert::load
