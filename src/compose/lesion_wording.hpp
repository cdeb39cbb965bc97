// The wording of a lesion's place and size, from the template's vocabularies.
#pragma once

#include <string>

#include "model/findings.hpp"
#include "model/template.hpp"

namespace medcert::compose {

/// "au niveau de la face antérieure de l'avant-bras gauche", "au niveau de la joue droite",
/// "au niveau des deux avant-bras", "au niveau de la face latérale gauche du cou", "au niveau du cou,
/// à gauche"; "" without a region. Uses the vocabularies regions (label, article, gender, plural,
/// both, single), faces (label, article, gender) and sides (m, f, determiner, apart).
std::string lesion_location(const model::Lesion& lesion, const model::Template& tmpl);

/// "4 × 2,5 cm", "4 cm" (no-break spaces); "" without a length.
std::string lesion_size(const model::Size& size);

}  // namespace medcert::compose
