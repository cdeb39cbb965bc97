#include "compose/lesion_wording.hpp"

#include <fmt/format.h>

#include "compose/french.hpp"
#include "compose/vocabulary.hpp"

namespace medcert::compose {
namespace {

// An article and its noun: "l'" + "avant-bras" has no space, "la" + "joue" has one.
std::string with_article(const std::string& article, const std::string& noun) {
  if (article.empty()) return noun;
  const bool elided = article.ends_with('\'') || article.ends_with("\u2019");
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

}  // namespace

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
  return out;
}

std::string lesion_size(const model::Size& size) {
  if (!size.length_cm) return {};
  const std::string length = french::decimal(size.length_cm.value);
  if (!size.width_cm) return fmt::format("{}{}cm", length, french::kNoBreakSpace);
  return fmt::format("{0}{1}×{1}{2}{1}cm", length, french::kNoBreakSpace, french::decimal(size.width_cm.value));
}

}  // namespace medcert::compose
