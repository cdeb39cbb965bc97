// fonts/: the fonts of the manifest, parsed once (HarfBuzz) and shared read-only across threads.
#pragma once

#include <map>
#include <memory>
#include <string>

#include <medcert/environment.hpp>

#include "load/load.hpp"
#include "model/font_metrics.hpp"
#include "model/result.hpp"

namespace medcert::fonts {

class FontSet final : public model::FontMetrics {
 public:
  /// Reads and parses every file of the manifest; a missing or unreadable font is a diagnostic.
  static model::Result<std::shared_ptr<const FontSet>> load(const Environment& env, const load::FontManifest& manifest);
  ~FontSet() override;

  bool covers(model::FontStyle style, char32_t cp) const override;
  double advance(model::FontStyle style, char32_t cp) const override;
  double ascender(model::FontStyle style) const override;
  double descender(model::FontStyle style) const override;

  /// The font files, for the renderer (libharu reads fonts from paths only).
  const std::map<model::FontStyle, std::string>& files() const;

  struct Impl;
  explicit FontSet(std::unique_ptr<Impl> impl);

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace medcert::fonts
