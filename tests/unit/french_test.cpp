// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "compose/french.hpp"

namespace french = medcert::compose::french;
using medcert::model::CivilDate;
using medcert::model::Provenance;
using medcert::model::Run;

namespace {
const std::string nbsp = "\u00A0";
const std::string nnbsp = "\u202F";
}  // namespace

TEST_CASE("long dates in French, with 1er and a no-break space between the day and the month", "[french]") {
  CHECK(french::long_date(CivilDate{2026, 11, 20}) == "20" + nbsp + "novembre 2026");
  CHECK(french::long_date(CivilDate{2026, 3, 1}) == "1er" + nbsp + "mars 2026");
  CHECK(french::long_date(CivilDate{1990, 4, 12}) == "12" + nbsp + "avril 1990");
  CHECK(french::long_date(CivilDate{2024, 2, 29}) == "29" + nbsp + "février 2024");
  CHECK(french::long_date(CivilDate{2027, 8, 1}) == "1er" + nbsp + "août 2027");
  CHECK(french::long_date(CivilDate{2026, 12, 11}) == "11" + nbsp + "décembre 2026");
  CHECK(french::long_date(CivilDate{2027, 1, 1}) == "1er" + nbsp + "janvier 2027");
  CHECK(french::long_date(CivilDate{2026, 2, 3}) == "3" + nbsp + "février 2026");
}

TEST_CASE("dates in letters, as the HAS model of a minor's signalement asks them: « premier », traditional spelling", "[french]") {
  CHECK(french::date_in_letters(CivilDate{2014, 3, 12}) == "douze mars deux mille quatorze");
  CHECK(french::date_in_letters(CivilDate{2017, 6, 1}) == "premier juin deux mille dix-sept");
  CHECK(french::date_in_letters(CivilDate{2008, 11, 21}) == "vingt et un novembre deux mille huit");
  CHECK(french::date_in_letters(CivilDate{2026, 11, 20}) == "vingt novembre deux mille vingt-six");
  CHECK(french::date_in_letters(CivilDate{1999, 8, 31}) == "trente et un août mille neuf cent quatre-vingt-dix-neuf");
  CHECK(french::date_in_letters(CivilDate{2026, 13, 1}).empty());
}

TEST_CASE("long dates are the civil date as written, whatever the year: no Julian calendar before 1582", "[french]") {
  // ICU's calendar would print 1 January of year 1 as « 3 janvier 1 » (with « er » added: « 3er ») and
  // 15 June 1500 ten days off.
  CHECK(french::long_date(CivilDate{1, 1, 1}) == "1er" + nbsp + "janvier 1");
  CHECK(french::long_date(CivilDate{1500, 6, 15}) == "15" + nbsp + "juin 1500");
  CHECK(french::long_date(CivilDate{1582, 10, 10}) == "10" + nbsp + "octobre 1582");  // a day Rome skipped
  CHECK(french::long_date(CivilDate{1900, 5, 31}) == "31" + nbsp + "mai 1900");
}

TEST_CASE("times in the French style with no-break spaces", "[french]") {
  CHECK(french::time_of_day(14, 30) == "14" + nbsp + "h" + nbsp + "30");
  CHECK(french::time_of_day(9, 5) == "9" + nbsp + "h" + nbsp + "05");
  CHECK(french::time_of_day(22, 0) == "22" + nbsp + "h");
  CHECK(french::time_of_day(0, 15) == "0" + nbsp + "h" + nbsp + "15");
}

TEST_CASE("numbers in letters, traditional spelling", "[french]") {
  CHECK(french::spellout(0) == "zéro");
  CHECK(french::spellout(1) == "un");
  CHECK(french::spellout(5) == "cinq");
  CHECK(french::spellout(17) == "dix-sept");
  CHECK(french::spellout(21) == "vingt et un");
  CHECK(french::spellout(31) == "trente et un");
  CHECK(french::spellout(71) == "soixante et onze");
  CHECK(french::spellout(80) == "quatre-vingts");
  CHECK(french::spellout(81) == "quatre-vingt-un");
  CHECK(french::spellout(91) == "quatre-vingt-onze");
  CHECK(french::spellout(200) == "deux cents");
  CHECK(french::spellout(365) == "trois cent soixante-cinq");
}

