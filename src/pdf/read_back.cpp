// SPDX-License-Identifier: Apache-2.0
#include "pdf/read_back.hpp"

#include <exception>

#include <nlohmann/json.hpp>

#include "model/diag.hpp"
#include "pdf/embedded_names.hpp"
#include "pdf/podofo_document.hpp"

namespace medcert::pdf {
namespace {

using PoDoFo::PdfMemDocument;
using PoDoFo::PdfObject;

bool names_findings(const PdfMemDocument& document, const PdfObject& file_spec) {
  for (const char* key : {"UF", "F"}) {
    const PdfObject* name = entry(document, file_spec, key);
    if (name && name->IsString()) return name->GetString().GetStringUtf8() == kFindingsFileName;
  }
  return false;
}

// Through the catalog's /AF, as PDF/A-3 associates it (not the /EmbeddedFiles name tree, which any
// attachment can join).
std::optional<std::string> associated_findings(const PdfMemDocument& document) {
  const PdfObject* files = entry(document, *document.GetCatalog(), "AF");
  if (!files || !files->IsArray()) return std::nullopt;
  for (const PdfObject& item : files->GetArray()) {
    const PdfObject* spec = resolve(document, &item);
    if (!spec || !names_findings(document, *spec)) continue;
    const PdfObject* embedded = entry(document, *spec, "EF");
    const PdfObject* stream = embedded ? entry(document, *embedded, "F") : nullptr;
    if (stream && stream->HasStream()) return decoded_stream(*stream);
  }
  return std::nullopt;
}

std::string metadata(const PdfMemDocument& document) {
  const PdfObject* packet = entry(document, *document.GetCatalog(), "Metadata");
  return packet && packet->HasStream() ? decoded_stream(*packet) : std::string();
}

Diagnostic unreadable(const std::string& why) {
  return model::error("P-UNREADABLE", "", Location{}, {model::param("detail", why)});
}

}  // namespace

model::Result<ReadBack> read_back(std::string_view pdf) {
  model::Result<ReadBack> result;
  try {
    const std::lock_guard lock(podofo_clock_mutex());  // PoDoFo's "now" dates: see podofo_document.hpp
    const auto document = load_document(pdf, false);
    if (!document->GetCatalog()) throw std::runtime_error("no catalog");
    result.value = ReadBack{metadata(*document), associated_findings(*document)};
  } catch (const PoDoFo::PdfError& e) {
    result.diagnostics.push_back(unreadable(describe(e)));
  } catch (const std::exception& e) {
    result.diagnostics.push_back(unreadable(e.what()));
  }
  return result;
}

std::string embedded_text(const ReadBack& back, std::string_view section, std::string_view key) {
  if (!back.findings_json) return {};
  // No exceptions: the JSON comes from an untrusted file, and a malformed one simply holds no text.
  const auto findings = nlohmann::json::parse(*back.findings_json, nullptr, false);
  if (!findings.is_object()) return {};
  const auto object = findings.find(section);
  if (object == findings.end() || !object->is_object()) return {};
  const auto text = object->find(key);
  return text != object->end() && text->is_string() ? text->get<std::string>() : std::string();
}

}  // namespace medcert::pdf
