// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compose/compose.hpp"
#include "load/load.hpp"
#include "shipped_templates.hpp"

using namespace medcert;
using model::BlockKind;
using model::Condition;
using model::Provenance;

// FICTIONAL CASE: every name and identifier is invented (synthetic RPPS).
namespace {

const std::string nbsp = "\u00A0";
const std::string nnbsp = "\u202F";

model::Text text(std::string value, int line = 1) {
  model::Text t;
  t.value = std::move(value);
  t.present = true;
  t.where = {"cas.yaml", line, 5};
  return t;
}

template <class T>
model::Field<T> field(T value, int line = 1) {
  model::Field<T> f;
  f.value = value;
  f.present = true;
  f.where = {"cas.yaml", line, 5};
  return f;
}

model::DateTime at(int y, int mo, int d, int h, int mi) { return {{y, mo, d}, true, h, mi, 0, 60}; }

model::VocabEntry entry(std::string code, std::map<std::string, std::string> forms) {
  return {std::move(code), std::move(forms), {}};
}

void vocabulary(model::Template& t, const std::string& name, std::vector<model::VocabEntry> entries) {
  t.vocabularies[name] = model::Vocabulary{name, std::move(entries)};
}

Condition when(std::string variable, Condition::Op op = Condition::Op::present, std::string value = {}) {
  return {std::move(variable), op, std::move(value), {}};
}

model::TemplateBlock paragraph(std::string id, std::string text, std::vector<Condition> conditions = {}) {
  model::TemplateBlock b;
  b.id = std::move(id);
  b.text = std::move(text);
  b.when = std::move(conditions);
  b.where = {"modele.yaml", 40, 9};
  return b;
}

model::TemplateBlock list(std::string id, std::string each, std::string as, std::string intro, std::string item,
                          std::string empty) {
  model::TemplateBlock b = paragraph(std::move(id), {});
  b.kind = model::TemplateBlockKind::list;
  b.each = std::move(each);
  b.as = std::move(as);
  b.intro = std::move(intro);
  b.item = std::move(item);
  b.empty = std::move(empty);
  return b;
}

model::Section section(std::string id, std::vector<model::TemplateBlock> blocks, std::string heading = {}) {
  model::Section s;
  s.id = std::move(id);
  s.heading = std::move(heading);
  s.blocks = std::move(blocks);
  s.where = {"modele.yaml", 30, 5};
  return s;
}

model::Template base_template() {
  model::Template t;
  t.id = "test.medecin";
  t.version = 1;
  t.where = {"modele.yaml", 1, 1};
  t.profession = {"medecin", "physician", "médecin", {}, {}};
  t.title = "Certificat médical initial";
  t.footer = "Page {page}/{pages}";
  t.phrases = {{"engagement_verb", "certifie"}};
  vocabulary(t, "civility",
             {entry("madame", {{"label", "madame"}, {"title", "Madame"}, {"e", "e"}, {"pronoun", "Elle"}}),
              entry("monsieur", {{"label", "monsieur"}, {"title", "Monsieur"}, {"pronoun", "Il"}}),
              entry("neutre", {{"label", "neutre"}, {"e", "(e)"}, {"pronoun", "La personne examinée"}})});
  vocabulary(
      t, "regions",
      {entry("avant_bras", {{"label", "avant-bras"}, {"article", "l'"}, {"gender", "m"}, {"plural", "avant-bras"}}),
       entry("joue", {{"label", "joue"}, {"article", "la"}, {"gender", "f"}, {"plural", "joues"}}),
       entry("bras", {{"label", "bras"}, {"article", "le"}, {"gender", "m"}, {"plural", "bras"}}),
       entry("doigts", {{"label", "doigts de la main"},
                        {"article", "les"},
                        {"gender", "f"},
                        {"both", "les doigts des deux mains"}}),
       entry("cou", {{"label", "cou"}, {"article", "le"}, {"gender", "m"}, {"single", "oui"}})});
  vocabulary(t, "sides",
             {entry("droite", {{"label", "droite"}, {"m", "droit"}, {"f", "droite"}, {"apart", "à droite"}}),
              entry("gauche", {{"label", "gauche"}, {"m", "gauche"}, {"f", "gauche"}, {"apart", "à gauche"}}),
              entry("mediane", {{"label", "médiane"}, {"apart", "sur la ligne médiane"}}),
              entry("bilaterale", {{"label", "bilatérale"}, {"determiner", "les deux"}, {"apart", "des deux côtés"}})});
  vocabulary(t, "faces",
             {entry("anterieure", {{"label", "face antérieure"}, {"article", "la"}}),
              entry("laterale", {{"label", "face latérale"}, {"article", "la"}})});
  vocabulary(t, "colours", {entry("violacee", {{"label", "violacée"}})});
  vocabulary(t, "lesion_types",
             {entry("ecchymose", {{"label", "ecchymose"}}), entry("excoriation", {{"label", "excoriation"}})});
  vocabulary(t, "itt_modes",
             {entry("fixed", {{"label", "fixée"}}), entry("not_determined", {{"label", "non déterminée"}})});
  vocabulary(t, "request_modes",
             {entry("demande_spontanee", {{"label", "demande de la personne"}}),
              entry("requisition", {{"label", "réquisition"}})});
  vocabulary(t, "place_types", {entry("cabinet", {{"label", "cabinet médical"}, {"at", "au cabinet médical"}})});
  return t;
}

model::Findings base_findings() {
  model::Findings f;
  f.author.civility = text("madame", 3);
  f.author.title = text("Docteur", 4);
  f.author.given_name = text("Claire", 5);
  f.author.family_name = text("Martin", 6);
  f.author.rpps = text("10000000009", 7);
  f.author.address = {text("12 rue des Tilleuls", 8), text("69003 Lyon", 9)};
  f.patient.civility = text("madame", 12);
  f.patient.given_names = text("Alice", 13);
  f.patient.family_name = text("Exemple", 14);
  f.patient.birth_date = field(model::CivilDate{1990, 4, 12}, 15);
  f.patient.identity = text("verified", 16);
  f.examination.datetime = field(at(2026, 11, 20, 14, 30), 19);
  f.examination.place_type = text("cabinet", 20);
  f.examination.place = text("Cabinet médical des Tilleuls, Lyon", 21);
  f.examination.request_mode = text("demande_spontanee", 22);
  f.facts.datetime = field(at(2026, 11, 19, 22, 0), 25);
  f.facts.place = text("à son domicile", 26);
  f.declarations = {text("J'ai été poussée contre le mur de la cuisine.", 28)};
  f.issuance.datetime = field(at(2026, 11, 20, 15, 10), 40);
  f.issuance.place = text("Lyon", 41);
  f.issuance.recipient = text("patient", 42);
  return f;
}

// The diagnostics, one a line, to show when a check fails.
std::string listed(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics)
    out += d.rule + " " + d.location.file + ":" + std::to_string(d.location.line) + " " + d.path + " " + d.message_en +
           "\n";
  return out;
}

