// SPDX-License-Identifier: Apache-2.0
// The pipeline behind the public Engine: load → validate → compose → layout → render (DESIGN.md).
// Templates and fonts are loaded once here and only read afterwards, so one Engine serves many threads.
#include <medcert/engine.hpp>

#include <algorithm>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <tuple>

#include "api/annex_photos.hpp"
#include "api/form_schema.hpp"
#include "api/template_selection.hpp"
#include "api/typed_findings.hpp"
#include "compose/compose.hpp"
#include "compose/template_check.hpp"
#include "fonts/font_set.hpp"
#include "layout/layout.hpp"
#include "load/load.hpp"
#include "model/diag.hpp"
#include "pdf/finalize.hpp"
#include "pdf/findings_json.hpp"
#include "render/render.hpp"
#include "validate/validate.hpp"
#include "validate/wording.hpp"
#include "zone/time_zone.hpp"

MEDCERT_BEGIN_NAMESPACE
namespace {

constexpr const char* kTypedFindingsName = "<findings>";

std::string or_default(const std::string& value, const std::string& data_dir, const char* tail) {
  if (!value.empty()) return value;
  return (data_dir.empty() ? default_data_dir() : data_dir) + tail;
}

void append(Diagnostics& to, Diagnostics from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

// A value the loader already refused (e.g. "days: cinq", "length_cm: 6 cm") is not reported again by
// validate, which only sees it, or the field holding it ("size"), as absent: one mistake, one message.
bool within(std::string_view path, std::string_view field) {
  return path.substr(0, field.size()) == field &&
         (path.size() == field.size() || path[field.size()] == '.' || path[field.size()] == '[');
}

Diagnostics without_repeats(Diagnostics later, const Diagnostics& earlier) {
  std::erase_if(later, [&earlier](const Diagnostic& d) {
    return std::any_of(earlier.begin(), earlier.end(), [&d](const Diagnostic& e) {
      return e.severity == Severity::error && !e.path.empty() && !d.path.empty() && within(e.path, d.path);
    });
  });
  return later;
}

// Stable order for readers: by file, then line and column; position-less diagnostics last.
void sort_by_position(Diagnostics& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    const auto key = [](const Diagnostic& d) {
      return std::make_tuple(d.location.line == 0, d.location.file, d.location.line, d.location.column);
    };
    return key(a) < key(b);
  });
}

[[noreturn]] void fail(const std::string& what, Diagnostics diagnostics) {
  std::string message = what;
  for (const auto& d : diagnostics)
    if (d.severity == Severity::error)
      message += "\n" + d.location.file + ":" + std::to_string(d.location.line) + ":" +
                 std::to_string(d.location.column) + ": [" + d.rule + "] " + d.message_en;
  throw ConfigError(message, std::move(diagnostics));
}

// What check and render share: everything up to the laid-out pages (and, with them, what finalize
// needs besides: the template and the findings).
struct Laidout {
  Diagnostics diagnostics;
  bool parsed = false;
  std::optional<model::Pages> pages;
  const model::Template* chosen = nullptr;
  std::optional<model::Findings> findings;
};

// What a specimen's every page says (RenderOptions::specimen): fixed, so that no template can soften it.
constexpr const char* kSpecimenMark = "SP\u00C9CIMEN \u2014 document fictif de formation";

pdf::Conformance conformance(PdfaLevel level) {
  switch (level) {
    case PdfaLevel::a1b: return pdf::Conformance::a1b;
    case PdfaLevel::a2b: return pdf::Conformance::a2b;
    case PdfaLevel::a3b: break;
  }
  return pdf::Conformance::a3b;
}

}  // namespace

struct Engine::Impl {
  std::shared_ptr<const Environment> env;
  std::vector<model::Template> templates;
  /// Each template's wording rules (ICU patterns), compiled once, on the first check that uses the
  /// template (a cold `medcert render` uses one template of many); by the template's address.
  struct LazyWording {
    mutable std::once_flag once;
    mutable std::optional<validate::WordingChecker> checker;
    const validate::WordingChecker& of(const model::Template& tmpl) const {
      std::call_once(once, [&] { checker.emplace(tmpl); });
      return *checker;
    }
  };
  std::map<const model::Template*, LazyWording> wording;  // nodes never move: once_flag stays put
  std::shared_ptr<const fonts::FontSet> fonts;
  model::Diagrams diagrams;
  pdf::OutputIntent output_intent;
  std::string time_zone;

  std::int64_t now(const RenderOptions& options) const { return options.now ? *options.now : env->now(); }