TEST_CASE("« de » before a number in letters: elided before « un », not before « huit » or « onze »", "[french]") {
  const std::string apostrophe = "\u2019";
  CHECK(french::de("un" + nbsp + "(1)") == "d" + apostrophe + "un" + nbsp + "(1)");
  CHECK(french::de("une") == "d" + apostrophe + "une");
  CHECK(french::de("huit" + nbsp + "(8)") == "de huit" + nbsp + "(8)");
  CHECK(french::de("onze" + nbsp + "(11)") == "de onze" + nbsp + "(11)");
  CHECK(french::de("zéro" + nbsp + "(0)") == "de zéro" + nbsp + "(0)");
  // Every ITT a physician may write, 0 to 365 days: only « un » begins with a sound that elides.
  for (int n = 0; n <= 365; ++n) {
    const auto words = french::spellout(n);
    const auto with_de = french::de(words);
    INFO(n << ": " << with_de);
    CHECK(with_de == (n == 1 ? "d" + apostrophe + words : "de " + words));
  }
}

TEST_CASE("decimals with a comma", "[french]") {
  CHECK(french::decimal(2.5) == "2,5");
  CHECK(french::decimal(4.0) == "4");
  CHECK(french::decimal(0.25) == "0,25");
  CHECK(french::decimal(2.456) == "2,46");
}

TEST_CASE("NFC normalisation", "[french]") {
  const std::string decomposed = "he\u0301matome";  // "e" + combining acute accent
  CHECK(french::nfc(decomposed) == "hématome");
  CHECK(french::nfc(decomposed).size() == decomposed.size() - 1);
  CHECK(french::nfc("déjà NFC") == "déjà NFC");
}

TEST_CASE("capitals", "[french]") {
  CHECK(french::capitalize("ecchymose") == "Ecchymose");
  CHECK(french::capitalize("œdème") == "Œdème");
  CHECK(french::capitalize("érythème") == "Érythème");
  CHECK(french::capitalize("") == "");
  CHECK(french::lower_first("Elle") == "elle");
  CHECK(french::lower_first("La personne examinée") == "la personne examinée");
  CHECK(french::upper("Lefèvre") == "LEFÈVRE");
}

TEST_CASE("typography: narrow no-break space before high punctuation", "[french]") {
  SECTION("an ordinary space is replaced") {
    CHECK(french::typography("Elle déclare :") == "Elle déclare" + nnbsp + ":");
    CHECK(french::typography("Pleurs ; voix basse") == "Pleurs" + nnbsp + "; voix basse");
  }
  SECTION("a missing space is added") {
    CHECK(french::typography("Vraiment?") == "Vraiment" + nnbsp + "?");
    CHECK(french::typography("Attention!") == "Attention" + nnbsp + "!");
  }
  SECTION("never doubled") {
    const std::string once = "Elle déclare" + nnbsp + ":";
    CHECK(french::typography(once) == once);
    CHECK(french::typography(french::typography("a : b")) == "a" + nnbsp + ": b");
    CHECK(french::typography("a  :  b") == "a" + nnbsp + ": b");
    CHECK(french::typography("a" + nbsp + ":") == "a" + nnbsp + ":");
  }
  SECTION("exceptions") {
    CHECK(french::typography("14:30") == "14:30");
    CHECK(french::typography("https://exemple.fr") == "https://exemple.fr");
    CHECK(french::typography("Quoi ?!") == "Quoi" + nnbsp + "?!");
  }
}

