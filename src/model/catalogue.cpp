// SPDX-License-Identifier: Apache-2.0
#include "model/catalogue.hpp"

#include <array>

#include "catalogue_data.hpp"

namespace medcert::model {
namespace {

// The catalogue's syntax, one item a line:
//   # a comment          [MESSAGE-ID]            file = PATTERN     form = PATTERN     text = PATTERN
// `text` is both renderings at once, for a message that names no key. Everything here is constexpr so that
// a malformed catalogue fails the build, not a diagnostic.

struct Line {
  std::string_view key;    ///< "[" for an entry header, "file"/"form"/"text", "" for a blank or a comment
  std::string_view value;  ///< the id of a header, the pattern of a pattern line
  bool valid = true;
};

constexpr std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

constexpr Line parse_line(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.front() == '#') return {};
  if (line.front() == '[') {
    if (line.back() != ']' || line.size() < 3) return {"[", {}, false};
    return {"[", line.substr(1, line.size() - 2)};
  }
  const auto equals = line.find(" = ");
  if (equals == std::string_view::npos) return {{}, {}, false};
  const auto key = line.substr(0, equals);
  const bool known = key == "file" || key == "form" || key == "text";
  return {key, line.substr(equals + 3), known};
}

struct Entry {
  std::string_view id;
  MessagePatterns patterns;
  bool valid = true;
};

// Calls `visit(entry)` for each entry of `text`; false when a line or an entry is malformed.
template <class Visit>
constexpr bool for_each_entry(std::string_view text, Visit visit) {
  Entry entry;
  bool open = false;
  bool ok = true;
  const auto close = [&] {
    if (!open) return;
    entry.valid = entry.valid && !entry.patterns.file.empty() && !entry.patterns.form.empty();
    ok = ok && entry.valid;
    visit(entry);
  };
  while (!text.empty()) {
    const auto end = text.find('\n');
    const auto line = parse_line(text.substr(0, end));
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!line.valid) ok = false;
    if (line.key.empty()) continue;
    if (line.key == "[") {
      close();
      entry = Entry{line.value, {}};
      open = true;
    } else if (!open) {
      ok = false;
    } else {
      // Each rendering is given once: by its own line or by `text`.
      const auto set = [&](std::string_view& pattern) {
        entry.valid = entry.valid && pattern.empty();
        pattern = line.value;
      };
      if (line.key != "form") set(entry.patterns.file);
      if (line.key != "file") set(entry.patterns.form);
    }
  }
  close();
  return ok;
}

constexpr std::optional<MessagePatterns> find_in(std::string_view text, std::string_view id) {
  std::optional<MessagePatterns> found;
  for_each_entry(text, [&](const Entry& e) {
    if (!found && e.id == id) found = e.patterns;
  });
  return found;
}

constexpr std::size_t kMaxEntries = 1024;

struct Ids {
  std::array<std::string_view, kMaxEntries> ids{};
  std::size_t count = 0;
  bool ok = true;
};

constexpr Ids ids_of(std::string_view text) {
  Ids out;
  out.ok = for_each_entry(text, [&](const Entry& e) {
    if (out.count == kMaxEntries) out.ok = false;
    else out.ids[out.count++] = e.id;
  }) && out.ok;
  return out;
}

// Both well formed, with the same ids in the same order (so that the two files read side by side), each once.
constexpr bool consistent(std::string_view text, std::string_view other) {
  const auto a = ids_of(text);
  const auto b = ids_of(other);
  if (!a.ok || !b.ok || a.count != b.count) return false;
  for (std::size_t i = 0; i < a.count; ++i) {
    if (a.ids[i] != b.ids[i]) return false;
    for (std::size_t j = 0; j < i; ++j)
      if (a.ids[i] == a.ids[j]) return false;
  }
  return true;
}

static_assert(consistent(kCatalogueFr, kCatalogueEn),
              "src/model/messages/{fr,en}.txt: a line is malformed, an entry lacks its file and form patterns, an "
              "id is repeated, or the two languages do not list the same ids in the same order");

constexpr std::string_view catalogue(Language lang) { return lang == Language::en ? kCatalogueEn : kCatalogueFr; }

}  // namespace

std::optional<MessagePatterns> catalogue_entry(std::string_view id, Language lang) {
  return find_in(catalogue(lang), id);
}

std::vector<std::string_view> catalogue_ids(Language lang) {
  std::vector<std::string_view> ids;
  for_each_entry(catalogue(lang), [&](const Entry& e) { ids.push_back(e.id); });
  return ids;
}

}  // namespace medcert::model
