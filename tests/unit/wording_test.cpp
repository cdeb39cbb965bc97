// SPDX-License-Identifier: Apache-2.0
// The wording rules, as the shipped templates define them: for each rule, a text that triggers it and close
// texts that must not (the person's quoted words, negative findings, a word inside another word), per
// profession where the severity differs. FICTIONAL texts only.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "load/load.hpp"
#include "shipped_templates.hpp"
#include "validate/duration_text.hpp"
#include "validate/fold.hpp"
#include "validate/validate.hpp"
#include "validate/wording.hpp"

using namespace medcert;
using testing::shipped_template;

namespace {

// "R-C-1 error" for each rule the profession's checker finds in the text, in the template's rule order.
std::vector<std::string> found(const std::string& profession, const std::string& text, bool quoted = false) {
  Diagnostics problems;
  const validate::WordingChecker checker(shipped_template(profession), problems);
  REQUIRE(problems.empty());
  std::vector<std::string> out;
  for (const auto& f : quoted ? checker.quoted(text) : checker.own_text(text))
    out.push_back(f.rule->id + (f.severity == Severity::error ? " error" : " warning"));
  return out;
}

using Rules = std::vector<std::string>;
const Rules kNone{};

// The words a rule reports, as written.
std::vector<std::string> words(const std::string& profession, const std::string& text, const std::string& rule) {
  Diagnostics problems;
  const validate::WordingChecker checker(shipped_template(profession), problems);
  for (const auto& f : checker.own_text(text))
    if (f.rule->id == rule) return f.words;
  return {};
}

}  // namespace

TEST_CASE("folding: no accents, lower case, plain apostrophes and spaces, each unit traced to its source") {
  const std::string text = "Dû À l’Œdème\u00A0";
  const auto folded = validate::fold(text);
  CHECK(validate::to_utf8(folded.text) == "du a l'oedeme ");
  CHECK(folded.source_of(text, 0, 2) == "Dû");
  CHECK(folded.source_of(text, 7, 9) == "Œ");  // "oe" comes from one character
  const auto spans = validate::quoted_spans(validate::fold("a « b » c \"d\" e").text);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0] == std::pair<std::int32_t, std::int32_t>{2, 7});
  CHECK(validate::quoted_spans(validate::fold("a « b c").text).empty());
}

TEST_CASE("folding: a letter of another script that looks Latin is its Latin letter, French letters stay") {
  const std::string text = "S\u0423\u0406TE \u0455uite \u03BF\u03B1\u03B5 \uFF53uite";  // Cyrillic У І ѕ, Greek ο α ε, full-width ｓ
  const auto folded = validate::fold(text);
  CHECK(validate::to_utf8(folded.text) == "syite suite oae suite");
  CHECK(folded.source_of(text, 6, 11) == "\u0455uite");  // positions stay those of the written text
  CHECK(validate::to_utf8(validate::fold("éèêëàâçœæïîôûùüÿ ÉÈÇŒÆ").text) == "eeeeaacoeaeiiouuuy eecoeae");
  CHECK(validate::to_utf8(validate::fold("Straße Ørsted ı ɑ").text) == "strasse orsted i a");
}

TEST_CASE("folding: every run of spaces of any kind is one space, traced to all of it") {
  const std::string text = "suite \u00A0\u202F\u2009\t \u3000à";
  const auto folded = validate::fold(text);
  CHECK(validate::to_utf8(folded.text) == "suite a");
  CHECK(folded.source_of(text, 5, 6) == " \u00A0\u202F\u2009\t \u3000");
  CHECK(validate::to_utf8(validate::fold("a\n\n b").text) == "a\n\n b");  // line breaks end clauses: kept
}

