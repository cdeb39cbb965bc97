// R-L-1: each lesion is described by its nature, its place, its size and, for a bruise, its colour (CNOM
// notice C). R-L-4: a tooth is named by its FDI number. What a lesion type needs is the template's data:
// `unsized: oui` (a deficit, a dental luxation has no size), `colour_expected: oui` (ecchymose, hématome).
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
  out.push_back(report(Severity::error, "R-L-4", tooth));
}

void require_code(const model::Text& field, std::string_view example, MessageParam what, Diagnostics& out) {
  if (!field.value.empty()) return;
  out.push_back(report(Severity::error, "R-L-1.missing_code", field,
                       {std::move(what), param("example", std::string(example))}));
}

void check_dimension(const model::Field<double>& dimension, MessageParam what, Diagnostics& out) {
  if (!dimension || dimension.value > 0) return;
  out.push_back(report(Severity::error, "R-L-1.dimension", dimension, {std::move(what)}));
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
  check_dimension(size.length_cm, param("what", "longueur", "length"), out);
  check_dimension(size.width_cm, param("what", "largeur", "width"), out);
  if (!lesion.colour && type && type->form("colour_expected") == kYes) {
    out.push_back(report(Severity::warning, "R-L-1.colour_expected", lesion.path + ".colour", lesion.where,
                         {param("type", lesion.type.value), param("type_label", type->label(Language::fr), type->label(Language::en))}));
  }
}

}  // namespace

void check_lesions(const model::Template& tmpl, const model::Findings& findings, Diagnostics& out) {
  for (const auto& lesion : findings.lesions) check_lesion(tmpl, lesion, out);
}

}  // namespace medcert::validate