model::Document composed(const model::Template& t, const model::Findings& f) {
  auto result = compose::compose(t, f);
  INFO(listed(result.diagnostics));
  CHECK(result.diagnostics.empty());
  REQUIRE(result.value);
  return *result.value;
}

// The text of the first block of a section.
std::string block_text(const model::Document& doc, const std::string& section_id, std::size_t index = 0) {
  std::size_t seen = 0;
  for (const auto& block : doc.blocks) {
    if (block.section != section_id || block.kind == BlockKind::heading) continue;
    if (seen++ < index) continue;
    std::string out;
    for (const auto& run : block.runs) out += run.text;
    return out;
  }
  return "<none>";
}

std::string compose_one(const std::string& text, model::Findings f = base_findings()) {
  auto t = base_template();
  t.sections = {section("s", {paragraph("p", text)})};
  return block_text(composed(t, f), "s");
}

}  // namespace

TEST_CASE("each run carries its provenance and source", "[compose]") {
  auto t = base_template();
  t.sections = {section("s", {paragraph("p",
                                        "Je soussigné{author.e}, {author.display_name}, {phrase.engagement_verb} avoir "
                                        "examiné {patient.display_name} à {examination.place}, "
                                        "faits situés {facts.place}.")})};
  const auto doc = composed(t, base_findings());
  REQUIRE(doc.blocks.size() == 2);  // the title, then the paragraph
  const auto& runs = doc.blocks[1].runs;

  const auto find = [&](const std::string& s) {
    auto it = std::find_if(runs.begin(), runs.end(), [&](const model::Run& r) { return r.text == s; });
    REQUIRE(it != runs.end());
    return *it;
  };
  CHECK(runs.front().text == "Je soussigné");
  CHECK(runs.front().provenance == Provenance::template_text);
  CHECK(runs.front().source.file == "modele.yaml");
  CHECK(runs.front().source.line == 40);

  const auto e = find("e");
  CHECK(e.provenance == Provenance::computed);
  const auto author = find("Docteur Claire Martin");
  CHECK(author.provenance == Provenance::computed);
  CHECK(author.source.line == 6);
  CHECK(find("Madame Alice EXEMPLE").provenance == Provenance::computed);
  const auto place = find("Cabinet médical des Tilleuls, Lyon");
  CHECK(place.provenance == Provenance::professional);
  CHECK(place.source.line == 21);

  const auto quote = find("à son domicile");
  CHECK(quote.provenance == Provenance::patient_quote);
  CHECK(quote.source.file == "cas.yaml");
  CHECK(quote.source.line == 26);
  CHECK(block_text(doc, "s") ==
        "Je soussignée, Docteur Claire Martin, certifie avoir examiné Madame Alice EXEMPLE à Cabinet médical des "
        "Tilleuls, Lyon, faits situés «" +
            nnbsp + "à son domicile" + nnbsp + "».");
  CHECK(doc.author == "Docteur Claire Martin");
  CHECK(doc.title == "Certificat médical initial");
}

TEST_CASE("the person's words are printed verbatim inside guillemets added by compose", "[compose]") {
  auto f = base_findings();
  // Spaces and punctuation typed by the person stay as they are; only NFC applies.
  f.declarations = {text("Il m'a dit : « tais-toi »  puis il est parti !", 28)};
  f.facts.place = text("chez moi", 26);
  auto t = base_template();
  t.sections = {
      section("s", {list("d", "declarations", "declaration", "{patient.pronoun} déclare :", "{declaration}", "")})};
  const auto doc = composed(t, f);
  const auto& item = doc.blocks.back();
  CHECK(item.kind == BlockKind::item);
  REQUIRE(item.runs.size() == 3);
  CHECK(item.runs[0].text == "«" + nnbsp);
  CHECK(item.runs[0].provenance == Provenance::template_text);
  CHECK(item.runs[1].text == "Il m'a dit : « tais-toi »  puis il est parti !");
  CHECK(item.runs[1].provenance == Provenance::patient_quote);
  CHECK(item.runs[1].source.line == 28);
  CHECK(item.runs[2].text == nnbsp + "»");
  CHECK(block_text(doc, "s") == "Elle déclare" + nnbsp + ":");
}

TEST_CASE("a decomposed accent in the person's words is normalised to NFC", "[compose]") {
  auto f = base_findings();
  f.facts.place = text("pre\u0300s de l'e\u0301cole", 26);
  CHECK(compose_one("{facts.place}", f) == "«" + nnbsp + "près de l'école" + nnbsp + "»");
}

TEST_CASE("optional parts are dropped when a placeholder inside is absent or empty", "[compose]") {
  auto f = base_findings();
  CHECK(compose_one("Vu[ avec {examination.interpreter}].", f) == "Vu.");
  f.examination.interpreter = model::Attendant{};
  f.examination.interpreter->given_name = text("Nadia", 30);
  f.examination.interpreter->family_name = text("Exemple", 31);
  CHECK(compose_one("Vu[ avec {examination.interpreter}].", f) == "Vu avec Nadia EXEMPLE.");
  CHECK(compose_one("A[ {patient.given_names} et {author.specialty}] B", f) == "A B");
  CHECK(compose_one("Escapes \\{x\\} \\[y\\]") == "Escapes {x} [y]");
  CHECK(compose_one("{patient.family_name|capitalize} {examination.place_type|upper}") == "EXEMPLE CABINET MÉDICAL");
}

TEST_CASE("identity wording: civility, birth name, neutral agreement", "[compose]") {
  auto f = base_findings();
  f.patient.birth_name = text("Dupont", 17);
  CHECK(compose_one("{patient.display_name}, né{patient.e} le {patient.birth_date}", f) ==
        "Madame Alice EXEMPLE (nom de naissance" + nnbsp + ": DUPONT), née le 12\u00A0avril 1990");
  f.patient.civility = text("neutre", 12);
  f.patient.birth_name = {};
  CHECK(compose_one("{patient.display_name}, né{patient.e}. {patient.pronoun} dit ; {patient.pronoun_lower} dit", f) ==
        "Alice EXEMPLE, né(e). La personne examinée dit" + nnbsp + "; la personne examinée dit");
  f.author.civility = {};
  CHECK(compose_one("Je soussigné{author.e}", f) == "Je soussigné(e)");
}

TEST_CASE("dates, times and places of the examination in French", "[compose]") {
  auto f = base_findings();
  f.examination.datetime = field(at(2026, 3, 1, 9, 5), 19);
  CHECK(compose_one("le {examination.date}, à {examination.time}, {examination.place_type_at}", f) ==
        "le 1er\u00A0mars 2026, à 9" + nbsp + "h" + nbsp + "05, au cabinet médical");
  f.facts.datetime = field(model::DateTime{{2026, 2, 28}, false, 0, 0, 0, 0}, 25);
  CHECK(compose_one("le {facts.date}[, à {facts.time}]", f) == "le 28\u00A0février 2026");
}