TEST_CASE("folding: look-alike letters and odd spaces inside a forbidden phrase do not hide it, whatever the rule") {
  struct Case {
    std::string rule, before, phrase, after;
  };
  const std::vector<Case> cases = {
      {"R-C-1", "Ecchymose ", "suite à une chute", "."},              // token pattern
      {"R-C-1", "Plaie ", "causée par un couteau", "."},             // token pattern with a lemma
      {"R-A-1", "Elle est accompagnée de ", "son mari", "."},        // regular expression
      {"R-A-1", "Lésions décrites par ", "l'agresseur", "."},        // term
      {"R-A-1", "Propos de ", "l'ex-mari", "."},                     // regular expression, hyphen
      {"R-A-1", "Elle est accompagnée de ", "sa femme", "."},        // token pattern: a partner by a word of everyday
      {"R-A-1", "Propos rapportés de ", "son homme", "."},           // life, after a possessive
      {"R-Q-2", "", "ELLE A ÉTÉ FRAPPÉE", "."},                       // capitals
      {"R-Q-2", "Elle ", "a été frappée", " hier."},                  // token pattern of another rule
      {"R-C-6", "", "ECCHYMOSES GRIFFEES", "."},                      // capitals
  };
  // Latin letter → its look-alikes: Cyrillic « е о а і с р х », Greek « ο α ε », full-width letters.
  const std::vector<std::pair<char, std::string>> look_alikes = {
      {'e', "\u0435"}, {'o', "\u043E"}, {'a', "\u0430"}, {'i', "\u0456"}, {'c', "\u0441"}, {'p', "\u0440"},
      {'x', "\u0445"}, {'o', "\u03BF"}, {'a', "\u03B1"}, {'e', "\u03B5"}, {'s', "\uFF53"}, {'u', "\uFF55"},
      {'E', "\u0415"}, {'C', "\u0421"}, {'S', "\u0405"}, {'I', "\u0406"}, {'O', "\u039F"}, {'A', "\u0391"}};
  std::set<std::string> used;
  for (const auto& c : cases) {
    const auto has_rule = [&](const std::string& phrase) {
      const auto rules = found("medecin", c.before + phrase + c.after);
      return std::any_of(rules.begin(), rules.end(), [&](const std::string& r) { return r.starts_with(c.rule + " "); });
    };
    REQUIRE(has_rule(c.phrase));
    for (const auto& [latin, alike] : look_alikes) {
      if (c.phrase.find(latin) == std::string::npos) continue;
      std::string phrase = c.phrase;
      for (auto at = phrase.find(latin); at != std::string::npos; at = phrase.find(latin, at + alike.size()))
        phrase.replace(at, 1, alike);
      INFO(c.rule << ": " << phrase);
      CHECK(has_rule(phrase));
      used.insert(alike);
    }
    for (const char* space : {"  ", "   ", "\u00A0", "\u202F", "\u2009", " \u00A0 ", "\t", "\u3000"}) {
      std::string phrase = c.phrase;
      for (auto at = phrase.find(' '); at != std::string::npos; at = phrase.find(' ', at + std::strlen(space)))
        phrase.replace(at, 1, space);
      INFO(c.rule << ": " << phrase);
      CHECK(has_rule(phrase));
    }
  }
  CHECK(used.size() == look_alikes.size());  // every look-alike was tried inside some phrase
}

TEST_CASE("quotes: only balanced marks quote, an unbalanced one exempts nothing after it") {
  // Balanced quotes still quote: the person's words are exempt from the own-text rules.
  CHECK(found("medecin", "Elle dit : « mon mari était là ».") == kNone);
  CHECK(found("medecin", "Elle dit : “mon mari était là”.") == kNone);
  CHECK(found("medecin", "Elle dit : \"mon mari était là\".") == kNone);
  CHECK(found("medecin", "Elle dit : « il a crié “mon mari arrive” » puis s'est tue.") == kNone);
  // An opening mark never closed, a lone straight quote, a curly one without its pair: the rules run on.
  for (const char* open : {"« ", "\"", "“", "„"}) {
    INFO(open);
    CHECK(found("medecin", std::string("Elle dit ") + open + "bof. Ecchymose suite à une chute, son mari est là.") ==
          Rules{"R-A-1 error", "R-C-1 error"});
  }
  const auto marks = validate::quote_marks(validate::fold("« a “b” c » d « e ” f \" g").text);
  CHECK(marks.spans == std::vector<std::pair<std::int32_t, std::int32_t>>{{0, 11}});
  CHECK(marks.unclosed == std::vector<std::int32_t>{14, 22});
  CHECK(marks.unopened == std::vector<std::int32_t>{18});
}

