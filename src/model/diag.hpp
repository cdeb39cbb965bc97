// Building diagnostics: one place for the shape every stage reports in. A diagnostic names its catalogue
// entry (src/model/messages) and its parameters; both renderings come from there.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <medcert/diagnostics.hpp>

namespace medcert::model {

enum class Rendering { file, form };

/// Replaces the ordinary space before ; : ! ? and just inside « » by U+202F (narrow no-break space).
std::string french_typography(std::string_view text);

/// The diagnostic's message from its catalogue entry; `labels` name the fields in the form rendering.
std::string render_message(const Diagnostic& d, Language lang, Rendering how, const FieldLabels& labels = {});

/// A parameter that reads the same in both languages (a code, a number, what was found).
inline MessageParam param(std::string name, std::string value) {
  auto en = value;
  return MessageParam{std::move(name), std::move(value), std::move(en)};
}

/// A parameter in words, one per language.
inline MessageParam param(std::string name, std::string fr, std::string en) {
  return MessageParam{std::move(name), std::move(fr), std::move(en)};
}

/// A diagnostic from catalogue entry `message_id` (its rule is the id up to the first '.'), with its file
/// rendering in both languages filled in.
Diagnostic diagnose(Severity severity, std::string_view message_id, std::string path, Location where,
                    std::vector<MessageParam> params = {}, std::vector<Choice> choices = {});

inline Diagnostic error(std::string_view message_id, std::string path, Location where,
                        std::vector<MessageParam> params = {}) {
  return diagnose(Severity::error, message_id, std::move(path), std::move(where), std::move(params));
}

inline Diagnostic warning(std::string_view message_id, std::string path, Location where,
                          std::vector<MessageParam> params = {}) {
  return diagnose(Severity::warning, message_id, std::move(path), std::move(where), std::move(params));
}

/// A diagnostic whose texts are given, not drawn from the catalogue (the stages that still word their own
/// messages, docs/rules.md "Messages"): its form rendering is its file rendering.
inline Diagnostic make_diagnostic(Severity severity, std::string rule, std::string path, Location where,
                                  std::string fr, std::string en) {
  Diagnostic d;
  d.severity = severity;
  d.rule = std::move(rule);
  d.path = std::move(path);
  d.location = std::move(where);
  d.message_fr = std::move(fr);
  d.message_en = std::move(en);
  return d;
}

inline Diagnostic error(std::string rule, std::string path, Location where, std::string fr, std::string en) {
  return make_diagnostic(Severity::error, std::move(rule), std::move(path), std::move(where), std::move(fr),
                         std::move(en));
}

inline Diagnostic warning(std::string rule, std::string path, Location where, std::string fr, std::string en) {
  return make_diagnostic(Severity::warning, std::move(rule), std::move(path), std::move(where), std::move(fr),
                         std::move(en));
}

}  // namespace medcert::model