TEST_CASE("lesion location and size wording", "[compose]") {
  auto t = base_template();
  t.sections = {section("s", {list("l", "lesions", "lesion", "",
                                   "{lesion.type|capitalize} {lesion.location}[, mesurant {lesion.size}]"
                                   "[, de couleur {lesion.colour}].",
                                   "Aucune lésion.")})};
  auto f = base_findings();
  CHECK(block_text(composed(t, f), "s") == "Aucune lésion.");

  model::Lesion a;
  a.type = text("ecchymose", 50);
  a.region = text("avant_bras", 51);
  a.side = text("gauche", 52);
  a.face = text("anterieure", 53);
  a.size.length_cm = field(4.0, 54);
  a.size.width_cm = field(2.5, 55);
  a.colour = text("violacee", 56);
  model::Lesion b;
  b.type = text("excoriation", 60);
  b.region = text("joue", 61);
  b.side = text("droite", 62);
  b.size.length_cm = field(3.0, 63);
  model::Lesion c = b;
  c.region = text("avant_bras", 71);
  c.side = text("bilaterale", 72);
  model::Lesion d = b;
  d.region = text("bras", 81);
  model::Lesion e = b;
  e.region = text("doigts", 91);
  e.side = text("bilaterale", 92);
  model::Lesion g = b;
  g.region = text("cou", 101);
  g.side = text("gauche", 102);
  g.face = text("laterale", 103);
  model::Lesion h = g;
  h.face = {};
  model::Lesion i = h;
  i.side = text("mediane", 112);
  model::Lesion j = h;
  j.side = text("bilaterale", 122);
  f.lesions = {a, b, c, d, e, g, h, i, j};
  const auto doc = composed(t, f);
  CHECK(block_text(doc, "s", 0) == "Ecchymose au niveau de la face antérieure de l’avant-bras gauche, mesurant 4" +
                                       nbsp + "×" + nbsp + "2,5" + nbsp + "cm, de couleur violacée.");
  CHECK(block_text(doc, "s", 1) == "Excoriation au niveau de la joue droite, mesurant 3" + nbsp + "cm.");
  CHECK(block_text(doc, "s", 2) == "Excoriation au niveau des deux avant-bras, mesurant 3" + nbsp + "cm.");
  CHECK(block_text(doc, "s", 3) == "Excoriation au niveau du bras droit, mesurant 3" + nbsp + "cm.");
  CHECK(block_text(doc, "s", 4) == "Excoriation au niveau des doigts des deux mains, mesurant 3" + nbsp + "cm.");
  // A single region takes its side on the face, or apart.
  CHECK(block_text(doc, "s", 5) ==
        "Excoriation au niveau de la face latérale gauche du cou, mesurant 3" + nbsp + "cm.");
  CHECK(block_text(doc, "s", 6) == "Excoriation au niveau du cou, à gauche, mesurant 3" + nbsp + "cm.");
  CHECK(block_text(doc, "s", 7) == "Excoriation au niveau du cou, sur la ligne médiane, mesurant 3" + nbsp + "cm.");
  CHECK(block_text(doc, "s", 8) == "Excoriation au niveau du cou, des deux côtés, mesurant 3" + nbsp + "cm.");
  // No intro was written: the items follow directly, each an item block.
  CHECK(std::count_if(doc.blocks.begin(), doc.blocks.end(),
                      [](const auto& bl) { return bl.kind == BlockKind::item; }) == 9);
}

TEST_CASE("conditions on sections and blocks", "[compose]") {
  auto t = base_template();
  t.sections = {
      section("interprete",
              {paragraph("p", "Interprète : {examination.interpreter}.", {when("examination.interpreter")})}),
      section("spontane", {paragraph("p", "À sa demande.",
                                     {when("examination.request_mode", Condition::Op::not_equals, "requisition")})}),
      section("requisition", {paragraph("p", "Sur réquisition.",
                                        {when("examination.request_mode", Condition::Op::equals, "requisition")})}),
      section("sans_interprete",
              {paragraph("p", "Sans interprète.", {when("examination.interpreter", Condition::Op::absent)})}),
  };
  t.sections[2].when = {when("requisition.authority")};
  auto f = base_findings();
  auto doc = composed(t, f);
  CHECK(block_text(doc, "interprete") == "<none>");
  CHECK(block_text(doc, "spontane") == "À sa demande.");
  CHECK(block_text(doc, "requisition") == "<none>");
  CHECK(block_text(doc, "sans_interprete") == "Sans interprète.");

  f.examination.request_mode = text("requisition", 22);
  f.examination.requisition.authority = text("le commissariat de police de Lyon 8e", 23);
  doc = composed(t, f);
  CHECK(block_text(doc, "spontane") == "<none>");
  CHECK(block_text(doc, "requisition") == "Sur réquisition.");
}

TEST_CASE("lists: intro kept with the items, empty text, headings", "[compose]") {
  auto t = base_template();
  t.sections = {
      section("doleances",
              {list("l", "complaints", "complaint",
                    "Depuis, {patient.pronoun_lower} dit se plaindre de :", "{complaint}", "")},
              "Doléances"),
      section("negatifs", {list("l", "negative_findings", "negative", "", "{negative}", "Rien à signaler.")}, "Examen"),
  };
  auto f = base_findings();
  auto doc = composed(t, f);
  // No complaint and no empty text: the section, heading included, is left out.
  CHECK(block_text(doc, "doleances") == "<none>");
  CHECK(std::none_of(doc.blocks.begin(), doc.blocks.end(), [](const auto& b) { return b.section == "doleances"; }));
  CHECK(block_text(doc, "negatifs") == "Rien à signaler.");

  f.complaints = {text("J'ai mal au bras.", 33), text("Je dors mal.", 34)};
  f.negative_findings = {text("Absence de lésion visible du cuir chevelu.", 36)};
  doc = composed(t, f);
  std::vector<const model::Block*> blocks;
  for (const auto& b : doc.blocks)
    if (b.section == "doleances") blocks.push_back(&b);
  REQUIRE(blocks.size() == 4);
  CHECK(blocks[0]->kind == BlockKind::heading);
  CHECK(blocks[0]->keep_with_next);
  CHECK(blocks[1]->kind == BlockKind::paragraph);
  CHECK(blocks[1]->keep_with_next);
  CHECK(block_text(doc, "doleances") == "Depuis, elle dit se plaindre de" + nnbsp + ":");
  CHECK(blocks[2]->kind == BlockKind::item);
  CHECK(blocks[2]->runs[1].provenance == Provenance::patient_quote);
  CHECK(blocks[3]->runs[1].text == "Je dors mal.");
  const auto negative = block_text(doc, "negatifs");
  CHECK(negative == "Absence de lésion visible du cuir chevelu.");
  const auto it = std::find_if(doc.blocks.begin(), doc.blocks.end(),
                               [](const auto& b) { return b.section == "negatifs" && b.kind == BlockKind::item; });
  REQUIRE(it != doc.blocks.end());
  CHECK(it->runs.front().provenance == Provenance::professional);
}

