// SPDX-License-Identifier: Apache-2.0
// qpdf inside pdf/ (untrusted.cpp, read_back.cpp): the screened document and bounded stream reads.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <medcert/diagnostics.hpp>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace medcert::pdf {

struct ScreenedPdf {
  std::unique_ptr<QPDF> qpdf;         ///< reads the caller's bytes in place: they must outlive it (null when refused unparsed)
  std::optional<Diagnostic> refusal;  ///< set: do not read further (see screen_untrusted)
};

/// Parses `pdf` with qpdf, quiet and without repair, and screens it (untrusted.hpp). Throws
/// std::runtime_error when qpdf cannot parse it.
ScreenedPdf open_screened(std::string_view pdf);

/// The stream's data with its filters decoded, or nothing as soon as it passes `limit` bytes (a flate
/// bomb is never inflated further). Throws std::runtime_error when the data cannot be decoded.
std::optional<std::string> bounded_stream_data(QPDFObjectHandle stream, std::size_t limit);

}  // namespace medcert::pdf