TEST_CASE("matching ignores case and accents, keeps to whole words, and reports the words as written") {
  CHECK(found("medecin", "ECCHYMOSE SUITE AUX COUPS") == Rules{"R-C-1 error"});
  CHECK(found("medecin", "ECCHYMOSES GRIFFEES") == Rules{"R-C-6 error"});
  CHECK(found("medecin", "Œdème dû à un choc") == Rules{"R-C-1 error"});
  CHECK(found("medecin", "Œdème du a un choc") == Rules{"R-C-1 error"});
  CHECK(found("medecin", "Ecchymose suite\u00A0à une chute") == Rules{"R-C-1 error"});
  CHECK(words("medecin", "Ecchymose Suite Aux coups portés par le conjoint", "R-C-1") ==
        std::vector<std::string>{"Suite Aux coups portés par le conjoint"});
  CHECK(words("medecin", "Propos de l’ex-mari", "R-A-1") == std::vector<std::string>{"l’ex-mari"});
}

TEST_CASE("R-A-1: no author nor relative designated in the professional's own text") {
  CHECK(found("medecin", "Elle est accompagnée de son mari.") == Rules{"R-A-1 error"});
  CHECK(found("medecin", "Lésions décrites par l'ex-conjoint.") == Rules{"R-A-1 error"});
  CHECK(found("medecin", "Selon l'agresseur, rien.") == Rules{"R-A-1 error"});
  // Close: her words quoted in the text (exempt for the physician), a word inside another word.
  CHECK(found("medecin", "Elle dit : « mon mari était là ».") == kNone);
  CHECK(found("medecin", "Évoque son mariage.") == kNone);
  CHECK(found("medecin", "Marie l'accompagne.") == kNone);
  // A relative named by the relationship: often the person who accompanies her, so a warning.
  CHECK(found("medecin", "Marie, sa sœur, l'accompagne.") == Rules{"R-A-3 warning"});
  CHECK(found("medecin", "Le frère de son mari l'accompagne.") == Rules{"R-A-1 error"});
}

TEST_CASE("R-A-2: her words that designate the author — admitted for the physician, a warning for a nurse") {
  CHECK(found("medecin", "Mon mari m'a poussée.", true) == kNone);
  CHECK(found("sage-femme", "Mon mari m'a poussée.", true) == kNone);
  CHECK(found("chirurgien-dentiste", "Mon mari m'a poussée.", true) == kNone);
  for (const auto* profession : {"infirmier", "masseur-kinesitherapeute", "pedicure-podologue"}) {
    INFO(profession);
    CHECK(found(profession, "Mon mari m'a poussée.", true) == Rules{"R-A-2 warning"});
    // Quoted inside her own text: the quoted-words rule, not R-A-1.
    CHECK(found(profession, "Elle dit : « mon conjoint crie ».") == Rules{"R-A-2 warning"});
    CHECK(found(profession, "Mon mariage est fini.", true) == kNone);
  }
}

TEST_CASE("R-C-1: no causality asserted") {
  for (const auto* text : {"Ecchymose consécutive à un choc.", "Plaie causée par un objet.", "Brûlure infligée.",
                           "Hématome en rapport avec les faits.", "Œdème secondaire au traumatisme.",
                           "Douleur en raison des lésions.", "Ecchymose à la suite d'une chute."}) {
    INFO(text);
    CHECK(found("medecin", text) == Rules{"R-C-1 error"});
  }
  CHECK(found("medecin", "Par la suite, la douleur diminue à la mobilisation.") == kNone);
  CHECK(found("medecin", "Elle dit : « c'est arrivé suite à une dispute ».") == kNone);
}

TEST_CASE("R-C-2: no opinion on reality or credibility, even denied") {
  CHECK(found("medecin", "Elle ment.") == Rules{"R-C-2 error"});
  CHECK(found("medecin", "Elle ne ment pas ; récit crédible.") == Rules{"R-C-2 error"});
  CHECK(found("medecin", "Des faits réels.") == Rules{"R-C-2 error"});
  // "ment" inside other words; "menton" is a region.
  CHECK(found("medecin", "Parle lentement ; comportement calme ; ecchymose du menton.") == kNone);
}

TEST_CASE("R-C-3: nothing on the voluntary or accidental character") {
  CHECK(found("medecin", "Coups volontaires.") == Rules{"R-C-3 error"});
  CHECK(found("medecin", "Chute accidentelle.") == Rules{"R-C-3 error"});
  CHECK(found("medecin", "Lésions faites de façon intentionnelle.") == Rules{"R-C-3 error"});
  CHECK(found("masseur-kinesitherapeute", "Contraction volontaire du quadriceps conservée.") == kNone);
}