TEST_CASE("ITT: fixed in letters, or no sentence when not determined", "[compose]") {
  auto t = base_template();
  t.sections = {
      section("itt",
              {paragraph("p",
                         "L\u2019incapacité totale de travail (ITT) est de {itt.days_letters} {itt.unit} à compter "
                         "de la date des faits, sous réserve de complications.",
                         {when("itt.mode", Condition::Op::equals, "fixed")})},
              "Conclusion")};
  auto f = base_findings();
  f.itt = model::Itt{};
  f.itt->mode = text("fixed", 45);
  f.itt->days = field(5, 46);
  auto doc = composed(t, f);
  CHECK(block_text(doc, "itt") == "L\u2019incapacité totale de travail (ITT) est de cinq" + nbsp + "(5)" + nbsp +
                                      "jours à compter de la date des faits, sous réserve de complications.");
  f.itt->days = field(1, 46);
  CHECK(block_text(composed(t, f), "itt").find("un" + nbsp + "(1)" + nbsp + "jour à compter") != std::string::npos);
  f.itt->days = field(21, 46);
  CHECK(block_text(composed(t, f), "itt").find("vingt et un" + nbsp + "(21)" + nbsp + "jours") != std::string::npos);

  f.itt->mode = text("not_determined", 45);
  f.itt->days = {};
  doc = composed(t, f);
  CHECK(block_text(doc, "itt") == "<none>");
  CHECK(std::none_of(doc.blocks.begin(), doc.blocks.end(), [](const auto& b) { return b.section == "itt"; }));
}

TEST_CASE("closing: at the person's request, or on requisition, signature kept with it", "[compose]") {
  auto t = base_template();
  model::TemplateBlock signature = paragraph("signature", "{author.display_name}");
  signature.kind = model::TemplateBlockKind::signature;
  t.sections = {section(
      "cloture",
      {paragraph("demande",
                 "Certificat établi le {issuance.date}, à {issuance.time}, à {issuance.place}, à la demande de "
                 "l\u2019intéressé{patient.e} et remis en main propre.",
                 {when("examination.request_mode", Condition::Op::not_equals, "requisition")}),
       paragraph("requisition",
                 "Certificat établi le {issuance.date}, à {issuance.time}, à {issuance.place}, sur réquisition de "
                 "{requisition.authority}[ (réf. {requisition.reference})] et remis à l\u2019autorité requérante.",
                 {when("examination.request_mode", Condition::Op::equals, "requisition")}),
       signature})};
  auto f = base_findings();
  auto doc = composed(t, f);
  CHECK(block_text(doc, "cloture") == "Certificat établi le 20\u00A0novembre 2026, à 15" + nbsp + "h" + nbsp +
                                          "10, à Lyon, à la demande de l\u2019intéressée et remis en main propre.");
  REQUIRE(doc.blocks.back().kind == BlockKind::signature);
  CHECK(block_text(doc, "cloture", 1) == "Docteur Claire Martin");
  CHECK(doc.blocks[doc.blocks.size() - 2].keep_with_next);

  f.examination.request_mode = text("requisition", 22);
  f.examination.requisition.authority = text("l'officier de police judiciaire du commissariat de Lyon 8e", 23);
  f.examination.requisition.reference = text("2026/1234", 24);
  f.issuance.recipient = text("requisition_authority", 42);
  doc = composed(t, f);
  CHECK(block_text(doc, "cloture") ==
        "Certificat établi le 20\u00A0novembre 2026, à 15" + nbsp + "h" + nbsp +
            "10, à Lyon, sur réquisition de l'officier de police judiciaire du commissariat de Lyon 8e (réf. "
            "2026/1234) et remis à l\u2019autorité requérante.");
}

TEST_CASE("header lines and footer are left for layout", "[compose]") {
  auto t = base_template();
  t.header = {"{author.display_name}", "{author.address}", "[Tél. : {author.phone}]", "RPPS : {author.rpps}"};
  t.sections = {section("s", {paragraph("p", "Texte.")})};
  const auto doc = composed(t, base_findings());
  REQUIRE(doc.header.size() == 4);
  CHECK(doc.header[0].front().text == "Docteur Claire Martin");
  CHECK(doc.header[1].front().text == "12 rue des Tilleuls");
  CHECK(doc.header[2].front().text == "69003 Lyon");
  std::string rpps;
  for (const auto& run : doc.header[3]) rpps += run.text;
  CHECK(rpps == "RPPS" + nnbsp + ": 10000000009");
  std::string footer;
  for (const auto& run : doc.footer) footer += run.text;
  CHECK(footer == "Page {page}/{pages}");
  // In running text the address is one line.
  CHECK(compose_one("demeurant {author.address}") == "demeurant 12 rue des Tilleuls, 69003 Lyon");
}

TEST_CASE("an unknown variable is a located diagnostic, not an exception", "[compose]") {
  auto t = base_template();
  t.sections = {section("s", {paragraph("p", "Vu le {examination.dat}."),
                              list("l", "lesions", "lesion", "", "{lesion.colur}", "{patient.nom}")})};
  t.sections[0].blocks[0].when = {when("patient.birth_dat")};
  t.sections[0].blocks[0].when[0].where = {"modele.yaml", 41, 13};
  const auto result = compose::compose(t, base_findings());
  REQUIRE(result.value);
  std::vector<Diagnostic> unknown;
  for (const auto& d : result.diagnostics)
    if (d.rule == "T-VARIABLE") unknown.push_back(d);
  REQUIRE(unknown.size() == 4);
  CHECK(unknown[0].location.line == 41);  // the condition's own position
  CHECK(unknown[0].message_fr.find("patient.birth_date") != std::string::npos);
  CHECK(unknown[1].location.file == "modele.yaml");
  CHECK(unknown[1].location.line == 40);  // the block's position
  CHECK(unknown[1].message_fr.find("«" + nnbsp + "examination.dat" + nnbsp + "»") != std::string::npos);
  CHECK(unknown[1].message_en.find("did you mean \"examination.date\"") != std::string::npos);
  CHECK(unknown[2].message_en.find("lesion.colour") != std::string::npos);  // checked even with no lesion
  CHECK(unknown[3].message_en.find("\"patient.nom\"") != std::string::npos);
  CHECK(model::plain_text(*result.value).find("Vu le") == std::string::npos);  // its condition failed
}

