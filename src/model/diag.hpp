// SPDX-License-Identifier: Apache-2.0
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

}  // namespace medcert::model
