// SPDX-License-Identifier: Apache-2.0
// An EHR's view of medcert in C++: one engine for the whole server, findings as JSON in, a PDF out.
// Build against an installed medcert with CMake (find_package): see README.md here.
// Usage: ehr_render_cpp OUT.pdf [DATA_DIR]
#include <cstdio>
#include <fstream>
#include <iostream>

#include <medcert/engine.hpp>

#include "findings_example.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: ehr_render_cpp OUT.pdf [DATA_DIR]\n";
    return 2;
  }
  try {
    // Empty data_dir: the templates and fonts installed with the library.
    const medcert::Engine engine(medcert::EngineConfig{argc > 2 ? argv[2] : ""});
    medcert::RenderOptions options;
    options.now = kProductionTime;
    const auto result = engine.render(medcert::Source{kFindingsJson, "ehr-request.json"}, options);
    for (const auto& d : result.diagnostics)
      std::cerr << d.location.file << ":" << d.location.line << ":" << d.location.column << ": " << d.rule << ": "
                << d.message(medcert::Language::en) << "\n";
    if (!result.ok()) return 1;
    std::ofstream(argv[1], std::ios::binary) << result.pdf;
    std::cout << "wrote " << argv[1] << " (" << result.pdf.size() << " bytes)\n";
    return 0;
  } catch (const medcert::ConfigError& e) {  // the engine's own data is missing or broken
    std::cerr << e.what() << "\n";
    return 2;
  }
}
