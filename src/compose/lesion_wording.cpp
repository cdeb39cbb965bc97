// SPDX-License-Identifier: Apache-2.0
#include "compose/lesion_wording.hpp"

#include <fmt/format.h>

#include "compose/french.hpp"
#include "compose/vocabulary.hpp"
#include "model/lesion_count.hpp"

namespace medcert::compose {
namespace {

// An article and its noun: "l’" + "avant-bras" has no space, "la" + "joue" has one. The article is a
// vocabulary form, whose apostrophe vocabulary_form has made typographic.
std::string with_article(const std::string& article, const std::string& noun) {
  if (article.empty()) return noun;
  const bool elided = article.ends_with("\u2019");
  return article + (elided ? "" : " ") + noun;
}

// "de" before a noun phrase, contracted as French does: de + le → du, de + les → des.
std::string of(const std::string& phrase) {
  if (phrase.starts_with("le ")) return "du " + phrase.substr(3);
  if (phrase.starts_with("les ")) return "des " + phrase.substr(4);
  return "de " + phrase;
}

// Adds the side as an adjective agreeing with `gender` ("la joue droite"); false when the side has
// no adjective form (médiane), which is then said apart.
bool add_side_adjective(std::string& phrase, const model::VocabEntry* side, const std::string& gender) {
  const std::string adjective = vocabulary_form(side, gender == "f" ? "f" : "m");
  if (adjective.empty()) return false;
  phrase += " " + adjective;
  return true;
}

// An adjective agreeing with its noun: the entry's label is the feminine singular, its forms "m", "mp" and
// "fp" the others; an invariable adjective (lie-de-vin, en bande) has only its label.
std::string agreeing(const model::VocabEntry* entry, bool masculine, bool plural) {
  if (!entry) return {};
  const std::string form = vocabulary_form(entry, std::string(masculine ? "m" : "f") + (plural ? "p" : ""));
  return form.empty() ? vocabulary_form(entry, "label") : form;
}

bool masculine(const model::VocabEntry* type) { return vocabulary_form(type, "gender") == "m"; }

// A count in letters agreeing with a feminine noun: "vingt et une ecchymoses".
std::string count_in_letters(int count, bool masculine_noun) {
  std::string letters = french::spellout(count);
  if (!masculine_noun && letters.ends_with("un")) letters += 'e';
  return letters;
}

// "{size}" in a size_measures form replaced by the size.
std::string with_size(std::string phrase, const std::string& size) {
  const auto at = phrase.find("{size}");
  return at == std::string::npos ? phrase + " " + size : phrase.replace(at, 6, size);
}

}  // namespace

std::string lesion_nature(const model::Lesion& lesion, const model::Template& tmpl) {
  const auto* type = vocabulary_entry(tmpl, "lesion_types", lesion.type.value);
  if (!type) return french::nfc(lesion.type.value);
  const auto count = model::lesion_count(lesion, tmpl);
  const bool m = masculine(type);
  const bool plural = count.plural();
  const std::string plural_label = vocabulary_form(type, "plural");
  std::string out = plural && !plural_label.empty() ? plural_label : vocabulary_form(type, "label");
  if (count.count > 1) out = count_in_letters(count.count, m) + " " + out;
  // Shape, colour, then arrangement: "trois excoriations linéaires rouges parallèles".
  for (const auto& [vocabulary, code] : {std::pair{"lesion_shapes", &lesion.shape},
                                         std::pair{"colours", &lesion.colour},
                                         std::pair{"lesion_groupings", &lesion.grouping}}) {
    const std::string adjective = agreeing(vocabulary_entry(tmpl, vocabulary, code->value), m, plural);
    if (!adjective.empty()) out += " " + adjective;
  }
  return out;
}

std::string lesion_measure(const model::Lesion& lesion, const model::Template& tmpl) {
  const std::string size = lesion_size(lesion.size);
  if (size.empty()) return {};
  const auto* type = vocabulary_entry(tmpl, "lesion_types", lesion.type.value);
  const auto count = model::lesion_count(lesion, tmpl);
  // One lesion, or a form the template lacks: the size of what is named.
  const std::string plain = (count.extent ? "sur une zone de " : "mesurant ") + size;
  const auto* measures = vocabulary_entry(tmpl, "size_measures", lesion.size.measures.value);
  if (!measures) return plain;
  const std::string gender = masculine(type) ? "m" : "f";
  // An uncounted zone on both sides (pétéchies, érythème): "each" is each side's zone.
  std::vector<std::string> keys;
  if (count.zone()) keys.push_back("sides");
  if (count.extent) keys.push_back("extent_" + gender);
  keys.push_back(gender);
  for (const auto& key : keys)
    if (const std::string phrase = vocabulary_form(measures, key); !phrase.empty()) return with_size(phrase, size);
  return plain;
}

std::string lesion_location(const model::Lesion& lesion, const model::Template& tmpl) {
  if (!lesion.region || lesion.region.value.empty()) return {};
  const auto* region = vocabulary_entry(tmpl, "regions", lesion.region.value);
  if (!region) return "au niveau de " + french::nfc(lesion.region.value);
  const auto* side = lesion.side ? vocabulary_entry(tmpl, "sides", lesion.side.value) : nullptr;
  const auto* face = lesion.face ? vocabulary_entry(tmpl, "faces", lesion.face.value) : nullptr;
  // A single region (cou, thorax...) takes its side on the face, or apart: "du cou, à gauche".
  const bool single = vocabulary_form(region, "single") == "oui";
  const std::string determiner = vocabulary_form(side, "determiner");
  const std::string label = vocabulary_form(region, "label");
  bool side_said = side == nullptr;
  std::string place;
  if (!single && !determiner.empty()) {
    // Both sides of a paired region: "les deux avant-bras", or the region's own "both" wording.
    const std::string both = vocabulary_form(region, "both");
    const std::string plural = vocabulary_form(region, "plural");
    place = !both.empty() ? both : determiner + " " + (plural.empty() ? label : plural);
    side_said = true;
  } else {
    place = with_article(vocabulary_form(region, "article"), label);
    if (!single && !side_said) side_said = add_side_adjective(place, side, vocabulary_form(region, "gender"));
  }
  if (face) {
    std::string face_phrase = with_article(vocabulary_form(face, "article"), vocabulary_form(face, "label"));
    const std::string face_gender = vocabulary_form(face, "gender");
    if (!side_said) side_said = add_side_adjective(face_phrase, side, face_gender.empty() ? "f" : face_gender);
    place = face_phrase + " " + of(place);
  }
  std::string out = "au niveau " + of(place);
  if (!side_said && !vocabulary_form(side, "apart").empty()) out += ", " + vocabulary_form(side, "apart");
  // Two lesions on both sides: one on each, said so that nobody reads two on each side.
  const auto count = model::lesion_count(lesion, tmpl);
  if (count.both_sides && count.count == 2) {
    const auto* type = vocabulary_entry(tmpl, "lesion_types", lesion.type.value);
    out += masculine(type) ? ", un de chaque côté" : ", une de chaque côté";
  }
  return out;
}

std::string lesion_size(const model::Size& size) {
  if (!size.length_cm) return {};
  const std::string length = french::decimal(size.length_cm.value);
  if (!size.width_cm) return fmt::format("{}{}cm", length, french::kNoBreakSpace);
  return fmt::format("{0}{1}×{1}{2}{1}cm", length, french::kNoBreakSpace, french::decimal(size.width_cm.value));
}

}  // namespace medcert::compose
