// SPDX-License-Identifier: Apache-2.0
#include "cli/print_diagnostics.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>


#include "cli/language.hpp"

namespace medcert::cli {
namespace {

// The 1-based `line` of `text`, without its end of line; "" when out of range.
std::string_view line_of(std::string_view text, int line) {
  std::size_t start = 0;
  for (int i = 1; i < line; ++i) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  auto end = text.find('\n', start);
  auto result = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return result;
}

// Spaces up to the column (counted in code points), keeping tabs so the caret lines up.
std::string caret_padding(std::string_view line, int column) {
  std::string pad;
  int seen = 1;
  for (std::size_t i = 0; i < line.size() && seen < column; ++i) {
    const auto byte = static_cast<unsigned char>(line[i]);
    if ((byte & 0xC0) == 0x80) continue;  // continuation byte: same code point
    pad += line[i] == '\t' ? '\t' : ' ';
    ++seen;
  }
  return pad;
}

std::string position(const Location& loc) {
  if (loc.file.empty()) return "medcert";
  if (loc.line == 0) return loc.file;
  return fmt::format("{}:{}:{}", loc.file, loc.line, loc.column);
}

}  // namespace

std::string printable(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size();) {
    const auto byte = static_cast<unsigned char>(line[i]);
    std::size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
    bool valid = length > 0 && i + length <= line.size();
    for (std::size_t k = 1; valid && k < length; ++k) valid = (static_cast<unsigned char>(line[i + k]) & 0xC0) == 0x80;
    if (!valid || (length == 1 && ((byte < 0x20 && byte != '\t') || byte == 0x7F))) {
      out += '?';
      ++i;
      continue;
    }
    out.append(line.substr(i, length));
    i += length;
  }
  return out;
}

void print_text(std::ostream& out, const Diagnostics& diagnostics, Language lang, const std::string& source_name,
                const std::string& source_text) {
  for (const auto& d : diagnostics) {
    const char* severity = d.severity == Severity::error     ? tr(lang, "erreur", "error")
                           : d.severity == Severity::warning ? tr(lang, "avertissement", "warning")
                                                             : tr(lang, "information", "notice");
    fmt::print(out, "{}: {} [{}] {}\n", position(d.location), severity, d.rule, d.message(lang));
    if (d.location.line > 0 && d.location.file == source_name) {
      const auto line = printable(line_of(source_text, d.location.line));
      if (!line.empty()) fmt::print(out, "    {}\n    {}^\n", line, caret_padding(line, d.location.column));
    }
  }
}

void print_json(std::ostream& out, const Diagnostics& diagnostics, Language lang, bool ok) {
  out << medcert::diagnostics_json(diagnostics, lang, ok) << '\n';
}

}  // namespace medcert::cli
