// SPDX-License-Identifier: Apache-2.0
// PoDoFo 0.9.8 with its traps handled once (pdf-toolchain.md), for every stage that reads or edits a
// PDF: pdf/ (finalize, extract) and, through this header, sign/ and verify/. Including it includes PoDoFo.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include <podofo.h>

namespace medcert::pdf {

/// Parses `bytes` (`for_update`: keep them, for PdfMemDocument::WriteUpdate). Quiet: PoDoFo's debug output
/// and logging (the trailer printed on stderr) are off. Serialised by podofo_clock_mutex(), since loading
/// formats "now" into Info /ModDate. Every caller must then set or remove /ModDate itself: the stamp is
/// the wall clock, in the local time zone. Throws PoDoFo::PdfError.
std::unique_ptr<PoDoFo::PdfMemDocument> load_document(std::string_view bytes, bool for_update);

/// Hold it around any PoDoFo 0.9.8 call that may format a PdfDate: PdfDate() calls localtime() and gmtime(),
/// which are not thread-safe. In 0.9.8 those are: constructing a PdfMemDocument or loading one (a new
/// PdfInfo), PdfPage::CreateAnnotation and the PdfField constructors that take a rectangle (a new
/// PdfAnnotation), and writing a document without Info (its file identifier). load_document() holds it;
/// code that creates annotations through PoDoFo's classes must too. Recursive, so a holder may call
/// load_document().
std::recursive_mutex& podofo_clock_mutex();

/// The whole document rewritten, in Clean write mode (PDF/A needs an end of line after "obj"; the
/// default compact mode writes "1 0 obj<<"). The trailer /ID is PoDoFo's: MD5 of the Info dictionary.
std::string write_document(PoDoFo::PdfMemDocument& document);

/// A stream's decoded bytes, read through a const object: the non-const GetStream() marks the object
/// dirty, and an incremental update would then copy it whole.
std::string decoded_stream(const PoDoFo::PdfObject& stream_object);

/// The object a value designates: the value itself, or the indirect object it refers to (nullptr if none).
const PoDoFo::PdfObject* resolve(const PoDoFo::PdfMemDocument& document, const PoDoFo::PdfObject* value);
PoDoFo::PdfObject* resolve(PoDoFo::PdfMemDocument& document, PoDoFo::PdfObject* value);

/// The value of `key` in a dictionary object, resolved; nullptr when absent or `object` is no dictionary.
const PoDoFo::PdfObject* entry(const PoDoFo::PdfMemDocument& document, const PoDoFo::PdfObject& object,
                               std::string_view key);
PoDoFo::PdfObject* entry(PoDoFo::PdfMemDocument& document, PoDoFo::PdfObject& object, std::string_view key);

/// True when `key` holds the name `name`.
bool has_name(const PoDoFo::PdfMemDocument& document, const PoDoFo::PdfObject& object, std::string_view key,
              std::string_view name);

/// "PdfError name: detail" for a diagnostic.
std::string describe(const PoDoFo::PdfError& error);

}  // namespace medcert::pdf
