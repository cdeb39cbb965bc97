// SPDX-License-Identifier: Apache-2.0
// The medcert engine: templates and fonts loaded once, then findings checked and rendered to PDF.
//
// Threading: an Engine is immutable once constructed; check(), render() and the listings are const and
// may be called from any number of threads at once on one Engine (no global state, no locks held
// across calls). Construction, move and destruction need exclusive access, as for any object.
//
// Errors (docs/api.md): problems in the findings are never exceptions; they come back as diagnostics
// (CheckResult/RenderResult). The constructor throws ConfigError when the engine's own data (templates,
// fonts) cannot be loaded. Beyond that, only std::bad_alloc may escape. Nothing is printed, nothing exits.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <medcert/diagnostics.hpp>
#include <medcert/environment.hpp>
#include <medcert/export.hpp>
#include <medcert/findings.hpp>

MEDCERT_BEGIN_NAMESPACE

/// The data directory of an installed medcert (<prefix>/share/medcert, found next to the library),
/// used when EngineConfig::data_dir is empty.
MEDCERT_API std::string default_data_dir();

/// Where the engine finds its data. `data_dir` holds templates/ and fonts/manifest.yaml (empty:
/// default_data_dir()); the two other paths override one part each (e.g. your own templates).
struct EngineConfig {
  std::string data_dir;
  std::string templates_dir;   ///< default: data_dir + "/templates"
  std::string fonts_manifest;  ///< default: data_dir + "/fonts/manifest.yaml"
  std::shared_ptr<const Environment> environment = system_environment();
  /// The practice's time zone (IANA id) for findings that name none (author.time_zone): every date and
  /// time is printed in it. An unknown id is a ConfigError.
  std::string time_zone = "Europe/Paris";
  std::string diagrams_dir = {};  ///< the body diagram's views; default: data_dir + "/diagrams"
};

/// A findings text (YAML or JSON) and the name diagnostics give it (a path, or "<stdin>").
struct Source {
  std::string text;
  std::string name;
};

/// The PDF/A level of a rendered certificate (docs/pdf.md): 3b embeds the findings as an associated file;
/// 2b and 1b cannot, and carry only their hash in the XMP metadata.
enum class PdfaLevel { a3b, a2b, a1b };

struct RenderOptions {
  /// The moment the document is produced, in Unix seconds. Unset: the environment's clock.
  /// Same findings + same `now` give byte-identical PDFs.
  std::optional<std::int64_t> now;
  /// A template id that replaces the findings' `template:` (unknown: an F-TEMPLATE diagnostic).
  std::optional<std::string> template_id = std::nullopt;  // initialised: RenderOptions{now} stays warning-free
  PdfaLevel pdfa = PdfaLevel::a3b;
  /// A training specimen, not a certificate: every page carries « SPÉCIMEN — document fictif de
  /// formation », the XMP says medcert:Specimen True, and medcert's signing refuses it.
  bool specimen = false;
  /// The photographs' bytes (JPEG or PNG), by the name the findings give them (`photos[].file`).
  std::map<std::string, std::string> photos = {};
  /// A photograph missing from `photos` is read from this folder (the CLI: the findings' folder). Unset: no
  /// file is read; a server never sets it.
  std::optional<std::string> photo_folder = std::nullopt;
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

/// Which document of a profession: its certificate (or clinical attestation), its signalement to the public
/// prosecutor (Code pénal art. 226-14; docs/signalement.md); for a minor, the certificate, the signalement, or the
/// information préoccupante to the département's cell (CRIP) (docs/minors.md).
enum class Document { certificate, signalement, minor_certificate, minor_signalement, information_preoccupante };

struct TemplateInfo {
  std::string id;
  std::string profession;     ///< French id, e.g. "medecin"
  std::string profession_en;  ///< English id, e.g. "physician"
  int version = 0;
  std::string title;
  std::string profession_label;  ///< as the certificate names the profession, e.g. "médecin"
  /// certificat_medical | certificat_constatation | attestation_clinique, signalement (to the prosecutor) or
  /// information_preoccupante (to the département's cell): a profession has one certificate for adults and may
  /// have the others (docs/signalement.md, docs/minors.md)
  std::string document_kind;
  /// majeur | mineur: whom the document is for
  std::string person;
};

/// One code of a controlled vocabulary and how the certificate prints it.
struct VocabularyEntry {
  std::string code;      ///< what findings write, e.g. "avant_bras"
  std::string label;     ///< the French label, e.g. "avant-bras"
  std::string label_en;  ///< the English label, e.g. "forearm", for a screen in English
};

/// A controlled vocabulary of a template (docs/templates.md): the codes a coded findings field accepts.
struct Vocabulary {
  std::string name;  ///< e.g. "regions", "lesion_types", "colours"
  std::vector<VocabularyEntry> entries;
};

/// What became of one file of a batch (many findings rendered to many PDFs, as `medcert batch` does).
enum class BatchOutcome {
  rendered,    ///< the PDF was written
  refused,     ///< the findings have errors (diagnostics)
  exists,      ///< the PDF exists already and replacing it was not asked for
  unreadable,  ///< the findings could not be read
  unwritable,  ///< the PDF could not be written (detail)
  crashed,     ///< the engine ran out of memory (detail)
};

struct BatchFile {
  std::string input;   ///< the findings file
  std::string output;  ///< the PDF
  BatchOutcome outcome = BatchOutcome::crashed;
  Diagnostics diagnostics;  ///< the errors of a refused file; the warnings of a rendered one
  std::string detail;       ///< why writing failed, or what the engine threw
};

/// Why a file was not rendered, in one line of `lang`: "2 erreurs (R-REQ findings.patient.birth_date à 4:3,
/// …)", "out/a.pdf existe déjà…"; empty for a rendered file.
MEDCERT_API std::string batch_file_reason(const BatchFile& file, Language lang);

/// The batch report as JSON, UTF-8 (README, "medcert batch"): {"format_version": 1, "rendered": [{"input",
/// "output", "diagnostics"}], "refused": [{"input", "output", "reason": "findings"|"exists", "diagnostics"}],
/// "failed": [{"input", "error"}], "elapsed_ms": N}; diagnostics as `medcert check --format json` lists them.
MEDCERT_API std::string batch_report_json(const std::vector<BatchFile>& files, std::int64_t elapsed_ms, Language lang);

/// Thrown only by the Engine constructor, when its own data (templates, fonts) cannot be loaded.
/// Problems in findings are never exceptions: they come back as diagnostics.
class MEDCERT_API ConfigError : public std::runtime_error {
 public:
  ConfigError(const std::string& what, Diagnostics diagnostics)
      : std::runtime_error(what), diagnostics_(std::move(diagnostics)) {}
  const Diagnostics& diagnostics() const { return diagnostics_; }

