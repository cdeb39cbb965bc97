// SPDX-License-Identifier: Apache-2.0
// R-L-1: each lesion is described by its nature, its place, its size and, for a bruise, its colour (CNOM
// notice C). R-L-4: a tooth is named by its FDI number, permanent or deciduous. What a lesion type needs is the template's data:
// `unsized: oui` (a deficit, a dental luxation has no size), `colour_expected: oui` (ecchymose, hématome).
// R-L-6: a count is a number of lesions the wording can say (a type with a plural), consistent with the
// plural the place or the arrangement imply; a text that counts lesions the entry does not count is
// pointed at. R-L-7: a size of several lesions says what it measures. R-L-8: « paupière supérieure » is a
// region of its own (the region's forms `upper`, `lower`), not a paupière made precise in a text.
// R-L-9: a size no lesion of its type has is a typing error more often than a finding: above the type's
// `max_cm` a warning, above a body's height (kMaxLesionCm) an error; below a millimetre (kMinLesionCm),
// which nobody measures with a ruler and which would print « 0 cm », R-L-1.dimension.
#include <algorithm>
#include <array>
#include <charconv>

#include <fmt/format.h>

#include "model/lesion_count.hpp"
#include "model/limits.hpp"
#include "validate/checks.hpp"
#include "validate/fold.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

constexpr std::string_view kYes = "oui";

const model::VocabEntry* type_entry(const model::Template& tmpl, const model::Lesion& lesion) {
  return model::find_entry(tmpl, "lesion_types", lesion.type.value);
}

std::vector<MessageParam> type_params(const model::Lesion& lesion, const model::VocabEntry* type) {
  if (!type) return {param("type", lesion.type.value), param("type_label", lesion.type.value)};
  return {param("type", lesion.type.value), param("type_label", type->label(Language::fr), type->label(Language::en))};
}

// The professional's own texts of a lesion, where R-L-6 and R-L-8 read what the fields should say.
std::array<const model::Text*, 3> own_texts(const model::Lesion& lesion) {
  return {&lesion.location_detail, &lesion.aspect, &lesion.note};
}

// Words that count, folded: "trois excoriations", "3 ecchymoses", "plusieurs plaies".
bool counting_word(const icu::UnicodeString& word) {
  static const std::array<const char16_t*, 19> kWords = {
      u"deux", u"trois",    u"quatre",    u"cinq",       u"six",      u"sept",        u"huit",
      u"neuf", u"dix",      u"onze",      u"douze",      u"quinze",   u"vingt",       u"quelques",
      u"plusieurs", u"multiples", u"nombreuses", u"nombreux", u"innombrables"};
  const std::u16string folded = to_u16(word);
  if (!folded.empty() && std::all_of(folded.begin(), folded.end(), [](char16_t c) { return c >= u'0' && c <= u'9'; }))
    return folded != u"0" && folded != u"1";
  return std::find(kWords.begin(), kWords.end(), folded) != kWords.end();
}

// The plural nouns of the template's lesion types, folded: "ecchymoses", "plaies", "erosions"…
std::vector<std::u16string> lesion_plurals(const model::Template& tmpl) {
  std::vector<std::u16string> nouns;
  const auto types = tmpl.vocabularies.find("lesion_types");
  if (types == tmpl.vocabularies.end()) return nouns;
  for (const auto& entry : types->second.entries) {
    const auto words = words_of(fold(entry.form("plural")).text);
    if (!words.empty()) nouns.push_back(to_u16(words.front().text));
  }
  return nouns;
}