  Laidout lay_out(model::Result<model::Findings> loaded, const RenderOptions& options) const {
    Laidout out;
    append(out.diagnostics, std::move(loaded.diagnostics));
    if (!loaded.value) return out;
    out.parsed = true;
    model::Findings& findings = *loaded.value;
    if (options.template_id) findings.template_id = model::Text{*options.template_id, {}, "options.template_id", true};

    auto selected = api::select_template(templates, findings);
    append(out.diagnostics, std::move(selected.diagnostics));
    if (selected.value)
      append(out.diagnostics, without_repeats(validate::validate(**selected.value, findings, now(options), fonts.get(),
                                                                 wording.at(*selected.value).of(**selected.value),
                                                                 time_zone),
                                              out.diagnostics));
    if (!selected.value || has_errors(out.diagnostics)) return out;

    compose::AnnexSources annexes{&diagrams, {}};
    auto photos = api::prepare_photos(findings, options.photos, options.photo_folder, *env);
    append(out.diagnostics, std::move(photos.diagnostics));
    if (!photos.value || has_errors(out.diagnostics)) return out;
    annexes.photos = std::move(*photos.value);

    auto document = compose::compose(**selected.value, findings, time_zone, annexes);
    append(out.diagnostics, std::move(document.diagnostics));
    if (!document.value || has_errors(out.diagnostics)) return out;

    layout::LayoutOptions layout_options;
    if (options.specimen) layout_options.watermark = kSpecimenMark;
    auto pages = layout::layout(*document.value, *fonts, layout_options, &diagrams);
    append(out.diagnostics, std::move(pages.diagnostics));
    if (pages.value && !has_errors(out.diagnostics)) {
      out.pages = std::move(pages.value);
      out.chosen = *selected.value;
      out.findings = std::move(findings);
    }
    return out;
  }

  CheckResult check(model::Result<model::Findings> loaded, const RenderOptions& options) const {
    auto laid = lay_out(std::move(loaded), options);
    sort_by_position(laid.diagnostics);
    return CheckResult{std::move(laid.diagnostics), laid.parsed};
  }

  RenderResult render(model::Result<model::Findings> loaded, const RenderOptions& options) const {
    auto laid = lay_out(std::move(loaded), options);
    RenderResult result{std::move(laid.diagnostics), laid.parsed, {}};
    if (laid.pages) {
      auto pdf = produce(laid, options);
      append(result.diagnostics, std::move(pdf.diagnostics));
      if (pdf.value && !has_errors(result.diagnostics)) result.pdf = std::move(*pdf.value);
    }
    sort_by_position(result.diagnostics);
    return result;
  }

  // The laid-out pages once rendered, made PDF/A and ready to sign.
  model::Result<std::string> produce(const Laidout& laid, const RenderOptions& options) const {
    const std::int64_t time = now(options);
    // Only the glyphs this document prints; the subsets live until render has saved the PDF.
    const fonts::DocumentFonts subsets = fonts->subset(*laid.pages);
    auto rendered = render::render(*laid.pages, subsets.files, render::RenderOptions{time});
    if (!rendered.value || has_errors(rendered.diagnostics)) return rendered;
    const pdf::FinalizeInput input{
        conformance(options.pdfa),
        time,
        laid.pages->title,
        laid.pages->author,
        pdf::CertificateIdentity{laid.chosen->id, laid.chosen->version, laid.chosen->profession.id, options.specimen,
                                 laid.chosen->capabilities.signature},
        pdf::findings_json(*laid.findings),
        laid.pages->signature,
        &output_intent};
    auto finalized = pdf::finalize(*rendered.value, input);
    finalized.diagnostics.insert(finalized.diagnostics.begin(), rendered.diagnostics.begin(), rendered.diagnostics.end());
    return finalized;
  }
};