TEST_CASE("typography: guillemets", "[french]") {
  CHECK(french::typography("« mot »") == "«" + nnbsp + "mot" + nnbsp + "»");
  CHECK(french::typography("«mot»") == "«" + nnbsp + "mot" + nnbsp + "»");
  const std::string done = "«" + nnbsp + "mot" + nnbsp + "»";
  CHECK(french::typography(done) == done);
}

TEST_CASE("typography: a number and its unit are not separated", "[french]") {
  CHECK(french::typography("à 5 cm sous le pli") == "à 5" + nbsp + "cm sous le pli");
  CHECK(french::typography("depuis 3 jours") == "depuis 3" + nbsp + "jours");
  CHECK(french::typography("cinq (5) jours") == "cinq (5)" + nbsp + "jours");
  CHECK(french::typography("4 × 2,5 cm") == "4" + nbsp + "×" + nbsp + "2,5" + nbsp + "cm");
  CHECK(french::typography("en 2026 année") == "en 2026 année");
  CHECK(french::typography("le 3 animaux") == "le 3 animaux");
  CHECK(french::typography("l'avant-bras") == "l'avant-bras");
}

TEST_CASE("typography leaves the person's words verbatim", "[french]") {
  std::vector<Run> runs{
      {"Elle déclare : «", Provenance::template_text, {}, {}},
      {"J'ai dit : stop!  Et il  est parti", Provenance::patient_quote, {}, {}},
      {"»", Provenance::template_text, {}, {}},
  };
  french::typography(runs);
  REQUIRE(runs.size() == 3);
  CHECK(runs[0].text == "Elle déclare" + nnbsp + ":" + " «" + nnbsp);
  CHECK(runs[1].text == "J'ai dit : stop!  Et il  est parti");
  CHECK(runs[2].text == nnbsp + "»");
}

TEST_CASE("typography across runs: a space in one run, the colon in the next", "[french]") {
  std::vector<Run> runs{
      {"Elle ", Provenance::computed, {}, {}},
      {": oui", Provenance::template_text, {}, {}},
  };
  french::typography(runs);
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].text == "Elle" + nnbsp);
  CHECK(runs[1].text == ": oui");
}

TEST_CASE("typography: a telephone number is not broken, other numbers are", "[french]") {
  CHECK(french::typography("au 06 00 00 00 00, le soir") ==
        "au 06" + nbsp + "00" + nbsp + "00" + nbsp + "00" + nbsp + "00, le soir");
  CHECK(french::typography("04 72 00 00 00") == "04" + nbsp + "72" + nbsp + "00" + nbsp + "00" + nbsp + "00");
  CHECK(french::typography("en 2026 12 cas") == "en 2026 12 cas");
  CHECK(french::typography("les 12 123 dossiers") == "les 12 123 dossiers");
}

TEST_CASE("typography: a no-break space after « n° »", "[french]") {
  CHECK(french::typography("réquisition n° 2026/123") == "réquisition n°" + nbsp + "2026/123");
  CHECK(french::typography("N° d'inscription") == "N°" + nbsp + "d'inscription");
  CHECK(french::typography("dossier n°12") == "dossier n°" + nbsp + "12");
  // Not a "n°" of its own: a word that ends in "n" before a degree sign.
  CHECK(french::typography("un°5") == "un°5");
}

TEST_CASE("typography: the template's apostrophes are typographic, the person's words and the professional's are not",
          "[french]") {
  std::vector<Run> runs{{"L'examen de l'intéressée : ", Provenance::template_text, {}, {}},
                        {"J'ai mal", Provenance::patient_quote, {}, {}},
                        {" ; l'épaule", Provenance::professional, {}, {}}};
  french::typography(runs);
  REQUIRE(runs.size() == 3);
  CHECK(runs[0].text == "L\u2019examen de l\u2019intéressée" + nnbsp + ": ");
  CHECK(runs[1].text == "J'ai mal");
  CHECK(runs[2].text == nnbsp + "; l'épaule");
}
