// SPDX-License-Identifier: Apache-2.0
#include "pdf/untrusted.hpp"

#include <algorithm>
#include <charconv>
#include <set>
#include <stdexcept>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <qpdf/Pipeline.hh>
#include <qpdf/Pl_Flate.hh>
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

// Where a cross-reference section starts for qpdf: the number after `key` ("startxref", "/Prev",
// "/XRefStm", "/Length") in `text`, when a direct integer follows it (an indirect /Length "N 0 R" is none).
std::optional<std::size_t> number_after(std::string_view text, std::string_view key) {
  const auto at = text.find(key);
  if (at == std::string_view::npos) return std::nullopt;
  std::size_t i = at + key.size();
  const auto spaces = [&] {
    while (i < text.size() && std::string_view(" \t\r\n\f").find(text[i]) != std::string_view::npos) ++i;
  };
  const auto digits = [&] {
    const std::size_t from = i;
    while (i < text.size() && i - from < 12 && text[i] >= '0' && text[i] <= '9') ++i;
    return text.substr(from, i - from);
  };
  spaces();
  const std::string_view number = digits();
  if (number.empty()) return std::nullopt;
  spaces();
  const bool generation = !digits().empty();
  spaces();
  if (generation && i < text.size() && text[i] == 'R') return std::nullopt;
  std::size_t value = 0;
  std::from_chars(number.data(), number.data() + number.size(), value);
  return value;
}

// The data of a cross-reference stream beginning at `rest` ("N G obj << ... >> stream ..."), bounded
// by /Length when it is direct, else by "endstream".
std::string_view stream_data(std::string_view rest, std::string_view dictionary) {
  std::size_t begin = dictionary.size() + 6;  // "stream"
  if (rest.substr(begin, 2) == "\r\n") begin += 2;
  else if (rest.substr(begin, 1) == "\n" || rest.substr(begin, 1) == "\r") begin += 1;
  const auto length = number_after(dictionary, "/Length");
  const auto end = length ? begin + *length : rest.find("endstream", begin);
  return begin < rest.size() ? rest.substr(begin, (end == std::string_view::npos ? rest.size() : end) - begin)
                             : std::string_view();
}

enum class XrefFilter { none, flate, other };

// The /Filter of a cross-reference stream's dictionary: none, FlateDecode alone written plainly
// (/FlateDecode or [/FlateDecode]), or anything else (another filter, a chain, a name written with #
// escapes), which the gate refuses rather than judge.
XrefFilter xref_filter(std::string_view dictionary) {
  if (dictionary.find('#') != std::string_view::npos) return XrefFilter::other;
  const auto at = dictionary.find("/Filter");
  if (at == std::string_view::npos) return XrefFilter::none;
  std::string compact;  // the value and what follows, without white space
  for (const char c : dictionary.substr(at + 7))
    if (std::string_view(" \t\r\n\f").find(c) == std::string_view::npos) compact += c;
  const std::string_view value = compact;
  if (value.rfind("[/FlateDecode]", 0) == 0) return XrefFilter::flate;
  if (value.rfind("/FlateDecode", 0) != 0) return XrefFilter::other;
  const std::string_view after = value.substr(12);  // the name must end there: /FlateDecodeX is another
  return after.empty() || std::string_view("/<>[]()").find(after[0]) != std::string_view::npos ? XrefFilter::flate
                                                                                               : XrefFilter::other;
}

// qpdf inflates a cross-reference stream whole while it opens a file, before anything can bound it: every
// stream where qpdf will look for one (startxref, then /Prev and /XRefStm) is inflated here first, under a
// budget. Nothing else is judged here: qpdf then parses the file, strictly.
std::optional<Diagnostic> xref_streams_too_large(std::string_view pdf) {
  const auto over = [] { return model::error("V-LIMIT.xref_streams", "", {}, {number("limit", kMaxXrefStreamBytes)}); };
  std::vector<std::size_t> pending;
  if (const auto start = pdf.rfind("startxref"); start != std::string_view::npos)
    if (const auto at = number_after(pdf.substr(start), "startxref")) pending.push_back(*at);
  std::set<std::size_t> seen;
  std::size_t budget = kMaxXrefStreamBytes;
  while (!pending.empty() && seen.size() < 64) {
    const std::size_t at = pending.back();
    pending.pop_back();
    if (at >= pdf.size() || !seen.insert(at).second) continue;
    std::string_view rest = pdf.substr(at);
    rest.remove_prefix(std::min(rest.find_first_not_of(" \t\r\n\f"), rest.size()));
    if (rest.substr(0, 4) == "xref") {  // a table: its trailer may name older sections
      const auto trailer = rest.substr(0, rest.find("startxref"));
      for (const char* key : {"/Prev", "/XRefStm"})
        if (const auto next = number_after(trailer, key)) pending.push_back(*next);
      continue;
    }
    const auto stream = rest.find("stream");
    if (stream == std::string_view::npos) continue;
    const std::string_view dictionary = rest.substr(0, stream);
    if (const auto next = number_after(dictionary, "/Prev")) pending.push_back(*next);
    const std::string_view data = stream_data(rest, dictionary);
    const auto filter = xref_filter(dictionary);
    if (filter == XrefFilter::other) throw std::runtime_error("a cross-reference stream whose filter is not FlateDecode alone");
    if (filter == XrefFilter::none) {
      if (data.size() > budget) return over();
      budget -= data.size();
      continue;
    }
    BoundedSink sink(budget, nullptr);
    Pl_Flate inflate("medcert cross-reference stream", &sink, Pl_Flate::a_inflate);
    try {
      inflate.write(reinterpret_cast<const unsigned char*>(data.data()), data.size());
      inflate.finish();
    } catch (const std::exception&) {
      // Damaged data: qpdf judges it. Only the overflow matters here.
    }
    if (sink.exceeded()) return over();
    budget -= sink.count();
  }
  return std::nullopt;
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
  // A file qpdf had to repair (a warning: a bad /Length, a truncated object, nesting it cut off) may read
  // differently in PoDoFo. One warning is harmless: PoDoFo 0.9.8's incremental updates write a trailer
  // /Size that only counts their own objects, and readers size their tables from the xref anyway.
  for (const auto& warning : qpdf.getWarnings())
    if (warning.getMessageDetail().rfind("reported number of objects", 0) != 0) throw std::runtime_error(warning.what());
  return std::nullopt;
}

}  // namespace

ScreenedPdf open_screened(std::string_view pdf) {
  // Before qpdf too, which would only say "invalid password" of a bogus dictionary.
  if (names_encryption(pdf)) return {nullptr, model::error("V-ENCRYPTED", "", {})};
  if (auto refusal = xref_streams_too_large(pdf)) return {nullptr, std::move(refusal)};
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