Engine::Engine(EngineConfig config) : impl_(std::make_unique<Impl>()) {
  impl_->env = config.environment ? config.environment : system_environment();
  if (!zone::TimeZone::find(config.time_zone))
    fail("medcert: unknown time zone", {model::diagnose(Severity::error, "R-DT-4", "EngineConfig.time_zone", {},
                                                        {model::param("found", config.time_zone)})});
  impl_->time_zone = config.time_zone;
  const Environment& env = *impl_->env;

  const std::string templates_dir = or_default(config.templates_dir, config.data_dir, "/templates");
  auto templates = load::load_templates(env, templates_dir);
  if (!templates.value || has_errors(templates.diagnostics)) fail("medcert: cannot load the templates", templates.diagnostics);
  if (templates.value->empty())
    fail("medcert: no template found", {model::error("C-TEMPLATES", {}, {}, {model::param("directory", templates_dir)})});
  impl_->templates = std::move(*templates.value);
  // Every template string, condition and vocabulary, whether or not some findings will use it.
  Diagnostics template_errors;
  for (const auto& t : impl_->templates) append(template_errors, compose::check_template_at_start(t));
  // A mistake in a template others extend is found in each of them: said once.
  std::set<std::tuple<std::string, std::string, int, int, std::string>> seen;
  std::erase_if(template_errors, [&seen](const Diagnostic& d) {
    return !seen.emplace(d.rule, d.location.file, d.location.line, d.location.column, d.message_en).second;
  });
  if (has_errors(template_errors)) fail("medcert: the templates have errors", std::move(template_errors));
  for (const auto& t : impl_->templates) impl_->wording.try_emplace(&t);

  // Without the folder (a templates-only data directory), no diagram can be drawn: said when one is asked for.
  auto diagrams = load::load_diagrams(env, or_default(config.diagrams_dir, config.data_dir, "/diagrams"));
  if (!diagrams.value || has_errors(diagrams.diagnostics)) fail("medcert: cannot load the body diagram", diagrams.diagnostics);
  impl_->diagrams = std::move(*diagrams.value);

  auto manifest = load::load_font_manifest(env, or_default(config.fonts_manifest, config.data_dir, "/fonts/manifest.yaml"));
  if (!manifest.value || has_errors(manifest.diagnostics)) fail("medcert: cannot load the font manifest", manifest.diagnostics);
  auto fonts = fonts::FontSet::load(env, *manifest.value);
  if (!fonts.value || has_errors(fonts.diagnostics)) fail("medcert: cannot load the fonts", fonts.diagnostics);
  impl_->fonts = std::move(*fonts.value);
  const auto& intent_entry = manifest.value->output_intent;
  auto intent = pdf::load_output_intent(env, intent_entry.file, intent_entry.identifier);
  if (!intent.value) fail("medcert: cannot load the PDF/A output intent", intent.diagnostics);
  impl_->output_intent = std::move(*intent.value);
}

Engine::~Engine() = default;
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;

CheckResult Engine::check(const Source& findings, const RenderOptions& options) const {
  return impl_->check(load::load_findings(findings.text, findings.name), options);
}

RenderResult Engine::render(const Source& findings, const RenderOptions& options) const {
  return impl_->render(load::load_findings(findings.text, findings.name), options);
}

// Typed findings become the loader's tree in memory, read by the same loader as text (api/typed_findings.hpp).
CheckResult Engine::check(const Findings& findings, const RenderOptions& options) const {
  return impl_->check(api::load_typed(findings, kTypedFindingsName), options);
}

RenderResult Engine::render(const Findings& findings, const RenderOptions& options) const {
  return impl_->render(api::load_typed(findings, kTypedFindingsName), options);
}

std::vector<TemplateInfo> Engine::templates() const {
  std::vector<TemplateInfo> out;
  for (const auto& t : impl_->templates)
    out.push_back(TemplateInfo{t.id, t.profession.id, t.profession.id_en, t.version, t.title, t.profession.label,
                                 t.document_kind, t.person});
  return out;
}

std::optional<std::string> Engine::skeleton(const std::string& profession, Document document) const {
  // A template id names one document; a profession's names, its certificate unless another is asked for.
  const auto* t = document == Document::certificate ? api::find_template(impl_->templates, profession)
                                                    : api::find_by_profession(impl_->templates, profession, document);
  if (!t) return std::nullopt;
  return t->skeleton;
}

std::optional<std::vector<Vocabulary>> Engine::vocabularies(const std::string& profession) const {
  const auto* t = api::find_template(impl_->templates, profession);
  if (!t) return std::nullopt;
  std::vector<Vocabulary> out;
  for (const auto& [name, vocabulary] : t->vocabularies) {
    Vocabulary v{name, {}};
    for (const auto& entry : vocabulary.entries) 
      v.entries.push_back(VocabularyEntry{entry.code, entry.label(Language::fr), entry.label(Language::en)});
    out.push_back(std::move(v));
  }
  return out;
}

std::optional<std::string> Engine::form_schema(const std::string& profession, Language lang) const {
  const auto* t = api::find_template(impl_->templates, profession);
  if (!t) return std::nullopt;
  return api::form_schema(*t, impl_->diagrams, lang);
}

std::vector<std::string> Engine::profession_names() const { return api::profession_names(impl_->templates); }

MEDCERT_END_NAMESPACE
