// SPDX-License-Identifier: Apache-2.0
#include "pdf/podofo_document.hpp"

#include <fmt/format.h>

namespace medcert::pdf {
namespace {

using PoDoFo::PdfMemDocument;
using PoDoFo::PdfObject;

void silence_podofo() {
  static std::once_flag once;
  std::call_once(once, [] {
    PoDoFo::PdfError::EnableDebug(false);
    PoDoFo::PdfError::EnableLogging(false);
  });
}

template <class Document, class Object>
Object* resolve_in(Document& document, Object* value) {
  if (value && value->IsReference()) return document.GetObjects().GetObject(value->GetReference());
  return value;
}

}  // namespace

std::recursive_mutex& podofo_clock_mutex() {
  static std::recursive_mutex mutex;
  return mutex;
}

std::unique_ptr<PdfMemDocument> load_document(std::string_view bytes, bool for_update) {
  silence_podofo();
  // Constructing the document stamps a new Info with "now" (PdfInfo, PdfDate: localtime), loading does again.
  const std::lock_guard lock(podofo_clock_mutex());
  auto document = std::make_unique<PdfMemDocument>();
  document->LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size()), for_update);
  return document;
}

std::string write_document(PdfMemDocument& document) {
  document.SetWriteMode(PoDoFo::ePdfWriteMode_Clean);
  PoDoFo::PdfRefCountedBuffer buffer;
  PoDoFo::PdfOutputDevice device(&buffer);
  document.Write(&device);
  return std::string(buffer.GetBuffer(), device.GetLength());
}

std::string decoded_stream(const PdfObject& stream_object) {
  char* data = nullptr;
  PoDoFo::pdf_long length = 0;
  stream_object.GetStream()->GetFilteredCopy(&data, &length);
  const std::unique_ptr<char, decltype(&PoDoFo::podofo_free)> owned(data, &PoDoFo::podofo_free);
  return std::string(data, static_cast<std::size_t>(length));
}

const PdfObject* resolve(const PdfMemDocument& document, const PdfObject* value) {
  return resolve_in(document, value);
}

PdfObject* resolve(PdfMemDocument& document, PdfObject* value) { return resolve_in(document, value); }

const PdfObject* entry(const PdfMemDocument& document, const PdfObject& object, std::string_view key) {
  if (!object.IsDictionary()) return nullptr;
  return resolve(document, object.GetDictionary().GetKey(PoDoFo::PdfName(std::string(key))));
}

PdfObject* entry(PdfMemDocument& document, PdfObject& object, std::string_view key) {
  if (!object.IsDictionary()) return nullptr;
  return resolve(document, object.GetDictionary().GetKey(PoDoFo::PdfName(std::string(key))));
}

bool has_name(const PdfMemDocument& document, const PdfObject& object, std::string_view key, std::string_view name) {
  const PdfObject* value = entry(document, object, key);
  return value && value->IsName() && value->GetName().GetName() == name;
}

std::string describe(const PoDoFo::PdfError& error) {
  std::string detail;
  for (const auto& info : error.GetCallstack())
    if (!info.GetInformation().empty()) detail = info.GetInformation();
  const char* name = PoDoFo::PdfError::ErrorName(error.GetError());
  return detail.empty() ? std::string(name ? name : "PdfError") : fmt::format("{}: {}", name ? name : "PdfError", detail);
}

}  // namespace medcert::pdf
