// R-L-1: each lesion is described by its nature, its place, its size and, for a bruise, its colour (CNOM
// notice C). R-L-4: a tooth is named by its FDI number. What a lesion type needs is the template's data:
// `unsized: oui` (a deficit, a dental luxation has no size), `colour_expected: oui` (ecchymose, hématome).
#include <fmt/core.h>

#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

constexpr std::string_view kYes = "oui";

const model::VocabEntry* type_entry(const model::Template& tmpl, const model::Lesion& lesion) {
  const auto types = tmpl.vocabularies.find("lesion_types");
  return types == tmpl.vocabularies.end() ? nullptr : types->second.find(lesion.type.value);
}

// FDI two-digit numbering of permanent teeth: quadrant 1 to 4, then tooth 1 (central incisor) to 8.
bool fdi_permanent_tooth(std::string_view number) {
  return number.size() == 2 && number[0] >= '1' && number[0] <= '4' && number[1] >= '1' && number[1] <= '8';
}

void check_tooth(const model::Text& tooth, Diagnostics& out) {
  if (!tooth || fdi_permanent_tooth(tooth.value)) return;
  out.push_back(report(
      Severity::error, "R-L-4", tooth,
      fmt::format("« {} » n'est pas un numéro de dent permanente en numérotation FDI : écrivez deux chiffres, le "
                  "quadrant (1 maxillaire droit, 2 maxillaire gauche, 3 mandibulaire gauche, 4 mandibulaire droit) "
                  "puis la dent (1 incisive centrale à 8 troisième molaire), par exemple tooth: \"21\".",
                  tooth.value),
      fmt::format("`{}` is not an FDI permanent tooth number: write two digits, the quadrant (1 upper right, 2 upper "
                  "left, 3 lower left, 4 lower right) then the tooth (1 central incisor to 8 third molar), e.g. "
                  "tooth: \"21\".",
                  tooth.value)));
}

void require_code(const model::Text& field, std::string_view key, std::string_view fr_what, std::string_view en_what,
                  std::string_view example, Diagnostics& out) {
  if (!field.value.empty()) return;
  out.push_back(
      report(Severity::error, "R-L-1", field,
             fmt::format("Il manque {} de la lésion : ajoutez « {}: {} » à cette lésion.", fr_what, key, example),
             fmt::format("The lesion's {} is missing: add `{}: {}` to this lesion.", en_what, key, example)));
}

void check_dimension(const model::Field<double>& dimension, std::string_view fr_what, std::string_view en_what,
                     Diagnostics& out) {
  if (!dimension || dimension.value > 0) return;
  out.push_back(report(Severity::error, "R-L-1", dimension,
                       fmt::format("La {} de la lésion doit être un nombre de centimètres supérieur à 0 (par "
                                   "exemple 2.5) : mesurez-la ou retirez ce champ.",
                                   fr_what),
                       fmt::format("The lesion's {} must be a number of centimetres above 0 (e.g. 2.5): measure it "
                                   "or remove this field.",
                                   en_what)));
}

void check_lesion(const model::Template& tmpl, const model::Lesion& lesion, Diagnostics& out) {
  require_code(lesion.type, "type", "la nature", "type", "ecchymose", out);
  // A dental lesion is placed by its tooth.
  if (lesion.tooth.value.empty())
    require_code(lesion.region, "region", "la région", "region", "avant_bras", out);
  check_tooth(lesion.tooth, out);
  const auto* type = type_entry(tmpl, lesion);
  const auto& size = lesion.size;
  if (!size.length_cm && (!type || type->form("unsized") != kYes)) {
    out.push_back(report(Severity::warning, "R-L-1", lesion.path + ".size", lesion.where,
                         "Les dimensions de la lésion sont attendues : ajoutez « size: {length_cm: 3, "
                         "width_cm: 1.5} » (en centimètres).",
                         "The lesion's size is expected: add `size: {length_cm: 3, width_cm: 1.5}` (centimetres)."));
  }
  check_dimension(size.length_cm, "longueur", "length", out);
  check_dimension(size.width_cm, "largeur", "width", out);
  if (!lesion.colour && type && type->form("colour_expected") == kYes) {
    out.push_back(report(Severity::warning, "R-L-1", lesion.path + ".colour", lesion.where,
                         fmt::format("La couleur d'une lésion de type « {} » est attendue, telle que vous "
                                     "l'observez : ajoutez par exemple « colour: violacee ».",
                                     lesion.type.value),
                         fmt::format("The colour of a `{}` lesion is expected, as you observe it: add e.g. "
                                     "`colour: violacee`.",
                                     lesion.type.value)));
  }
}

}  // namespace

void check_lesions(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  for (const auto& lesion : findings.lesions) check_lesion(tmpl, lesion, out);
}

}  // namespace medcert::validate
