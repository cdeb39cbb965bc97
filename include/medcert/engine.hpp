// The medcert engine: templates and fonts loaded once, then findings checked and rendered to PDF.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <medcert/diagnostics.hpp>
#include <medcert/environment.hpp>

namespace medcert {

/// Where the engine finds its data. `data_dir` holds templates/ and fonts/manifest.yaml;
/// the two other paths override one part each.
struct EngineConfig {
  std::string data_dir;
  std::string templates_dir;   ///< default: data_dir + "/templates"
  std::string fonts_manifest;  ///< default: data_dir + "/fonts/manifest.yaml"
  std::shared_ptr<const Environment> environment = system_environment();
};

/// A findings text (YAML or JSON) and the name diagnostics give it (a path, or "<stdin>").
struct Source {
  std::string text;
  std::string name;
};

struct RenderOptions {
  /// The moment the document is produced, in Unix seconds. Unset: the environment's clock.
  /// Same findings + same `now` give byte-identical PDFs.
  std::optional<std::int64_t> now;
};

struct CheckResult {
  Diagnostics diagnostics;
  /// False when the input could not be read as findings at all (syntax, encoding): exit code 2.
  bool parsed = false;
  bool ok() const { return parsed && !has_errors(diagnostics); }
};

struct RenderResult {
  Diagnostics diagnostics;
  bool parsed = false;
  std::string pdf;  ///< the PDF bytes; empty unless ok()
  bool ok() const { return parsed && !has_errors(diagnostics) && !pdf.empty(); }
};

struct TemplateInfo {
  std::string id;
  std::string profession;     ///< French id, e.g. "medecin"
  std::string profession_en;  ///< English id, e.g. "physician"
  int version = 0;
  std::string title;
};

/// Thrown only by the Engine constructor, when its own data (templates, fonts) cannot be loaded.
/// Problems in findings are never exceptions: they come back as diagnostics.
class ConfigError : public std::runtime_error {
 public:
  ConfigError(const std::string& what, Diagnostics diagnostics)
      : std::runtime_error(what), diagnostics_(std::move(diagnostics)) {}
  const Diagnostics& diagnostics() const { return diagnostics_; }

 private:
  Diagnostics diagnostics_;
};

class Engine {
 public:
  /// Loads and checks every template and font once. Throws ConfigError.
  explicit Engine(EngineConfig config);
  ~Engine();
  Engine(Engine&&) noexcept;
  Engine& operator=(Engine&&) noexcept;

  /// Validates findings against their template; nothing is rendered.
  CheckResult check(const Source& findings, const RenderOptions& options = {}) const;
  /// Validates, then renders when there is no error.
  RenderResult render(const Source& findings, const RenderOptions& options = {}) const;

  std::vector<TemplateInfo> templates() const;
  /// A commented findings skeleton for a profession (French or English id), or nullopt if unknown.
  std::optional<std::string> skeleton(const std::string& profession) const;
  /// The template ids and profession names, for "did you mean" on the command line.
  std::vector<std::string> profession_names() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace medcert
