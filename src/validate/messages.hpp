// SPDX-License-Identifier: Apache-2.0
// How this stage reports: a catalogue entry (src/model/messages) and its parameters, at a field.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <medcert/diagnostics.hpp>

#include "model/diag.hpp"
#include "model/field.hpp"
#include "model/template.hpp"

namespace medcert::validate {

using model::param;

inline Diagnostic report(Severity severity, std::string_view message_id, std::string path, Location where,
                         std::vector<MessageParam> params = {}, std::vector<Choice> choices = {}) {
  return model::diagnose(severity, message_id, std::move(path), std::move(where), std::move(params),
                         std::move(choices));
}

/// A diagnostic about a field, at the field's position and under its path; "found" is the field's value.
template <class T>
Diagnostic report(Severity severity, std::string_view message_id, const model::Field<T>& field,
                  std::vector<MessageParam> params = {}, std::vector<Choice> choices = {}) {
  if constexpr (std::is_same_v<T, std::string>) params.push_back(param("found", field.value));
  return report(severity, message_id, field.path, field.where, std::move(params), std::move(choices));
}

/// The 1-based number of the character that starts at byte `offset` of UTF-8 `text`: where a message
/// points inside a value, counted as an editor counts columns.
inline std::size_t character_number(std::string_view text, std::size_t offset) {
  std::size_t count = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  return count;
}

/// At most 20 characters of `text` from byte `offset` on, "…" when cut: what a message quotes to show
/// where in a long value it points.
inline std::string excerpt_at(std::string_view text, std::size_t offset) {
  constexpr std::size_t kCharacters = 20;
  std::size_t end = offset;
  for (std::size_t n = 0; n < kCharacters && end < text.size(); ++n) {
    ++end;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  }
  std::string shown(text.substr(offset, end - offset));
  return end < text.size() ? shown + "…" : shown;
}

/// The codes of a vocabulary with their labels, for a wrong code's form rendering.
inline std::vector<Choice> choices_of(const model::Vocabulary& vocabulary) {
  std::vector<Choice> choices;
  for (const auto& entry : vocabulary.entries)
    choices.push_back({entry.code, entry.label(Language::fr), entry.label(Language::en)});
  return choices;
}

/// A value given where the document does not print it: refused with what would print it, never dropped.
template <class T>
void refuse_unprinted(const model::Field<T>& field, std::string_view message_id, Diagnostics& out) {
  if (field) out.push_back(report(Severity::error, message_id, field));
}

}  // namespace medcert::validate
