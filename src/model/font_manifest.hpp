// SPDX-License-Identifier: Apache-2.0
// The font manifest (fonts/manifest.yaml), as load/ reads it and fonts/ and api/ use it: a model type,
// so that fonts/ needs no loader.
#pragma once

#include <map>
#include <string>

#include "model/document.hpp"

namespace medcert::model {

/// The PDF/A output intent's ICC profile (`output_intent:` of the font manifest).
struct OutputIntentEntry {
  std::string file;        ///< empty when the manifest names none
  std::string identifier;  ///< e.g. "sRGB IEC61966-2.1"
};

/// One file per style; relative paths are relative to the manifest's folder. It also names the other
/// file the PDF embeds from a package, the output intent's colour profile.
struct FontManifest {
  std::map<FontStyle, std::string> files;
  std::map<FontStyle, std::string> families;
  OutputIntentEntry output_intent;
};

}  // namespace medcert::model