TEST_CASE("R-C-4: no legal qualification nor loaded word") {
  CHECK(found("medecin", "Traces de viol.") == Rules{"R-C-4 error"});
  CHECK(found("medecin", "Contexte de violences conjugales.") == Rules{"R-C-4 error"});
  CHECK(found("medecin", "Sous emprise.") == Rules{"R-C-4 error"});
  CHECK(found("medecin", "Ecchymose violacée à la hauteur du coude ; violences déclarées.") == kNone);
}

TEST_CASE("R-C-5: a compatibility conclusion — a warning for the physician, an error for the others") {
  CHECK(found("medecin", "Lésions compatibles avec les faits.") == Rules{"R-C-5 warning"});
  for (const auto& profession : testing::kProfessions) {
    if (profession == "medecin") continue;
    INFO(profession);
    CHECK(found(profession, "Lésions compatibles avec les faits.") == Rules{"R-C-5 error"});
    CHECK(found(profession, "Lésions caractéristiques d'une prise.") == Rules{"R-C-5 error"});
  }
  CHECK(found("infirmier", "Chaussage compatible ; compatibilité des horaires.") == kNone);
}

TEST_CASE("R-D-1: no medical diagnosis where the profession makes none, negative findings stay allowed") {
  for (const auto* profession : {"infirmier", "masseur-kinesitherapeute", "pedicure-podologue"}) {
    INFO(profession);
    CHECK(found(profession, "Fracture du poignet probable.") == Rules{"R-D-1 error"});
    CHECK(found(profession, "Entorse de la cheville.") == Rules{"R-D-1 error"});
    CHECK(found(profession, "Absence de déformation visible ; pas de plaie.") == kNone);
  }
  for (const auto* profession : {"medecin", "sage-femme", "chirurgien-dentiste"}) {
    INFO(profession);
    CHECK(found(profession, "Fracture du poignet.") == kNone);
  }
}

TEST_CASE("R-P-1: a psychiatric diagnosis is the physician's") {
  CHECK(found("medecin", "État de stress post-traumatique.") == kNone);
  CHECK(found("sage-femme", "État de stress post-traumatique.") == Rules{"R-P-1 warning"});
  CHECK(found("chirurgien-dentiste", "Dépression.") == Rules{"R-P-1 warning"});
  CHECK(found("infirmier", "Syndrome dépressif.") == Rules{"R-P-1 error"});
  CHECK(found("infirmier", "Pleurs ; expression du visage triste ; sous pression.") == kNone);
}

TEST_CASE("R-Q-1: her words are quoted, not paraphrased (a warning: reported speech asserts nothing)") {
  CHECK(found("medecin", "Elle dit avoir été poussée.") == Rules{"R-Q-1 warning"});
  CHECK(found("medecin", "Elle déclare qu'il l'a tenue.") == Rules{"R-Q-1 warning"});
  CHECK(found("medecin", "Elle affirme être tombée.") == Rules{"R-Q-1 warning"});
  CHECK(found("medecin", "Dit avoir été « secouée violemment ».") == kNone);
  CHECK(found("medecin", "Elle dit : « j'ai été poussée ».") == kNone);
  CHECK(found("medecin", "Elle dit « avoir peur ».") == kNone);
}

TEST_CASE("R-Q-2: the facts are never asserted in the professional's own text") {
  CHECK(found("medecin", "Elle a été frappée hier.") == Rules{"R-Q-2 error"});
  CHECK(found("medecin", "Patiente victime de coups, est victime de violences.") == Rules{"R-Q-2 error"});
  CHECK(found("medecin", "Douleurs depuis l'agression.") == Rules{"R-Q-2 error"});
  // The conditional reports; her quoted words are hers.
  CHECK(found("medecin", "Elle aurait été frappée.") == kNone);
  CHECK(found("medecin", "Elle dit : « j'ai été frappée ».") == kNone);
}

