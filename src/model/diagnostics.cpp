// SPDX-License-Identifier: Apache-2.0
#include <medcert/diagnostics.hpp>

#include <algorithm>

#include "model/catalogue.hpp"
#include "model/diag.hpp"

namespace medcert::model {
namespace {

constexpr std::string_view kNarrowNoBreakSpace = "\u202F";
constexpr std::string_view kOpenQuote = "«";
constexpr std::string_view kCloseQuote = "»";
constexpr std::string_view kRoot = "findings.";

bool starts_with_at(std::string_view text, std::size_t pos, std::string_view prefix) {
  return text.substr(pos, prefix.size()) == prefix;
}

// "findings.lesions[0].region" → "region": the key a file holds.
std::string_view last_key(std::string_view path) {
  if (const auto bracket = path.rfind('['); bracket != std::string_view::npos && path.back() == ']')
    path = path.substr(0, bracket);
  const auto dot = path.rfind('.');
  return dot == std::string_view::npos ? path : path.substr(dot + 1);
}

// "findings.lesions[0].region" → "lesions[0].region": the path as a file's author reads it.
std::string_view shown_path(std::string_view path) {
  return path.substr(0, kRoot.size()) == kRoot ? path.substr(kRoot.size()) : path;
}

std::string label_of(const Diagnostic& d, Language lang, const FieldLabels& labels) {
  auto label = labels ? labels(d.path, lang) : std::string{};
  if (!label.empty()) return label;
  const auto unnamed = catalogue_entry("common.this_field", lang);
  return unnamed ? std::string(unnamed->form) : std::string{};
}

std::string choices_of(const Diagnostic& d, Language lang, Rendering how) {
  std::string out;
  for (const auto& c : d.choices) {
    const auto& label = lang == Language::en ? c.label_en : c.label_fr;
    const auto& shown = how == Rendering::file || label.empty() ? c.code : label;
    out += (out.empty() ? "" : ", ") + (how == Rendering::form && lang == Language::fr ? "« " + shown + " »" : shown);
  }
  return how == Rendering::form && lang == Language::fr ? french_typography(out) : out;
}

std::string placeholder(const Diagnostic& d, std::string_view name, Language lang, Rendering how,
                        const FieldLabels& labels) {
  if (name == "key") return std::string(last_key(d.path));
  if (name == "path") return std::string(shown_path(d.path));
  if (name == "label") return label_of(d, lang, labels);
  if (name == "choices") return choices_of(d, lang, how);
  return d.param(name, lang);
}

// `pattern` with its {placeholders} filled; "{{" and "}}" stand for braces.
std::string fill(std::string_view pattern, const Diagnostic& d, Language lang, Rendering how,
                 const FieldLabels& labels) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if ((c == '{' || c == '}') && i + 1 < pattern.size() && pattern[i + 1] == c) {
      out += c;
      ++i;
      continue;
    }
    const auto close = c == '{' ? pattern.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out += c;
      continue;
    }
    out += placeholder(d, pattern.substr(i + 1, close - i - 1), lang, how, labels);
    i = close;
  }
  return out;
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

std::string render_message(const Diagnostic& d, Language lang, Rendering how, const FieldLabels& labels) {
  const auto entry = catalogue_entry(d.message_id, lang);
  // A diagnostic built without the catalogue (by a caller of the library) has only its texts.
  if (!entry) return d.message(lang);
  const auto pattern = how == Rendering::file ? entry->file : entry->form;
  return fill(lang == Language::fr ? french_typography(pattern) : std::string(pattern), d, lang, how, labels);
}

Diagnostic diagnose(Severity severity, std::string_view message_id, std::string path, Location where,
                    std::vector<MessageParam> params, std::vector<Choice> choices) {
  Diagnostic d;
  d.severity = severity;
  d.rule = rule_of(message_id);
  d.path = std::move(path);
  d.location = std::move(where);
  d.message_id = message_id;
  d.params = std::move(params);
  d.choices = std::move(choices);
  d.message_fr = render_message(d, Language::fr, Rendering::file);
  d.message_en = render_message(d, Language::en, Rendering::file);
  return d;
}

}  // namespace medcert::model

MEDCERT_BEGIN_NAMESPACE

std::string Diagnostic::form_message(Language lang, const FieldLabels& labels) const {
  return model::render_message(*this, lang, model::Rendering::form, labels);
}

std::string Diagnostic::param(std::string_view name, Language lang) const {
  const auto found = std::find_if(params.begin(), params.end(), [&](const MessageParam& p) { return p.name == name; });
  if (found == params.end()) return {};
  return lang == Language::en ? found->en : found->fr;
}

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::notice: return "notice";
  }
  return "error";
}

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

MEDCERT_END_NAMESPACE
