// SPDX-License-Identifier: Apache-2.0
// The batch report (include/medcert/engine.hpp): what `medcert batch` prints, for any program that renders
// many certificates at once.
#include <medcert/engine.hpp>

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

MEDCERT_BEGIN_NAMESPACE
namespace {

const char* tr(Language lang, const char* fr, const char* en) { return lang == Language::en ? en : fr; }

bool is_refused(BatchOutcome outcome) { return outcome == BatchOutcome::refused || outcome == BatchOutcome::exists; }

// "2 errors (R-REQ findings.patient.birth_date at 4:3, …)": enough to find the problem from a log line.
std::string errors_digest(const Diagnostics& diagnostics, Language lang) {
  constexpr std::size_t shown = 3;
  std::vector<std::string> items;
  for (const auto& d : diagnostics) {
    if (d.severity != Severity::error) continue;
    if (items.size() == shown) {
      items.emplace_back("…");
      break;
    }
    auto item = d.path.empty() ? d.rule : fmt::format("{} {}", d.rule, d.path);
    if (d.location.line > 0) item += fmt::format(" {} {}:{}", tr(lang, "à", "at"), d.location.line, d.location.column);
    items.push_back(std::move(item));
  }
  const auto errors = std::count_if(diagnostics.begin(), diagnostics.end(),
                                    [](const Diagnostic& d) { return d.severity == Severity::error; });
  return fmt::format("{} {} ({})", errors, tr(lang, errors > 1 ? "erreurs" : "erreur", errors > 1 ? "errors" : "error"),
                     fmt::join(items, ", "));
}

// As `medcert check --format json` lists them: the public writer's list, one shape for both.
nlohmann::json diagnostics_json(const Diagnostics& diagnostics, Language lang) {
  return nlohmann::json::parse(medcert::diagnostics_json(diagnostics, lang, !has_errors(diagnostics)))["diagnostics"];
}

}  // namespace

std::string batch_file_reason(const BatchFile& file, Language lang) {
  switch (file.outcome) {
    case BatchOutcome::rendered:
      break;
    case BatchOutcome::refused:
      return errors_digest(file.diagnostics, lang);
    case BatchOutcome::exists:
      return fmt::format("{} {}", file.output,
                         tr(lang, "existe déjà\u202F; ajoutez --force pour le remplacer", "exists, use --force"));
    case BatchOutcome::unreadable:
      return tr(lang, "fichier illisible ou introuvable", "cannot read this file");
    case BatchOutcome::unwritable:
      return fmt::format("{} {} ({})", tr(lang, "écriture impossible de", "cannot write"), file.output, file.detail);
    case BatchOutcome::crashed:
      return fmt::format("{}\u202F: {}", tr(lang, "erreur interne", "internal error"), file.detail);
  }
  return {};
}

std::string batch_report_json(const std::vector<BatchFile>& files, std::int64_t elapsed_ms, Language lang) {
  auto rendered = nlohmann::json::array(), refused = nlohmann::json::array(), failed = nlohmann::json::array();
  for (const auto& f : files) {
    if (f.outcome == BatchOutcome::rendered)
      rendered.push_back({{"input", f.input}, {"output", f.output}, {"diagnostics", diagnostics_json(f.diagnostics, lang)}});
    else if (is_refused(f.outcome))
      refused.push_back({{"input", f.input},
                         {"output", f.output},
                         {"reason", f.outcome == BatchOutcome::exists ? "exists" : "findings"},
                         {"diagnostics", diagnostics_json(f.diagnostics, lang)}});
    else
      failed.push_back({{"input", f.input}, {"error", batch_file_reason(f, lang)}});
  }
  const nlohmann::json report = {{"format_version", 1}, {"rendered", rendered}, {"refused", refused},
                                 {"failed", failed},    {"elapsed_ms", elapsed_ms}};
  // Invalid UTF-8 in a file name or a hostile file must not abort the report: replace it.
  return report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

MEDCERT_END_NAMESPACE
