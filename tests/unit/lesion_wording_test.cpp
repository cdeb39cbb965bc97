// SPDX-License-Identifier: Apache-2.0
// The lesion wording from the shipped templates' vocabularies: counts, agreement, sides, extents, and a size
// that always says what it measures (issue 14, item 6).
#include <catch2/catch.hpp>

#include "compose/lesion_wording.hpp"
#include "shipped_templates.hpp"

using namespace medcert;

namespace {

const std::string nbsp = "\u00A0";

model::Text code(std::string value) {
  model::Text t;
  t.value = std::move(value);
  t.present = true;
  return t;
}

template <class T>
model::Field<T> field(T value) {
  model::Field<T> f;
  f.value = value;
  f.present = true;
  return f;
}

// "3 × 2 cm" with its no-break spaces.
std::string cm(const std::string& length, const std::string& width) {
  return length + nbsp + "×" + nbsp + width + nbsp + "cm";
}

struct Described {
  std::string nature, location, measure;
};

Described describe(const model::Lesion& lesion, const std::string& profession = "medecin") {
  const auto& tmpl = testing::shipped_template(profession);
  return {compose::lesion_nature(lesion, tmpl), compose::lesion_location(lesion, tmpl),
          compose::lesion_measure(lesion, tmpl)};
}

model::Lesion lesion(std::string type, std::string region, std::string side = {}) {
  model::Lesion l;
  l.type = code(std::move(type));
  l.region = code(std::move(region));
  if (!side.empty()) l.side = code(std::move(side));
  return l;
}

void sized(model::Lesion& l, double length, double width, std::string measures = {}) {
  l.size.length_cm = field(length);
  l.size.width_cm = field(width);
  if (!measures.empty()) l.size.measures = code(std::move(measures));
}

}  // namespace

TEST_CASE("one lesion: the type and its adjectives in the singular, the size of that lesion", "[lesions]") {
  auto l = lesion("ecchymose", "avant_bras", "gauche");
  l.colour = code("violacee");
  l.shape = code("ovalaire");
  sized(l, 4, 2.5);
  const auto d = describe(l);
  CHECK(d.nature == "ecchymose ovalaire violacée");
  CHECK(d.location == "au niveau de l’avant-bras gauche");
  CHECK(d.measure == "mesurant " + cm("4", "2,5"));
  l.count = field(1);  // written, one: the same words
  CHECK(describe(l).nature == "ecchymose ovalaire violacée");
}

TEST_CASE("several lesions: the count in letters, the plural, adjectives agreeing in gender", "[lesions]") {
  auto f = lesion("excoriation", "cou", "gauche");
  f.face = code("laterale");
  f.count = field(3);
  f.shape = code("lineaire");
  f.grouping = code("paralleles");
  f.colour = code("rouge");
  sized(f, 4, 0.2, "each");
  auto d = describe(f);
  CHECK(d.nature == "trois excoriations linéaires rouges parallèles");
  CHECK(d.location == "au niveau de la face latérale gauche du cou");
  CHECK(d.measure == "mesurant chacune " + cm("4", "0,2"));

  auto m = lesion("hematome", "cuisse", "droite");
  m.count = field(2);
  m.shape = code("arrondie");
  m.colour = code("violacee");
  m.grouping = code("alignees");
  sized(m, 5, 3, "each");
  d = describe(m);
  CHECK(d.nature == "deux hématomes arrondis violacés alignés");
  CHECK(d.measure == "mesurant chacun " + cm("5", "3"));
  m.colour = code("bleue");
  m.shape = code("en_bande");  // invariable
  CHECK(describe(m).nature == "deux hématomes en bande bleus alignés");

  auto one = m;
  one.count = {};
  one.grouping = {};
  one.size.measures = {};
  CHECK(describe(one).nature == "hématome en bande bleu");

  // Plurals that are not the label plus "s", and the feminine "une" of a count.
  auto p = lesion("plaie_nette", "main", "droite");
  p.count = field(21);
  CHECK(describe(p).nature == "vingt et une plaies à bords nets");
  auto o = lesion("oedeme", "main", "droite");
  o.count = field(21);
  CHECK(describe(o).nature == "vingt et un œdèmes");
  auto t = lesion("tumefaction", "main", "droite");
  t.count = field(2);
  CHECK(describe(t).nature == "deux tuméfactions");
  auto lie = lesion("ecchymose", "main", "droite");
  lie.count = field(2);
  lie.colour = code("lie_de_vin");
  CHECK(describe(lie).nature == "deux ecchymoses lie-de-vin");
}

TEST_CASE("the size of several lesions says whose it is", "[lesions]") {
  auto l = lesion("ecchymose", "cou", "droite");
  l.count = field(4);
  sized(l, 1.5, 1.2, "largest");
  CHECK(describe(l).measure == "la plus grande mesurant " + cm("1,5", "1,2"));
  l.size.measures = code("group");
  CHECK(describe(l).measure == "l’ensemble occupant une zone de " + cm("1,5", "1,2"));
  auto h = lesion("hematome", "cou", "droite");
  h.count = field(2);
  sized(h, 3, 2, "largest");
  CHECK(describe(h).measure == "le plus grand mesurant " + cm("3", "2"));
}