TEST_CASE("template syntax errors and filters on the person's words are reported", "[compose]") {
  auto t = base_template();
  t.sections = {section("s", {paragraph("p", "[ouvert {patient.e}"), paragraph("q", "{facts.place|upper}"),
                              paragraph("r", "{patient.e|majuscules}")})};
  const auto result = compose::compose(t, base_findings());
  REQUIRE(result.value);
  REQUIRE(result.diagnostics.size() == 3);
  for (const auto& d : result.diagnostics) CHECK(d.rule == "T-SCHEMA");
  // The filter is not applied: the quote is printed as typed.
  CHECK(model::plain_text(*result.value).find("à son domicile") != std::string::npos);
}

TEST_CASE("phrases are template strings, a phrase citing itself is reported", "[compose]") {
  auto t = base_template();
  t.phrases["examine"] = "{phrase.engagement_verb} avoir examiné {patient.display_name}";
  t.phrases["boucle"] = "encore {phrase.boucle}";
  t.sections = {section("s", {paragraph("p", "Je {phrase.examine}."), paragraph("q", "{phrase.boucle}")})};
  const auto result = compose::compose(t, base_findings());
  REQUIRE(result.value);
  CHECK(model::plain_text(*result.value).find("Je certifie avoir examiné Madame Alice EXEMPLE.") != std::string::npos);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].rule == "T-VARIABLE");
}

// ---- the real templates, through the loader ------------------------------------------------------