TEST_CASE("R-Q-2: a title naming the violence and its target asserts it, what she declares, in general terms, does not") {
  for (const auto& profession : {"medecin", "infirmier"}) {
    INFO(profession);
    for (const char* title : {"Violences sur personne majeure", "Violence sur une personne majeure",
                              "VIOLENCES SUR PERSONNES MAJEURES", "Agression d'une femme", "Coups sur la patiente",
                              "Violences envers une personne adulte", "Maltraitance d'un enfant",
                              "Sévices sur la victime", "Violences contre son conjoint"}) {
      // Other rules may see other words of it too (« un enfant », R-A-3; « sévices », R-C-4).
      const auto rules = found(profession, title);
      CHECK(std::find(rules.begin(), rules.end(), "R-Q-2 error") != rules.end());
    }
    // The neutral subtitle and its paraphrases: what she declares, the violence never asserted nor detailed.
    for (const char* neutral : {"Personne majeure déclarant avoir subi des violences",
                                "Personne majeure disant avoir été victime de violences",
                                "Elle déclare avoir subi des violences."})
      CHECK(found(profession, neutral) == kNone);
  }
  // Details of her account stay a paraphrase, and a mechanism stays asserted.
  CHECK(found("medecin", "Personne déclarant avoir été poussée.") == Rules{"R-Q-1 warning"});
  CHECK(found("medecin", "Coup de soleil sur la nuque.") == kNone);
}

TEST_CASE("R-L-3: a lesion is not dated from its colour or look (an error, reference R-L-3)") {
  CHECK(found("medecin", "Ecchymose jaune datant de 5 jours.") == Rules{"R-L-3 error"});
  CHECK(found("medecin", "Ecchymose vieille de quelques jours.") == Rules{"R-L-3 error"});
  // « d'aspect récent » is the physician's only wording for it (reference §8.2), not the others'.
  CHECK(found("medecin", "Constatée à la date de l'examen ; d'aspect récent.") == kNone);
  CHECK(found("infirmier", "Constatée à la date de l'examen ; d'aspect récent.") == Rules{"R-L-5 error"});
}

TEST_CASE("R-ITT-1 in own text: no ITT where the profession states none") {
  CHECK(found("infirmier", "ITT de 3 jours.") == Rules{"R-ITT-1 error"});
  CHECK(found("sage-femme", "Incapacité totale de travail de deux jours.") == Rules{"R-ITT-1 error"});
  CHECK(found("medecin", "ITT de 3 jours.") == kNone);
  CHECK(found("infirmier", "Gêne pour s'habiller ; KITT de pansement.") == kNone);
}

TEST_CASE("R-ITT-5: not an arrêt de travail") {
  CHECK(found("medecin", "Arrêt de travail de deux jours.") == Rules{"R-ITT-5 error"});
  CHECK(found("medecin", "Arrêt de la marche après dix mètres.") == kNone);
}

TEST_CASE("R-AB-1: abbreviations, with what to write instead (warning)") {
  CHECK(found("medecin", "ATCD : HTA.") == Rules{"R-AB-1 warning"});
  CHECK(words("medecin", "Douleur du MSD.", "R-AB-1") == std::vector<std::string>{"MSD"});
  CHECK(found("medecin", "Vue à midi ; Rxxx.") == kNone);
}

TEST_CASE("validate: rules apply to the professional's own text, never to the person's words") {
  const auto& nurse = shipped_template("infirmier");
  const auto findings_of = [&](const std::string& from, const std::string& to) {
    std::string yaml = nurse.skeleton;
    const auto at = yaml.find(from);
    REQUIRE(at != std::string::npos);
    yaml.replace(at, from.size(), to);
    auto loaded = load::load_findings(yaml, "cas.yaml");
    REQUIRE(loaded.value);
    return validate::validate(nurse, *loaded.value, 1795219200);
  };
  // Her words may say anything: they are hers, printed verbatim.
  const auto quoted = findings_of("  - J'ai été poussée contre le mur de la cuisine.",
                                  "  - Il m'a frappée suite à une dispute, c'est un viol, il ment.");
  CHECK(quoted.empty());
  // The same words in the nurse's text: each rule once, at the value, with the words found.
  const auto own = findings_of("psychological_state: Pleurs à l'évocation des faits ; voix basse.",
                               "psychological_state: Frappée suite à une dispute ; viol ; il ment.");
  std::set<std::string> rules;
  for (const auto& d : own) rules.insert(d.rule);
  CHECK(rules == std::set<std::string>{"R-C-1", "R-C-2", "R-C-4", "R-C-6"});
  for (const auto& d : own) {
    CHECK(d.severity == Severity::error);
    CHECK(d.path == "findings.psychological_state");
    CHECK(d.location.line > 0);
  }
  const auto causality = std::find_if(own.begin(), own.end(), [](const Diagnostic& d) { return d.rule == "R-C-1"; });
  REQUIRE(causality != own.end());
  CHECK(causality->message_fr.find("«\u202Fsuite à une dispute\u202F»\u202F: vos constatations") == 0);
  CHECK(causality->message_en.find("\"suite à une dispute\": your findings") == 0);
}

