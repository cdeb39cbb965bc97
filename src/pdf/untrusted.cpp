// SPDX-License-Identifier: Apache-2.0
#include "pdf/untrusted.hpp"

#include <set>
#include <stdexcept>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDFExc.hh>

#include "model/diag.hpp"
#include "pdf/qpdf_reader.hpp"

namespace medcert::pdf {
namespace {

// Keeps (or only counts) what qpdf decodes, and stops it past the limit. qpdf turns an exception thrown
// by a pipeline into a failed read (and a warning), so the overflow is also recorded here.
class BoundedSink : public Pipeline {
 public:
  BoundedSink(std::size_t limit, std::string* keep) : Pipeline("medcert bounded sink", nullptr), limit_(limit), keep_(keep) {}
  void write(unsigned char const* data, size_t length) override {
    if (length > limit_ - count_) {
      exceeded_ = true;
      throw std::length_error("decoded stream over its limit");
    }
    count_ += length;
    if (keep_) keep_->append(reinterpret_cast<const char*>(data), length);
  }
  void finish() override {}
  bool exceeded() const { return exceeded_; }
  std::size_t count() const { return count_; }

 private:
  std::size_t limit_;
  std::string* keep_;
  std::size_t count_ = 0;
  bool exceeded_ = false;
};

MessageParam number(std::string name, std::size_t value) { return model::param(std::move(name), std::to_string(value)); }

// True when the data decodes; `sink` says whether it passed its limit.
bool pipe_decoded(QPDFObjectHandle stream, BoundedSink& sink) {
  return stream.pipeStreamData(&sink, nullptr, 0, qpdf_dl_generalized, /*suppress_warnings=*/true);
}

// PoDoFo inflates every object stream whole when it loads a file: their total is bounded first, before
// qpdf itself resolves the objects they hold.
std::optional<Diagnostic> object_streams_too_large(QPDF& qpdf, const std::map<QPDFObjGen, QPDFXRefEntry>& xref) {
  std::set<int> streams;
  for (const auto& [id, entry] : xref)
    if (entry.getType() == 2) streams.insert(entry.getObjStreamNumber());
  std::size_t budget = kMaxObjectStreamBytes;
  for (int stream : streams) {
    BoundedSink sink(budget, nullptr);
    const bool decoded = pipe_decoded(qpdf.getObjectByID(stream, 0), sink);
    if (sink.exceeded()) return model::error("V-LIMIT.object_streams", "", {}, {number("limit", kMaxObjectStreamBytes)});
    if (!decoded) throw std::runtime_error(fmt::format("object stream {} cannot be decoded", stream));
    budget -= sink.count();
  }
  return std::nullopt;
}

// The deepest nesting of arrays and dictionaries inside one object (references are not followed), walked
// without recursion and abandoned as soon as it passes the limit.
bool nested_too_deep(QPDFObjectHandle object) {
  std::vector<std::pair<QPDFObjectHandle, std::size_t>> pending{{object.isStream() ? object.getDict() : object, 1}};
  while (!pending.empty()) {
    auto [current, depth] = std::move(pending.back());
    pending.pop_back();
    if (depth > kMaxPdfNesting) return true;
    if (current.isArray()) {
      for (auto& item : current.aitems())
        if (!item.isIndirect() && (item.isArray() || item.isDictionary())) pending.emplace_back(item, depth + 1);
    } else if (current.isDictionary()) {
      for (auto& [key, item] : current.ditems())
        if (!item.isIndirect() && (item.isArray() || item.isDictionary())) pending.emplace_back(item, depth + 1);
    }
  }
  return false;
}

// PoDoFo 0.9.8 reads /Encrypt from trailers qpdf may not look at (an earlier revision's): any such key
// in the bytes refuses the file.
bool names_encryption(std::string_view pdf) {
  for (auto at = pdf.find("/Encrypt"); at != std::string_view::npos; at = pdf.find("/Encrypt", at + 1)) {
    const std::size_t end = at + 8;
    if (end == pdf.size() || std::string_view(" \t\r\n\f/<[(").find(pdf[end]) != std::string_view::npos) return true;
  }
  return false;
}

std::optional<Diagnostic> screen(QPDF& qpdf) {
  if (qpdf.isEncrypted()) return model::error("V-ENCRYPTED", "", {});
  const auto xref = qpdf.getXRefTable();
  if (xref.size() > kMaxPdfObjects)
    return model::error("V-LIMIT.objects", "", {}, {number("count", xref.size()), number("limit", kMaxPdfObjects)});
  if (auto refusal = object_streams_too_large(qpdf, xref)) return refusal;
  for (auto& object : qpdf.getAllObjects())
    if (nested_too_deep(object)) return model::error("V-LIMIT.nesting", "", {}, {number("limit", kMaxPdfNesting)});
  // A file qpdf had to repair (a warning: a bad /Length, a truncated object) may read differently in PoDoFo.
  if (qpdf.anyWarnings()) throw std::runtime_error(qpdf.getWarnings().front().what());
  return std::nullopt;
}

}  // namespace

ScreenedPdf open_screened(std::string_view pdf) {
  // Before qpdf too, which would only say "invalid password" of a bogus dictionary.
  if (names_encryption(pdf)) return {nullptr, model::error("V-ENCRYPTED", "", {})};
  ScreenedPdf screened{std::make_unique<QPDF>(), std::nullopt};
  screened.qpdf->setSuppressWarnings(true);
  screened.qpdf->setAttemptRecovery(false);
  screened.qpdf->processMemoryFile("PDF", pdf.data(), pdf.size());
  screened.refusal = screen(*screened.qpdf);
  return screened;
}

std::optional<std::string> bounded_stream_data(QPDFObjectHandle stream, std::size_t limit) {
  std::string data;
  BoundedSink sink(limit, &data);
  const bool decoded = pipe_decoded(stream, sink);
  if (sink.exceeded()) return std::nullopt;
  if (!decoded) throw std::runtime_error("a stream cannot be decoded");
  return data;
}

std::optional<Diagnostic> screen_untrusted(std::string_view pdf) { return open_screened(pdf).refusal; }

}  // namespace medcert::pdf