TEST_CASE("both sides: a plural place, one lesion on each side for two", "[lesions]") {
  auto l = lesion("ecchymose", "poignet", "bilaterale");
  l.count = field(2);
  l.colour = code("rouge");
  l.shape = code("en_bande");
  sized(l, 3, 1.5, "each");
  auto d = describe(l);
  CHECK(d.nature == "deux ecchymoses en bande rouges");
  CHECK(d.location == "au niveau des deux poignets, une de chaque côté");
  CHECK(d.measure == "mesurant chacune " + cm("3", "1,5"));
  auto m = lesion("hematome", "genou", "bilaterale");
  m.face = code("anterieure");
  m.count = field(2);
  CHECK(describe(m).location == "au niveau de la face antérieure des deux genoux, un de chaque côté");
  m.count = field(5);  // the distribution is not known: no "de chaque côté"
  CHECK(describe(m).location == "au niveau de la face antérieure des deux genoux");
}

TEST_CASE("types measured by their extent: pétéchies, érythème, purpura", "[lesions]") {
  auto p = lesion("petechies", "joue", "droite");
  p.colour = code("rouge");
  sized(p, 3, 2);
  auto d = describe(p);
  CHECK(d.nature == "pétéchies rouges");  // plural by nature, without a count
  CHECK(d.measure == "sur une zone de " + cm("3", "2"));
  p.side = code("bilaterale");
  p.size.measures = code("each");
  d = describe(p);
  CHECK(d.location == "au niveau des deux joues");
  CHECK(d.measure == "sur une zone de " + cm("3", "2") + " de chaque côté");

  auto e = lesion("erytheme", "thorax");
  sized(e, 10, 8);
  CHECK(describe(e).measure == "sur une zone de " + cm("10", "8"));
  e.count = field(2);
  e.size.measures = code("each");
  CHECK(describe(e).nature == "deux érythèmes");
  CHECK(describe(e).measure == "chacun sur une zone de " + cm("10", "8"));
  auto pu = lesion("purpura", "jambe", "gauche");
  sized(pu, 6, 4);
  CHECK(describe(pu).measure == "sur une zone de " + cm("6", "4"));
  // An uncounted zone on both sides: each side's zone, or the larger.
  pu.side = code("bilaterale");
  pu.size.measures = code("each");
  d = describe(pu);
  CHECK(d.nature == "purpura");
  CHECK(d.location == "au niveau des deux jambes");
  CHECK(d.measure == "sur une zone de " + cm("6", "4") + " de chaque côté");
  pu.size.measures = code("largest");
  CHECK(describe(pu).measure == "sur une zone de " + cm("6", "4") + " du côté le plus atteint");
}

TEST_CASE("upper and lower eyelids and lips belong to the region", "[lesions]") {
  CHECK(describe(lesion("ecchymose", "paupiere_superieure", "gauche")).location ==
        "au niveau de la paupière supérieure gauche");
  CHECK(describe(lesion("ecchymose", "paupiere_inferieure", "droite")).location ==
        "au niveau de la paupière inférieure droite");
  CHECK(describe(lesion("plaie_contuse", "levre_inferieure")).location == "au niveau de la lèvre inférieure");
  CHECK(describe(lesion("plaie_contuse", "levre_superieure", "gauche")).location ==
        "au niveau de la lèvre supérieure, à gauche");
  CHECK(describe(lesion("ecchymose", "paupiere_superieure", "bilaterale")).location ==
        "au niveau des deux paupières supérieures");
  // A dentist describes the lips too (its body scope).
  CHECK(describe(lesion("plaie_muqueuse", "levre_inferieure"), "chirurgien-dentiste").location ==
        "au niveau de la lèvre inférieure");
}

TEST_CASE("every profession's counted types have their plural and gender", "[lesions][templates]") {
  for (const auto& profession : testing::kProfessions) {
    const auto& tmpl = testing::shipped_template(profession);
    for (const auto& type : tmpl.vocabularies.at("lesion_types").entries) {
      INFO(profession << " " << type.code);
      const std::string gender = type.form("gender");
      CHECK((gender == "m" || gender == "f"));
    }
    for (const auto& name : {"lesion_shapes", "colours", "lesion_groupings"})
      for (const auto& adjective : tmpl.vocabularies.at(name).entries) {
        INFO(profession << " " << name << " " << adjective.code);
        // Agreeing forms come together, or not at all (invariable).
        const bool some = !adjective.form("mp").empty() || !adjective.form("fp").empty();
        if (some) CHECK((!adjective.form("mp").empty() && !adjective.form("fp").empty()));
      }
  }
}