 private:
  Diagnostics diagnostics_;
};

class MEDCERT_API Engine {
 public:
  /// Loads and checks every template and font once. Throws ConfigError, also when a template names an
  /// unknown variable, condition or vocabulary code, or lacks a vocabulary (T-VARIABLE, T-SCHEMA,
  /// T-VOCABULARY at the template's file:line:column): a broken template never reaches a practitioner.
  explicit Engine(EngineConfig config);
  ~Engine();
  Engine(Engine&&) noexcept;
  Engine& operator=(Engine&&) noexcept;

  /// Validates findings against their template; nothing is rendered.
  CheckResult check(const Source& findings, const RenderOptions& options = {}) const;
  /// Validates, then renders when there is no error.
  RenderResult render(const Source& findings, const RenderOptions& options = {}) const;
  /// The same from a typed object, checked by the same rules as text. Its diagnostics name the value
  /// by `path` (e.g. "findings.lesions[0].size"); their location has no line (0).
  CheckResult check(const Findings& findings, const RenderOptions& options = {}) const;
  RenderResult render(const Findings& findings, const RenderOptions& options = {}) const;

  std::vector<TemplateInfo> templates() const;
  /// A commented findings skeleton for a profession (French or English id, label or alias) — of its
  /// certificate, or of its signalement to the prosecutor — or for a template id (`templates()`, such as
  /// "medecin.signalement-procureur-majeur"); nullopt if unknown.
  std::optional<std::string> skeleton(const std::string& profession, Document document = Document::certificate) const;
  /// The vocabularies of a profession's template (French or English id) or of a template id, by name, or
  /// nullopt if unknown.
  std::optional<std::vector<Vocabulary>> vocabularies(const std::string& profession) const;
  /// The schema from which a form is built for a profession (French or English id, label or alias; or a
  /// template id, for another document of the profession such as its signalement), as JSON
  /// text (docs/api.md, "The form schema"): sections and fields of the findings with their labels and help
  /// in `lang`, the template's vocabularies with their labels, its capabilities; nullopt if unknown.
  std::optional<std::string> form_schema(const std::string& profession, Language lang = Language::fr) const;
  /// The template ids and profession names, for "did you mean" on the command line.
  std::vector<std::string> profession_names() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

MEDCERT_END_NAMESPACE