TEST_CASE("a pattern ICU cannot compile is reported at the template, not thrown") {
  auto tmpl = shipped_template("medecin");
  tmpl.wording.push_back(model::WordingRule{});
  auto& rule = tmpl.wording.back();
  rule.id = "R-X-1";
  rule.patterns = {{"(unclosed", {"modele.yaml", 12, 9}}};
  Diagnostics problems;
  const validate::WordingChecker checker(tmpl, problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].rule == "T-SCHEMA");
  CHECK(problems[0].location.line == 12);
  CHECK(checker.own_text("(unclosed").empty());
}

// ---- The categories of harmful wording (docs/rules.md), each caught in every inflection and spelling ----

namespace {

// The rules the whole validation reports when the profession's skeleton says `psychological_state` in
// these words: for the rules that compare the text with the rest of the findings (R-ITT-7, R-A-4).
std::set<std::string> rules_with_psychological_state(const std::string& profession, const std::string& text) {
  const auto& tmpl = shipped_template(profession);
  std::string yaml = tmpl.skeleton;
  const std::string from = "psychological_state: Pleurs à l'évocation des faits ; voix basse.";
  const auto at = yaml.find(from);
  REQUIRE(at != std::string::npos);
  yaml.replace(at, from.size(), "psychological_state: \"" + text + "\"");
  auto loaded = load::load_findings(yaml, "cas.yaml");
  REQUIRE(loaded.value);
  std::set<std::string> rules;
  for (const auto& d : validate::validate(tmpl, *loaded.value, 1795219200)) rules.insert(d.rule);
  return rules;
}

// Whether the profession's checker finds `rule` in the professional's own text.
bool finds(const std::string& profession, const std::string& text, const std::string& rule) {
  const auto rules = found(profession, text);
  return std::any_of(rules.begin(), rules.end(), [&](const std::string& r) { return r.rfind(rule + " ", 0) == 0; });
}

}  // namespace

TEST_CASE("tokens: letters and dots make one abbreviation, a clause ends at a full stop, a semicolon, a colon and quotes") {
  CHECK(finds("infirmier", "I.T.T. de deux jours.", "R-ITT-1"));
  CHECK(finds("infirmier", "i.t.t 2 j", "R-ITT-1"));
  CHECK(finds("infirmier", "I T T : 2 j", "R-ITT-1"));
  CHECK(found("infirmier", "Kitt de pansement ; pas de plaie.") == kNone);
  // « concubin » and « son » are in two clauses: no designation.
  CHECK(found("medecin", "Elle vit avec son. Concubinage déclaré.") == kNone);
}

TEST_CASE("a lemma catches every inflection, with or without accents and capitals") {
  for (const auto* text : {"Ecchymoses griffées.", "ECCHYMOSE GRIFFEE", "bras griffé", "avant-bras griffés",
                           "Lésions de griffure.", "Elle a été mordue.", "mordu au bras", "zone étranglée"}) {
    INFO(text);
    CHECK(!found("infirmier", text).empty());
  }
  // The exact spelling wins: « violente » is the adjective, not « violenté ».
  CHECK(found("infirmier", "Douleur violente à la palpation.") == kNone);
  CHECK(finds("infirmier", "Patiente violentee.", "R-C-6"));
}

TEST_CASE("facts: neither asserted nor denied nor judged, in the professional's voice") {
  CHECK(finds("medecin", "Elle a été frappée par un inconnu.", "R-Q-2"));
  CHECK(finds("medecin", "Il l'a poussée contre le mur.", "R-Q-2"));
  CHECK(finds("medecin", "Hématome apparu lors de la bagarre.", "R-Q-2"));
  CHECK(finds("medecin", "Il n'y a pas eu de violences.", "R-Q-2"));
  CHECK(finds("medecin", "Les faits ne sont pas établis.", "R-C-2"));
  CHECK(finds("medecin", "Allégations non corroborées par l'examen.", "R-C-2"));
  // Reported in the conditional, or her quoted words: nothing asserted.
  CHECK(found("medecin", "Selon ses déclarations, les faits se seraient produits la veille.") == kNone);
  CHECK(found("medecin", "Elle aurait été frappée.") == kNone);
  CHECK(found("medecin", "Pleurs à l'évocation des violences.") == kNone);
}