// R-L-6: "trois excoriations" in the words of an entry that counts one lesion: the printed sentence would
// give its size as if of one. Said once per text, at the text.
void check_counted_in_text(const model::Template& tmpl, const model::Lesion& lesion, Diagnostics& out) {
  const auto nouns = lesion_plurals(tmpl);
  for (const model::Text* text : own_texts(lesion)) {
    if (!*text) continue;
    const auto folded = fold(text->value);
    const auto words = words_of(folded.text);
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      if (!counting_word(words[i].text)) continue;
      // The noun right after the count, or after one adjective: "deux petites plaies".
      const auto last = std::min(words.size(), i + 3);
      const auto noun = std::find_if(words.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                     words.begin() + static_cast<std::ptrdiff_t>(last), [&](const Word& w) {
                                       return std::find(nouns.begin(), nouns.end(), to_u16(w.text)) != nouns.end();
                                     });
      if (noun == words.begin() + static_cast<std::ptrdiff_t>(last)) continue;
      const auto found = folded.source_of(text->value, words[i].begin, noun->end);
      out.push_back(report(Severity::warning, "R-L-6.count_in_text", text->path, text->where,
                           {param("found", std::string(found))}));
      break;
    }
  }
}

// R-L-8: a text that says « supérieure » or « inférieure » of a region that has such parts as regions.
void check_region_part(const model::Template& tmpl, const model::Lesion& lesion, Diagnostics& out) {
  const auto* region = model::find_entry(tmpl, "regions", lesion.region.value);
  if (!region || (region->form("upper").empty() && region->form("lower").empty())) return;
  for (const model::Text* text : own_texts(lesion)) {
    if (!*text) continue;
    const auto folded = fold(text->value);
    for (const auto& word : words_of(folded.text)) {
      const std::string part = word.text.startsWith(u"superieur")   ? "upper"
                               : word.text.startsWith(u"inferieur") ? "lower"
                                                                     : "";
      const std::string code = part.empty() ? "" : region->form(part);
      if (code.empty()) continue;
      const auto* precise = model::find_entry(tmpl, "regions", code);
      out.push_back(report(Severity::warning, "R-L-8", text->path, text->where,
                           {param("found", std::string(folded.source_of(text->value, word.begin, word.end))),
                            param("region", code), param("region_label", precise ? precise->form("label") : code)}));
      return;
    }
  }
}

// R-L-6: the count against the type's plural, the sides and the arrangement; false when it is no count at all.
bool check_count(const model::Template& tmpl, const model::Lesion& lesion, Diagnostics& out) {
  const auto* type = type_entry(tmpl, lesion);
  const auto count = model::lesion_count(lesion, tmpl);
  if (count.counted && (count.count < 1 || count.count > model::kMaxLesionCount)) {
    out.push_back(report(Severity::error, "R-L-6.count", lesion.count,
                         {param("found", std::to_string(count.count)),
                          param("max", std::to_string(model::kMaxLesionCount))}));
    return false;
  }
  if (count.count > 1 && type && type->form("plural").empty())
    out.push_back(report(Severity::error, "R-L-6.uncountable", lesion.count, type_params(lesion, type)));
  if (count.plural_only && count.counted && count.count == 1)
    out.push_back(report(Severity::error, "R-L-6.plural_only", lesion.count, type_params(lesion, type)));
  if (count.both_sides && !count.plural() && !count.zone())
    out.push_back(report(Severity::error, "R-L-6.both_sides", lesion.side));
  if (lesion.grouping && !count.plural()) out.push_back(report(Severity::error, "R-L-6.grouping", lesion.grouping));
  if (!count.counted && !count.plural_only) check_counted_in_text(tmpl, lesion, out);
  return true;
}

// R-L-7: one size for several lesions or both sides says whether it is each one's, the largest's or the whole's.
void check_measures(const model::Template& tmpl, const model::Lesion& lesion, Diagnostics& out) {
  const auto count = model::lesion_count(lesion, tmpl);
  const auto& measures = lesion.size.measures;
  if (!count.size_ambiguous()) {
    if (measures) out.push_back(report(Severity::error, "R-L-7.single", measures));
  } else if (lesion.size.length_cm && !measures) {
    out.push_back(report(Severity::error, "R-L-7", lesion.path + ".size.measures", lesion.size.length_cm.where));
  } else if (count.both_sides && measures.value == "group") {
    out.push_back(report(Severity::error, "R-L-7.both_sides_group", measures));
  }
}

