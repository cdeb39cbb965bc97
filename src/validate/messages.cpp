#include "validate/messages.hpp"

#include "model/diag.hpp"

namespace medcert::validate {
namespace {

constexpr std::string_view kNarrowNoBreakSpace = "\u202F";
constexpr std::string_view kOpenQuote = "«";
constexpr std::string_view kCloseQuote = "»";

bool starts_with_at(std::string_view text, std::size_t pos, std::string_view prefix) {
  return text.substr(pos, prefix.size()) == prefix;
}

}  // namespace

std::string french_typography(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' && i + 1 < text.size()) {
      const char next = text[i + 1];
      if (next == ';' || next == ':' || next == '!' || next == '?' || starts_with_at(text, i + 1, kCloseQuote)) {
        out += kNarrowNoBreakSpace;
        continue;
      }
    }
    if (c == ' ' && i >= kOpenQuote.size() && starts_with_at(text, i - kOpenQuote.size(), kOpenQuote)) {
      out += kNarrowNoBreakSpace;
      continue;
    }
    out += c;
  }
  return out;
}

Diagnostic report(Severity severity, std::string_view rule, std::string path, Location where, std::string_view fr,
                  std::string en) {
  return model::make_diagnostic(severity, std::string(rule), std::move(path), std::move(where), french_typography(fr),
                                std::move(en));
}

}  // namespace medcert::validate
