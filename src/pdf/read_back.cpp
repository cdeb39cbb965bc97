// SPDX-License-Identifier: Apache-2.0
#include "pdf/read_back.hpp"

#include <exception>

#include <nlohmann/json.hpp>

#include "model/diag.hpp"
#include "pdf/embedded_names.hpp"
#include "pdf/qpdf_reader.hpp"
#include "pdf/untrusted.hpp"

namespace medcert::pdf {
namespace {

// A stream medcert reads whole is inflated under a budget: over it, the file is refused (V-LIMIT.stream).
struct OverBudget {
  MessageParam what;
};

std::string read_stream(QPDFObjectHandle stream, const MessageParam& what) {
  auto data = bounded_stream_data(stream, kMaxReadStreamBytes);
  if (!data) throw OverBudget{what};
  return std::move(*data);
}

bool names_findings(QPDFObjectHandle file_spec) {
  for (const char* key : {"/UF", "/F"}) {
    auto name = file_spec.getKey(key);
    if (name.isString()) return name.getUTF8Value() == kFindingsFileName;
  }
  return false;
}

// Through the catalog's /AF, as PDF/A-3 associates it (not the /EmbeddedFiles name tree, which any
// attachment can join).
std::optional<std::string> associated_findings(QPDFObjectHandle catalog) {
  auto files = catalog.getKey("/AF");
  if (!files.isArray()) return std::nullopt;
  for (auto& spec : files.aitems()) {
    if (!spec.isDictionary() || !names_findings(spec)) continue;
    auto stream = spec.getKey("/EF").getKeyIfDict("/F");
    if (stream.isStream()) return read_stream(stream, model::param("what", "les constatations jointes", "the embedded findings"));
  }
  return std::nullopt;
}

std::string metadata(QPDFObjectHandle catalog) {
  auto packet = catalog.getKey("/Metadata");
  return packet.isStream() ? read_stream(packet, model::param("what", "les métadonnées XMP", "the XMP metadata")) : std::string();
}

Diagnostic unreadable(const std::string& why) {
  return model::error("P-UNREADABLE", "", Location{}, {model::param("detail", why)});
}

}  // namespace

model::Result<ReadBack> read_back(std::string_view pdf) {
  model::Result<ReadBack> result;
  try {
    auto screened = open_screened(pdf);
    if (screened.refusal) {
      result.diagnostics.push_back(std::move(*screened.refusal));
      return result;
    }
    auto catalog = screened.qpdf->getRoot();
    std::string xmp = metadata(catalog);
    result.value = ReadBack{std::move(xmp), associated_findings(catalog)};
  } catch (const OverBudget& over) {
    result.diagnostics.push_back(model::error("V-LIMIT.stream", "", Location{},
                                              {over.what,
                                               model::param("limit", std::to_string(kMaxReadStreamBytes))}));
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