TEST_CASE("credibility: never judged, either way, negated or not") {
  for (const auto* text : {"Discours crédible et détaillé.", "Ne semble pas affabuler.", "Récit cohérent et sincère.",
                           "Elle exagère sa gêne.", "Propos peu fiables.", "De bonne foi.", "Je la crois.",
                           "Aucune raison de douter de ses dires."}) {
    INFO(text);
    CHECK(finds("infirmier", text, "R-C-2"));
  }
  // « discours cohérent » may describe the form of thought: a warning that explains the doubt.
  CHECK(found("medecin", "Discours cohérent, pas d'idées délirantes.") == Rules{"R-C-2-DOUTE warning"});
  // A posture read as a body sign, « lordose exagérée », judges nothing.
  CHECK(found("masseur-kinesitherapeute", "Lordose lombaire exagérée.") == kNone);
}

TEST_CASE("qualification: no legal word, and she is not called a victim") {
  for (const auto* text : {"La victime présente une ecchymose.", "Agressions sexuelles répétées.", "Viol.",
                           "Situation d'emprise.", "Harcèlement au travail.", "Tentative de strangulation.",
                           "Violences conjugales.", "Violences au sein du couple.", "Rapport forcé."}) {
    INFO(text);
    CHECK(finds("sage-femme", text, "R-C-4"));
  }
  CHECK(found("infirmier", "Orientée vers une association d'aide aux victimes.") == kNone);
  CHECK(found("infirmier", "Exprime un sentiment de culpabilité.") == kNone);
  CHECK(found("infirmier", "Sous l'emprise de l'alcool selon le service.") == kNone);
}

TEST_CASE("author: nobody designated by a relationship or a role") {
  for (const auto* text : {"Accompagnée de son concubin.", "Le frère de son mari était présent.",
                           "Conflit avec son employeur.", "Peur de l'ex-compagnon.", "Bousculée par le voisin.",
                           "Selon l'agresseur, rien."}) {
    INFO(text);
    CHECK(finds("infirmier", text, "R-A-1"));
  }
  CHECK(found("masseur-kinesitherapeute", "Face postérieure du bras, zone voisine de l'olécrâne.") == kNone);
  CHECK(found("masseur-kinesitherapeute", "Patron de marche perturbé.") == kNone);
}

TEST_CASE("mechanism: no instrument, gesture or cause asserted, a negated mention is a finding") {
  for (const auto* text : {"Ecchymoses par pincement.", "Plaie par arme blanche.", "Brûlure de cigarette.",
                           "Traces de coups sur le dos.", "Lésions de défense.", "Plaie faite au cutter.",
                           "Ecchymose en forme de boucle de ceinture."}) {
    INFO(text);
    CHECK(finds("medecin", text, "R-C-6"));
  }
  for (const auto* text : {"Lésion imputable aux coups.", "Œdème secondaire à une torsion.",
                           "Douleur occasionnée par la chute."}) {
    INFO(text);
    CHECK(finds("medecin", text, "R-C-1"));
  }
  CHECK(found("medecin", "Absence de trace de strangulation.") == kNone);
  CHECK(found("medecin", "Bras porté en écharpe.") == kNone);
  CHECK(found("masseur-kinesitherapeute", "Examen de l'épaule limité en raison de la douleur.") == kNone);
  CHECK(found("medecin", "Elle dit : « il m'a mordue ».") == kNone);
  // One stray quote does not hide what follows it.
  CHECK(finds("medecin", "Elle dit « peur. Ecchymoses par pincement.", "R-C-6"));
}

TEST_CASE("dating: an error in every wording, « d'aspect récent » the physician's only") {
  for (const auto* text : {"Ecchymose ancienne.", "Hématome d'au moins 48 heures.", "Lésions d'âges différents.",
                           "Ecchymose jaunâtre donc ancienne.", "Ecchymose en voie de résorption.",
                           "Bleu tout neuf au bras."}) {
    INFO(text);
    const auto rules = found("medecin", text);
    CHECK(std::find(rules.begin(), rules.end(), "R-L-3 error") != rules.end());
  }
  CHECK(found("medecin", "Ecchymose d'aspect récent.") == kNone);
  CHECK(found("sage-femme", "Ecchymose d'aspect récent.") == Rules{"R-L-5 error"});
  CHECK(found("medecin", "Ecchymose jaune-verdâtre de 3 × 2 cm.") == kNone);
  CHECK(found("medecin", "Cicatrice ancienne d'appendicectomie.") == kNone);
}