void require_code(const model::Text& field, std::string_view example, MessageParam what, Diagnostics& out) {
  if (!field.value.empty()) return;
  out.push_back(report(Severity::error, "R-L-1.missing_code", field,
                       {std::move(what), param("example", std::string(example))}));
}

void check_dimension(const model::Field<double>& dimension, const model::Lesion& lesion, const model::VocabEntry* type,
                     MessageParam what, Diagnostics& out) {
  if (!dimension) return;
  const double cm = dimension.value;
  if (!(cm >= model::kMinLesionCm)) {  // written so that NaN is caught too
    out.push_back(report(Severity::error, "R-L-1.dimension", dimension, {std::move(what)}));
    return;
  }
  auto params = type_params(lesion, type);
  params.push_back(std::move(what));
  params.push_back(param("found", fmt::format("{}", cm)));
  if (cm > model::kMaxLesionCm) {
    params.push_back(param("max", fmt::format("{}", model::kMaxLesionCm)));
    out.push_back(report(Severity::error, "R-L-9.body", dimension, std::move(params)));
    return;
  }
  // A group of lesions may cover more than one of them does (« l'ensemble occupant une zone de … »).
  const std::string written = type && lesion.size.measures.value != "group" ? type->form("max_cm") : "";
  double max = 0;
  const auto* end = written.data() + written.size();
  if (written.empty() || std::from_chars(written.data(), end, max).ptr != end || cm <= max) return;
  params.push_back(param("max", fmt::format("{}", max)));
  out.push_back(report(Severity::warning, "R-L-9", dimension, std::move(params)));
}

void check_lesion(const model::Template& tmpl, const model::Lesion& lesion, Diagnostics& out) {
  require_code(lesion.type, "ecchymose", param("what", "la nature", "type"), out);
  // A dental lesion is placed by its tooth.
  if (lesion.tooth.value.empty()) require_code(lesion.region, "avant_bras", param("what", "la région", "region"), out);
  check_tooth(lesion.tooth, out);
  const auto* type = type_entry(tmpl, lesion);
  const auto& size = lesion.size;
  if (!size.length_cm && (!type || type->form("unsized") != kYes))
    out.push_back(report(Severity::warning, "R-L-1.size_expected", lesion.path + ".size", lesion.where));
  check_dimension(size.length_cm, lesion, type, param("what", "longueur", "length"), out);
  check_dimension(size.width_cm, lesion, type, param("what", "largeur", "width"), out);
  if (!lesion.colour && type && type->form("colour_expected") == kYes) {
    out.push_back(report(Severity::warning, "R-L-1.colour_expected", lesion.path + ".colour", lesion.where,
                         type_params(lesion, type)));
  }
  // What a size measures depends on the count: not said of a count that is wrong.
  if (check_count(tmpl, lesion, out)) check_measures(tmpl, lesion, out);
  check_region_part(tmpl, lesion, out);
}

}  // namespace

// FDI two-digit numbering: a permanent tooth, quadrant 1 to 4 then tooth 1 (central incisor) to 8; a deciduous
// one, quadrant 5 to 8 then tooth 1 to 5.
bool fdi_tooth(std::string_view number) {
  if (number.size() != 2) return false;
  const char quadrant = number[0], tooth = number[1];
  if (quadrant >= '1' && quadrant <= '4') return tooth >= '1' && tooth <= '8';
  return quadrant >= '5' && quadrant <= '8' && tooth >= '1' && tooth <= '5';
}

void check_tooth(const model::Text& tooth, Diagnostics& out) {
  if (!tooth || fdi_tooth(tooth.value)) return;
  out.push_back(report(Severity::error, "R-L-4", tooth));
}

void check_lesions(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  for (const auto& lesion : findings.lesions) check_lesion(tmpl, lesion, out);
}

}  // namespace medcert::validate
