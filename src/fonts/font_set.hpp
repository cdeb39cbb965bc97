// SPDX-License-Identifier: Apache-2.0
// fonts/: the fonts of the manifest, parsed once (HarfBuzz) and shared read-only across threads.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <medcert/environment.hpp>

#include "fonts/memory_file.hpp"
#include "model/font_manifest.hpp"
#include "model/font_program.hpp"
#include "model/font_metrics.hpp"
#include "model/pages.hpp"
#include "model/result.hpp"

namespace medcert::fonts {

/// The font programs one document embeds, for the renderer (libharu reads fonts from paths only).
/// The paths name memory files owned here: keep this object until the PDF is saved, since libharu
/// reads the program again then (and silently writes the font unembedded if it cannot).
struct DocumentFonts {
  std::map<model::FontStyle, std::string> files;  ///< each style the pages print → a program's path
  std::vector<MemoryFile> programs;               ///< the subsets those paths name
};

/// One parsed font per style. Immutable after load(): every HarfBuzz font is made immutable and
/// only queried through HarfBuzz's read-only calls, which HarfBuzz documents as thread-safe (its
/// lazily loaded tables and glyph caches are published with atomics). One FontSet can therefore
/// serve every thread of an engine without locking.
class FontSet final : public model::FontMetrics {
 public:
  /// Reads every file of the manifest through `env` and parses it; each style (regular, bold,
  /// italic) must be present. A missing, unreadable or unparseable font is an error diagnostic
  /// (rule C-FONT) and the result has no value.
  static model::Result<std::shared_ptr<const FontSet>> load(const Environment& env, const model::FontManifest& manifest);
  ~FontSet() override;

  bool covers(model::FontStyle style, char32_t cp) const override;
  /// The advance of the glyph the font maps `cp` to (of .notdef when it has none).
  double advance(model::FontStyle style, char32_t cp) const override;
  double ascender(model::FontStyle style) const override;
  double descender(model::FontStyle style) const override;

  /// The font files, as the manifest names them.
  const std::map<model::FontStyle, std::string>& files() const;

  /// For each style the pages print, a subset of its font holding only the glyphs of their text
  /// (HarfBuzz hb-subset, from the face parsed once in load()), in a memory file. Should a subset or
  /// its memory file fail, that style gets its whole font file: a larger PDF, never a wrong one.
  DocumentFonts subset(const model::Pages& pages) const;

  /// The font of `style` cut down to the code points of `utf8` that it covers, for a PDF writer of its
  /// own (the signature's appearance, drawn after render). Should the subset fail, the whole font.
  model::FontProgram text_program(model::FontStyle style, std::string_view utf8) const;

  struct Impl;
  explicit FontSet(std::unique_ptr<Impl> impl);

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace medcert::fonts