TEST_CASE("diagnosis: outside the profession's competence, in medical or everyday words, even hedged") {
  for (const auto* text : {"Cheville tordue.", "Épaule déboîtée.", "Foulure du poignet.", "Suspicion de fracture.",
                           "Évoque une entorse.", "Commotion probable.", "Tympan perforé."}) {
    INFO(text);
    CHECK(finds("infirmier", text, "R-D-1"));
    CHECK(found("medecin", text) == kNone);
  }
  CHECK(finds("pedicure-podologue", "Syndrome dépressif.", "R-P-1"));
  CHECK(found("masseur-kinesitherapeute", "Foulée raccourcie à droite.") == kNone);
  CHECK(found("infirmier", "Orientée vers un médecin pour recherche de fracture.") == kNone);
}

TEST_CASE("itt: none where the profession states none, a referral is not one") {
  for (const auto* text : {"ITT de 3 jours.", "Pas d'ITT.", "I.T.T. nulle.", "Incapacité totale de travail : 2 j."}) {
    INFO(text);
    CHECK(finds("infirmier", text, "R-ITT-1"));
  }
  CHECK(found("infirmier", "Orientée vers un médecin pour l'évaluation d'une éventuelle ITT.") == kNone);
  CHECK(found("sage-femme", "Adressée à un médecin, qui appréciera s'il y a lieu de fixer une ITT.") == kNone);
}

TEST_CASE("R-ITT-7: the physician's free text may not contradict the ITT section") {
  REQUIRE(shipped_template("medecin").skeleton.find("itt: {mode: fixed, days: 5}") != std::string::npos);
  const auto diagnostics_of = [](const std::string& text) { return rules_with_psychological_state("medecin", text); };
  CHECK(diagnostics_of("ITT de 8 jours.").count("R-ITT-7") == 1);
  CHECK(diagnostics_of("I.T.T. : quinze jours.").count("R-ITT-7") == 1);
  CHECK(diagnostics_of("Pas d'ITT.").count("R-ITT-7") == 1);
  CHECK(diagnostics_of("ITT de cinq (5) jours.").count("R-ITT-7") == 0);
  CHECK(diagnostics_of("ITT de cinq jours, soit une semaine ouvrée.").count("R-ITT-7") == 0);
  CHECK(diagnostics_of("ITT de quatre-vingt-onze jours.").count("R-ITT-7") == 1);
  CHECK(diagnostics_of("Pleurs ; voix basse.").count("R-ITT-7") == 0);
}

TEST_CASE("durations in words: French numbers add up and multiply, with their unit") {
  const validate::Morphology none(nullptr);
  const validate::WordIds ids;
  const auto days = [&](const std::string& text) {
    const validate::SearchText prepared(text);
    return validate::days_after(validate::tokens_of(prepared, none, ids), 0);
  };
  CHECK(days("ITT de quatre-vingt-onze jours") == 91);
  CHECK(days("ITT de soixante-dix jours") == 70);
  CHECK(days("ITT : deux semaines") == 14);
  CHECK(days("ITT 15j") == 15);
  CHECK(days("ITT de vingt et un jours") == 21);
  CHECK(days("ITT nulle") == 0);
  CHECK_FALSE(days("ITT à déterminer par le médecin").has_value());
}

TEST_CASE("R-A-4: nobody but the person is named after a civility") {
  const auto rules_for = [](const std::string& text) { return rules_with_psychological_state("infirmier", text); };
  CHECK(rules_for("Redoute la réaction de M. Dorian Lefèvre.").count("R-A-4") == 1);
  CHECK(rules_for("Craint que Monsieur Durand revienne.").count("R-A-4") == 1);
  // The person herself (patient: Alice Exemple), and a colleague who referred her, are not designations.
  CHECK(rules_for("Mme Exemple est calme.").count("R-A-4") == 0);
  CHECK(rules_for("Adressée par le Dr Martin.").count("R-A-4") == 0);
}