namespace {

const model::Template& physician_template() { return testing::shipped_template("medecin"); }

std::string compose_case(const std::string& findings_yaml, const model::Template& tmpl = physician_template()) {
  const auto findings = load::load_findings(findings_yaml, "cas.yaml");
  INFO(listed(findings.diagnostics));
  REQUIRE(findings.diagnostics.empty());
  REQUIRE(findings.value);
  return model::plain_text(composed(tmpl, *findings.value));
}

// Every part is found, each after the previous one.
void check_in_order(const std::string& text, const std::vector<std::string>& parts) {
  std::size_t from = 0;
  for (const auto& part : parts) {
    INFO("looking for: " << part << "\nin:\n" << text);
    const auto at = text.find(part, from);
    REQUIRE(at != std::string::npos);
    from = at + part.size();
  }
}

// FICTIONAL CASE: every name and identifier is invented (synthetic RPPS).
const std::string kCase = R"(medcert: 1
author:
  civility: madame
  title: Docteur
  given_name: Claire
  family_name: Martin
  profession: medecin
  specialty: médecine générale
  rpps: "10000000009"
  address: ["12 rue des Tilleuls", "69003 Lyon"]
patient:
  civility: madame
  family_name: Exemple
  given_names: Alice
  birth_date: 1990-04-12
  address: ["3 allée des Peupliers", "69008 Lyon"]
  identity: verified
examination:
  datetime: 2026-11-20T14:30:00+01:00
  place_type: cabinet
  place: Cabinet médical des Tilleuls, Lyon
  request_mode: demande_spontanee
facts:
  datetime: 2026-11-19T22:00:00+01:00
  place: à son domicile
declarations:
  - J'ai été poussée contre le mur de la cuisine.
complaints:
  - J'ai mal au bras gauche quand je le bouge.
lesions:
  - type: ecchymose
    region: avant_bras
    side: gauche
    face: anterieure
    size: {length_cm: 4, width_cm: 2.5}
    colour: violacee
negative_findings:
  - Absence de lésion visible du cuir chevelu.
psychological_state: Pleurs à l'évocation des faits ; voix basse.
functional_impact: Gêne à la mobilisation du membre supérieur gauche.
follow_up_certificate: false
itt: {mode: fixed, days: 5}
issuance:
  datetime: 2026-11-20T15:10:00+01:00
  place: Lyon
  recipient: patient
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("the physician's certificate from the real templates", "[compose][templates]") {
  const auto text = compose_case(kCase);
  check_in_order(text, {
                           "Certificat médical initial\n",
                           "Personne majeure déclarant avoir subi des violences\n",
                           "Je soussignée, Docteur Claire Martin, médecin, certifie avoir examiné ",
                           "Madame Alice EXEMPLE, née le 12\u00A0avril 1990, demeurant 3 allée des Peupliers, 69008 Lyon.",
                           "L\u2019examen a eu lieu le 20\u00A0novembre 2026, à 14" + nbsp + "h" + nbsp +
                               "30, au cabinet "
                               "(Cabinet médical des Tilleuls, Lyon).",
                           "Selon ses déclarations, les faits se seraient produits le 19\u00A0novembre 2026, à 22" + nbsp +
                               "h, «" + nnbsp + "à son domicile" + nnbsp + "».",
                           "Elle déclare" + nnbsp + ":\n",
                           "«" + nnbsp + "J'ai été poussée contre le mur de la cuisine." + nnbsp + "»\n",
                           "Depuis, elle dit se plaindre de" + nnbsp + ":\n",
                           "Examen clinique\n",
                           "Ecchymose violacée au niveau de la face antérieure de l’avant-bras gauche, mesurant 4" +
                               nbsp + "×" + nbsp + "2,5" + nbsp + "cm.",
                           "Absence de lésion visible du cuir chevelu.",
                           "Pleurs à l'évocation des faits" + nnbsp + "; voix basse.",
                           "Retentissement fonctionnel\n",
                           "L\u2019incapacité totale de travail (ITT) est de cinq" + nbsp + "(5)" + nbsp +
                               "jours à compter du 19\u00A0novembre 2026, date déclarée des faits, sous réserve de "
                               "complications.",
                           "Certificat établi le 20\u00A0novembre 2026, à 15" + nbsp + "h" + nbsp +
                               "10, à Lyon, à la demande de l\u2019intéressée et remis en main propre.\n",
                           "Docteur Claire Martin\n",
                       });
  CHECK(text.find("arrêt de travail") == std::string::npos);
  CHECK(text.find("complémentaire") == std::string::npos);  // follow_up_certificate: false, no exam
}

TEST_CASE("declared identity, neutral agreement, legal representative, ITT not determined", "[compose][templates]") {
  auto yaml =
      replaced(kCase, "  civility: madame\n  family_name: Exemple", "  civility: neutre\n  family_name: Exemple");
  yaml = replaced(yaml, "identity: verified", "identity: declared");
  yaml = replaced(yaml, "request_mode: demande_spontanee",
                  "request_mode: demande_spontanee\n  legal_representative: {civility: monsieur, given_name: Paul, "
                  "family_name: Exemple, role: tutelle, not_implicated: true}");
  yaml = replaced(yaml, "itt: {mode: fixed, days: 5}", "itt: {mode: not_determined}");
  yaml = replaced(yaml, "recipient: patient", "recipient: legal_representative");
  yaml = replaced(yaml, "follow_up_certificate: false", "follow_up_certificate: true");
  const auto text = compose_case(yaml);
  check_in_order(text,
                 {
                     "certifie avoir examiné une personne qui déclare se nommer Alice EXEMPLE, être né(e) le 12\u00A0"
                     "avril 1990 et demeurer 3 allée des Peupliers, 69008 Lyon.",
                     "La personne examinée était accompagnée de son tuteur, Monsieur Paul EXEMPLE, présent lors de "
                     "l\u2019examen.",
                     "La personne examinée déclare" + nnbsp + ":",
                     "Depuis, la personne examinée dit se plaindre de" + nnbsp + ":",
                     "Après réception des résultats, un certificat médical complémentaire sera établi.",
                     "à la demande de l\u2019intéressé(e) et remis en main propre à son tuteur, Monsieur Paul "
                     "EXEMPLE.",
                 });
  // Not silent: the ITT cannot be fixed today, said in so many words; no duration, no reference point.
  check_in_order(text, {"Conclusion\n", "L’incapacité totale de travail (ITT) ne peut être fixée ce jour.\n"});
  CHECK(text.find("à compter") == std::string::npos);
}

TEST_CASE("an interpreter: named with what he is, the words said gathered through him before any quoted word",
          "[compose][templates]") {
  const std::string through = "Les propos de la personne examinée rapportés ci-après ont été recueillis par "
                              "l\u2019intermédiaire de ";
  auto yaml = replaced(kCase, "request_mode: demande_spontanee",
                       "request_mode: demande_spontanee\n  interpreter: {kind: interprete, civility: madame, given_name: "
                       "Nadia, family_name: Fictive, language: arabe, link: aucun}");
  auto text = compose_case(yaml);
  const std::string nadia = "Madame Nadia FICTIVE, interprète professionnelle en langue arabe.";
  check_in_order(text, {"Cet examen a nécessité la présence de " + nadia, through + nadia,
                        "Selon ses déclarations, les faits se seraient produits", "Elle déclare"});
  CHECK(text.find(through) < text.find("«"));
  // Her words not related, the statement still comes before the first quoted words, the complaints.
  yaml = replaced(yaml, "declarations:\n  - J'ai été poussée contre le mur de la cuisine.\n",
                  "declarations_statement: ne_souhaite_pas\n");
  text = compose_case(yaml);
  CHECK(text.find(through) < text.find("«"));
  // A partner, a man, not a professional: the link printed, every word agreeing.
  yaml = replaced(yaml, "kind: interprete, civility: madame, given_name: Nadia, family_name: Fictive, language: arabe, "
                        "link: aucun",
                  "kind: non_professionnel, civility: monsieur, given_name: Karim, family_name: Fictif, "
                  "language: arabe, link: conjoint");
  text = compose_case(yaml);
  check_in_order(text, {"Cet examen a nécessité la présence de Monsieur Karim FICTIF, conjoint ou partenaire de la "
                        "personne examinée, interprète non professionnel en langue arabe."});
  // No civility: both genders, never a wrong one.
  yaml = replaced(yaml, "kind: non_professionnel, civility: monsieur, ", "kind: assistant_communication, ");
  text = compose_case(yaml);
  check_in_order(text, {"Cet examen a nécessité la présence de Karim FICTIF, conjoint(e) ou partenaire de la personne "
                        "examinée, assistant(e) de communication en langue arabe."});
}

TEST_CASE("nothing silent: each section prints its content or the statement chosen", "[compose][templates]") {
  auto yaml = replaced(kCase, "declarations:\n  - J'ai été poussée contre le mur de la cuisine.\n",
                       "declarations_statement: ne_peut_pas\nprior_state: {description: asthme, source: connu}\n");
  yaml = replaced(yaml, "complaints:\n  - J'ai mal au bras gauche quand je le bouge.\n",
                  "complaints_statement: non_recueillies\nexamined_regions: le visage et le cou\n");
  yaml = replaced(yaml, "lesions:\n", "examination_limit: {kind: impossible, detail: agitation}\nlesions:\n");
  const auto lesions_at = yaml.find("lesions:\n");
  yaml.erase(lesions_at, yaml.find("negative_findings:") - lesions_at);
  yaml = replaced(yaml, "psychological_state: Pleurs à l'évocation des faits ; voix basse.",
                  "psychological_state_statement: sans_particularite\ncare: {emergency: pansement}");
  yaml = replaced(yaml, "functional_impact: Gêne à la mobilisation du membre supérieur gauche.",
                  "functional_impact_statement: non_evaluable");
  yaml = replaced(yaml, "itt: {mode: fixed, days: 5}",
                  "itt: {mode: not_determined, reason: examen incomplet, follow_up: à l'issue d'un nouvel examen}");
  const auto text = compose_case(yaml);
  check_in_order(text, {
                           "Déclarations\n",
                           "Elle n’a pas été en mesure de relater les faits.\n",
                           "Doléances\n",
                           "Les doléances n’ont pas pu être recueillies.\n",
                           "État antérieur\n",
                           "À ma connaissance" + nnbsp + ": asthme.\n",
                           "Examen clinique\n",
                           "L’examen physique n’a pas pu être pratiqué" + nnbsp + ": agitation.\n",
                           "Aucune particularité n’est relevée dans le comportement et l’état psychique pendant "
                           "l’examen.\n",
                           "Soins\n",
                           "Soins prodigués en urgence" + nnbsp + ": pansement.\n",
                           "Le retentissement fonctionnel ne peut pas être apprécié ce jour.\n",
                           "L’incapacité totale de travail (ITT) ne peut être fixée ce jour (examen incomplet)" +
                               nnbsp + "; elle le sera à l'issue d'un nouvel examen.\n",
                       });
  // An examination that was not possible says nothing of lesions, even with the regions named.
  CHECK(text.find("Aucune lésion") == std::string::npos);
}

TEST_CASE("requisition: the oath heads it, the mission is answered, the closing names the authority",
          "[compose][templates]") {
  auto yaml = replaced(kCase, "request_mode: demande_spontanee",
                       "request_mode: requisition\n  requisition: {authority: Commissariat de police de Lyon-Exemple, "
                       "officer: {name: Julien Exemple, rank: capitaine de police}, datetime: 2026-11-20T09:05:00+01:00, "
                       "reference: PV n° 2026/000123}");
  yaml = replaced(yaml, "recipient: patient", "recipient: requisition_authority");
  yaml += "mission:\n  - {question: Décrire les lésions., answer: Voir l'examen clinique.}\n";
  const auto text = compose_case(yaml);
  check_in_order(text, {
                           "Je soussignée, Docteur Claire Martin, médecin, requise par Julien Exemple, capitaine de "
                           "police (Commissariat de police de Lyon-Exemple), prête serment d\u2019apporter mon concours "
                           "à la justice en mon honneur et en ma conscience.",
                           "Je soussignée, Docteur Claire Martin, médecin, certifie avoir examiné",
                           "Cet examen a été pratiqué sur réquisition signée le 20\u00A0novembre 2026, à 9" + nbsp + "h" +
                               nbsp + "05, par Julien Exemple, capitaine de police (Commissariat de police de "
                               "Lyon-Exemple, réf. PV n°\u00A02026/000123). Fondement juridique de la réquisition"
                               "\u202F: articles 60 et 77-1 du code de procédure pénale.",
                           "Question\u202F: «\u202FDécrire les lésions.\u202F»\nRéponse\u202F: Voir l'examen clinique.",
                           "sur réquisition (Commissariat de police de Lyon-Exemple, réf. PV n°\u00A02026/000123) et remis "
                           "à l\u2019autorité requérante.",
                       });
  CHECK(text.find("à la demande de") == std::string::npos);
  // A sworn expert takes no oath; the findings' legal basis replaces the template's.
  yaml = replaced(yaml, "reference: PV n° 2026/000123}",
                  "reference: PV n° 2026/000123, sworn_expert: true, legal_basis: article 60 du code de procédure "
                  "pénale}");
  const auto expert = compose_case(yaml);
  CHECK(expert.find("serment") == std::string::npos);
  CHECK(expert.find("Fondement juridique de la réquisition\u202F: article 60 du code de procédure pénale.") !=
        std::string::npos);
}

TEST_CASE("every profession's findings skeleton loads and composes cleanly", "[compose][templates]") {
  for (const auto& profession : testing::kProfessions) {
    INFO(profession);
    const auto& t = testing::shipped_template(profession);
    REQUIRE(!t.skeleton.empty());
    const auto text = compose_case(t.skeleton, t);
    CHECK(text.find(t.title + "\n") == 0);
    // Only the physician states an ITT by default; the sentence appears only then.
    CHECK((text.find("cinq" + nbsp + "(5)" + nbsp + "jours") != std::string::npos) == t.capabilities.itt);
    CHECK((text.find("incapacité totale de travail") != std::string::npos) == t.capabilities.itt);
  }
}

TEST_CASE("the profession agrees with its author, an attestation is « établie » and « remise »",
          "[compose][templates]") {
  const auto& nurse = testing::shipped_template("infirmier");
  auto yaml = replaced(kCase, "  title: Docteur\n", "");
  yaml = replaced(yaml, "profession: medecin", "profession: infirmier");
  yaml = replaced(yaml, "itt: {mode: fixed, days: 5}\n", "");
  check_in_order(compose_case(yaml, nurse),
                 {"Attestation clinique infirmière\n",
                  "Je soussignée, Claire Martin, infirmière, atteste avoir examiné ",
                  "Attestation établie le 20\u00A0novembre 2026, à 15" + nbsp + "h" + nbsp +
                      "10, à Lyon, à la demande de l\u2019intéressée et remise en main propre.\n"});
  const auto him = replaced(yaml, "civility: madame\n  given_name", "civility: monsieur\n  given_name");
  const auto masculine = compose_case(him, nurse);
  CHECK(masculine.find("Je soussigné, Claire Martin, infirmier, atteste") != std::string::npos);
}

TEST_CASE("the midwife's ITT, once her template turns it on, is written as the physician's",
          "[compose][templates]") {
  auto midwife = testing::shipped_template("sage-femme");
  midwife.capabilities.itt = true;
  const auto yaml = replaced(kCase, "profession: medecin", "profession: sage-femme");
  check_in_order(compose_case(yaml, midwife),
                 {"Certificat médical descriptif\n", "Je soussignée, Docteur Claire Martin, sage-femme, certifie",
                  "L\u2019incapacité totale de travail (ITT) est de cinq" + nbsp + "(5)" + nbsp +
                      "jours à compter du 19\u00A0novembre 2026, date déclarée des faits, sous réserve de "
                      "complications."});
}

TEST_CASE("several lesions in the real template's item: count, agreement, whose size", "[compose][templates]") {
  auto yaml = replaced(kCase, "  - type: ecchymose\n    region: avant_bras",
                       "  - type: ecchymose\n    count: 3\n    shape: arrondie\n    grouping: alignees\n"
                       "    region: avant_bras");
  yaml = replaced(yaml, "size: {length_cm: 4, width_cm: 2.5}", "size: {length_cm: 4, width_cm: 2.5, measures: each}");
  check_in_order(compose_case(yaml),
                 {"Trois ecchymoses arrondies violacées alignées au niveau de la face antérieure de l’avant-bras "
                  "gauche, mesurant chacune 4" +
                  nbsp + "×" + nbsp + "2,5" + nbsp + "cm.\n"});
}

TEST_CASE("a dental lesion is placed by its tooth: FDI number and name", "[compose][templates]") {
  const auto& dentist = testing::shipped_template("chirurgien-dentiste");
  auto yaml = replaced(kCase, "profession: medecin", "profession: chirurgien-dentiste");
  yaml = replaced(yaml, "itt: {mode: fixed, days: 5}\n", "");
  yaml = replaced(yaml, "  - type: ecchymose\n    region: avant_bras",
                  "  - type: mobilite_anormale\n    tooth: \"31\"\n  - type: ecchymose\n    region: avant_bras");
  check_in_order(compose_case(yaml, dentist),
                 {"Examen bucco-dentaire\n", "L\u2019examen bucco-dentaire met en évidence" + nnbsp + ":\n",
                  "Mobilité anormale de la dent 31 (incisive centrale inférieure gauche).\n",
                  "Ecchymose violacée au niveau de la face antérieure de l’avant-bras gauche"});
}

TEST_CASE("a deciduous tooth is named, and the dentist's reservations are its conclusion", "[compose][templates]") {
  const auto& dentist = testing::shipped_template("chirurgien-dentiste");
  auto yaml = replaced(kCase, "profession: medecin", "profession: chirurgien-dentiste");
  yaml = replaced(yaml, "itt: {mode: fixed, days: 5}\n",
                  "dental_reservations:\n  - {tooth: \"51\", kind: germe, detail: contrôle radiographique à six mois}\n");
  yaml = replaced(yaml, "  - type: ecchymose\n    region: avant_bras",
                  "  - type: expulsion\n    tooth: \"51\"\n  - type: ecchymose\n    region: avant_bras");
  check_in_order(compose_case(yaml, dentist),
                 {"Expulsion de la dent 51 (incisive centrale temporaire supérieure droite).\n",
                  "Conclusion et réserves\n",
                  "Sous réserve de l\u2019évolution du germe sous-jacent de la dent 51 (incisive centrale temporaire "
                  "supérieure droite)" + nnbsp + "; contrôle radiographique à six mois.\n"});
}

TEST_CASE("a pregnancy's term in weeks of amenorrhoea, with no-break spaces, and a declared one reported",
          "[compose][templates]") {
  const auto text = compose_case(kCase + "pregnancy: {term_weeks: 24, term_days: 3, term_basis: ddr}\n");
  check_in_order(text, {"Grossesse\n", "Grossesse en cours" + nnbsp + ": terme de 24" + nbsp + "SA" + nbsp + "+" + nbsp +
                                           "3" + nbsp + "j, établi d\u2019après la date des dernières règles.\n"});
  const auto declared = compose_case(kCase + "pregnancy: {term_weeks: 30, term_days: 0, term_basis: declaration}\n");
  check_in_order(declared, {"Selon ses déclarations, elle est enceinte de 30" + nbsp + "SA.\n"});
  CHECK(declared.find("Grossesse en cours") == std::string::npos);
}

TEST_CASE("the identity: the document seen, or the name declared without civility", "[compose][templates]") {
  const auto verified = compose_case(replaced(kCase, "identity: verified",
                                              "identity: verified\n  identity_document: passeport"));
  check_in_order(verified, {"certifie avoir examiné Madame Alice EXEMPLE, née le 12\u00A0avril 1990, demeurant 3 "
                            "allée des Peupliers, 69008 Lyon, identité vérifiée sur présentation de son passeport."});
  const auto declared = compose_case(replaced(kCase, "identity: verified", "identity: declared"));
  check_in_order(declared, {"certifie avoir examiné une personne qui déclare se nommer Alice EXEMPLE, être née le "
                            "12\u00A0avril 1990"});
  CHECK(declared.find("se nommer Madame") == std::string::npos);
}

TEST_CASE("the facts without a date: the place is written, and the ITT counts from the examination",
          "[compose][templates]") {
  const auto yaml = replaced(kCase, "  datetime: 2026-11-19T22:00:00+01:00\n  place: à son domicile\n",
                             "  place: à son domicile\n");
  const auto text = compose_case(yaml);
  check_in_order(text, {"Selon ses déclarations, les faits se seraient produits «" + nnbsp + "à son domicile" + nnbsp +
                            "», à une date non précisée.",
                        "L\u2019incapacité totale de travail (ITT) est de cinq" + nbsp + "(5)" + nbsp +
                            "jours à compter du jour de l\u2019examen, le 20\u00A0novembre 2026, la date des faits "
                            "n\u2019étant pas connue, sous réserve de complications."});
  CHECK(text.find("date des faits,") == std::string::npos);
}

TEST_CASE("the place of the facts in the professional's words is printed without guillemets",
          "[compose][templates]") {
  const auto dated = compose_case(replaced(kCase, "  place: à son domicile\n",
                                           "  place_own_words: au domicile de la personne examinée\n"));
  check_in_order(dated, {"les faits se seraient produits le 19\u00A0novembre 2026, à 22" + nbsp +
                         "h, au domicile de la personne examinée."});
  const auto undated = compose_case(replaced(kCase, "  datetime: 2026-11-19T22:00:00+01:00\n  place: à son domicile\n",
                                             "  place_own_words: au domicile de la personne examinée\n"));
  check_in_order(undated, {"les faits se seraient produits au domicile de la personne examinée, à une date non "
                           "précisée."});
  CHECK(undated.find("«" + nnbsp + "au domicile") == std::string::npos);
}

TEST_CASE("times in the practice's zone: UTC converted, the date with the hour", "[compose][templates]") {
  auto yaml = replaced(kCase, "datetime: 2026-11-20T14:30:00+01:00", "datetime: 2026-01-15T09:15:00Z");
  yaml = replaced(yaml, "datetime: 2026-11-19T22:00:00+01:00", "datetime: 2025-12-31T23:30:00Z");
  yaml = replaced(yaml, "datetime: 2026-11-20T15:10:00+01:00", "datetime: 2026-01-15T09:50:00");
  const auto paris = compose_case(yaml);
  check_in_order(paris, {"L\u2019examen a eu lieu le 15\u00A0janvier 2026, à 10" + nbsp + "h" + nbsp + "15",
                         "les faits se seraient produits le 1er\u00A0janvier 2026, à 0" + nbsp + "h" + nbsp + "30",
                         "Certificat établi le 15\u00A0janvier 2026, à 9" + nbsp + "h" + nbsp + "50"});
  // The findings' zone wins over the engine's: Guadeloupe is UTC-4; a local time stays as written.
  const auto guadeloupe = compose_case(replaced(yaml, "  address: [\"12 rue des Tilleuls\", \"69003 Lyon\"]\n",
                                                "  address: [\"12 rue des Tilleuls\", \"69003 Lyon\"]\n"
                                                "  time_zone: America/Guadeloupe\n"));
  check_in_order(guadeloupe, {"L\u2019examen a eu lieu le 15\u00A0janvier 2026, à 5" + nbsp + "h" + nbsp + "15",
                              "les faits se seraient produits le 31\u00A0décembre 2025, à 19" + nbsp + "h" + nbsp +
                                  "30",
                              "Certificat établi le 15\u00A0janvier 2026, à 9" + nbsp + "h" + nbsp + "50"});
  // The engine's zone, for findings that name none.
  const auto findings = load::load_findings(yaml, "cas.yaml");
  REQUIRE(findings.value);
  const auto reunion = compose::compose(physician_template(), *findings.value, "Indian/Reunion");
  REQUIRE(reunion.value);
  CHECK(model::plain_text(*reunion.value).find("le 15\u00A0janvier 2026, à 13" + nbsp + "h" + nbsp + "15") !=
        std::string::npos);
}

TEST_CASE("the ITT in letters after « de »: « d’un (1) jour », « de huit », « de onze »", "[compose][templates]") {
  const auto one = compose_case(replaced(kCase, "itt: {mode: fixed, days: 5}", "itt: {mode: fixed, days: 1}"));
  CHECK(one.find("est d\u2019un" + nbsp + "(1)" + nbsp + "jour à compter") != std::string::npos);
  const auto eight = compose_case(replaced(kCase, "itt: {mode: fixed, days: 5}", "itt: {mode: fixed, days: 8}"));
  CHECK(eight.find("est de huit" + nbsp + "(8)" + nbsp + "jours") != std::string::npos);
  const auto eleven = compose_case(replaced(kCase, "itt: {mode: fixed, days: 5}", "itt: {mode: fixed, days: 11}"));
  CHECK(eleven.find("est de onze" + nbsp + "(11)" + nbsp + "jours") != std::string::npos);
}

TEST_CASE("typographic apostrophes in the template's text, never in the person's words", "[compose][templates]") {
  const auto text = compose_case(kCase);
  CHECK(text.find("L\u2019examen a eu lieu") != std::string::npos);
  CHECK(text.find("«" + nnbsp + "J'ai été poussée contre le mur de la cuisine." + nnbsp + "»") != std::string::npos);
  CHECK(text.find("Pleurs à l'évocation des faits") != std::string::npos);
}
