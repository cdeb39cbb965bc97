// SPDX-License-Identifier: Apache-2.0
// The wording of a lesion's place and size, from the template's vocabularies.
#pragma once

#include <string>

#include "model/findings.hpp"
#include "model/template.hpp"

namespace medcert::compose {

/// "au niveau de la face antérieure de l'avant-bras gauche", "au niveau de la joue droite",
/// "au niveau des deux avant-bras", "au niveau de la face latérale gauche du cou", "au niveau du cou,
/// à gauche", "au niveau des deux poignets, une de chaque côté" (two lesions, one per side); "" without a
/// region. Uses the vocabularies regions (label, article, gender, plural,
/// both, single), faces (label, article, gender) and sides (m, f, determiner, apart).
std::string lesion_location(const model::Lesion& lesion, const model::Template& tmpl);

/// "4 × 2,5 cm", "4 cm" (no-break spaces); "" without a length.
std::string lesion_size(const model::Size& size);

/// The lesions named with their count and agreeing adjectives, lower case: "ecchymose violacée",
/// "trois excoriations linéaires rouges parallèles", "pétéchies rouges" (plural by nature). Uses the
/// vocabularies lesion_types (label, plural, gender, plural_only), lesion_shapes, colours and
/// lesion_groupings (label, then m, mp, fp: the forms agreeing with a masculine, plural type).
std::string lesion_nature(const model::Lesion& lesion, const model::Template& tmpl);

/// What the size measures, said so that nobody can misread it: "mesurant 4 × 2,5 cm", "sur une zone de
/// 3 × 2 cm" (a type measured by its extent, `extent: oui`), "mesurant chacune 4 × 0,2 cm", "la plus grande
/// mesurant 3 × 2 cm", "l'ensemble occupant une zone de 10 × 4 cm", "sur une zone de 3 × 2 cm de chaque
/// côté"; "" without a length. The phrases of several lesions are the vocabulary size_measures' forms.
std::string lesion_measure(const model::Lesion& lesion, const model::Template& tmpl);

}  // namespace medcert::compose
