// R-L-1: each lesion is described by its nature, its place and its size (CNOM notice C).
#include <fmt/core.h>

#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace medcert::validate {
namespace {

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

void check_lesion(const model::Lesion& lesion, Diagnostics& out) {
  require_code(lesion.type, "type", "la nature", "type", "ecchymose", out);
  require_code(lesion.region, "region", "la région", "region", "avant_bras", out);
  const auto& size = lesion.size;
  if (!size.length_cm) {
    out.push_back(report(Severity::warning, "R-L-1", lesion.path + ".size", lesion.where,
                         "Les dimensions de la lésion sont attendues : ajoutez « size: {length_cm: 3, "
                         "width_cm: 1.5} » (en centimètres).",
                         "The lesion's size is expected: add `size: {length_cm: 3, width_cm: 1.5}` (centimetres)."));
  }
  check_dimension(size.length_cm, "longueur", "length", out);
  check_dimension(size.width_cm, "largeur", "width", out);
}

}  // namespace

void check_lesions(const model::Findings& findings, Diagnostics& out) {
  for (const auto& lesion : findings.lesions) check_lesion(lesion, out);
}

}  // namespace medcert::validate
