// SPDX-License-Identifier: Apache-2.0
// The gate before PoDoFo: a PDF medcert did not write (verify, extract, sign) is parsed first by qpdf,
// a hardened and continuously fuzzed parser, and refused when PoDoFo 0.9.8 could crash, hang or exhaust
// memory on it (docs/security.md, "Hostile PDFs").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include <medcert/diagnostics.hpp>

namespace medcert::pdf {

/// More indirect objects than this: refused (a certificate holds about a hundred).
inline constexpr std::size_t kMaxPdfObjects = 20'000;
/// Arrays and dictionaries nested deeper than this inside one object: refused (medcert writes 5 levels;
/// PoDoFo 0.9.8 parses nesting recursively and hangs from about 1,000 levels).
inline constexpr std::size_t kMaxPdfNesting = 64;
/// Decoded bytes of all cross-reference streams together (qpdf inflates them whole when it opens a file;
/// 20,000 objects need at most 400 KB).
inline constexpr std::size_t kMaxXrefStreamBytes = 4u << 20;
/// Decoded bytes of all object streams together (PoDoFo inflates them whole when it loads the file).
inline constexpr std::size_t kMaxObjectStreamBytes = 16u << 20;
/// Decoded bytes of one stream medcert reads (embedded findings, XMP): the findings' own limit, 1 MiB.
inline constexpr std::size_t kMaxReadStreamBytes = 1u << 20;

/// Nothing when `pdf` may be handed to PoDoFo; otherwise why not: V-ENCRYPTED (medcert never writes an
/// encrypted PDF), V-LIMIT.objects, V-LIMIT.nesting, V-LIMIT.object_streams, V-LIMIT.xref_streams.
/// Throws std::runtime_error (qpdf's message) when qpdf cannot parse the file without repairing it.
std::optional<Diagnostic> screen_untrusted(std::string_view pdf);

}  // namespace medcert::pdf
