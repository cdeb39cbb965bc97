// SPDX-License-Identifier: Apache-2.0
// The message catalogue and the two renderings of a diagnostic (for files, for a form), in both languages.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "model/catalogue.hpp"
#include "model/diag.hpp"

using namespace medcert;

namespace {

const std::string kNnbsp = "\u202F";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The labels a form shows: only the lesion's region has one here.
std::string region_label(std::string_view path, Language lang) {
  if (path != "findings.lesions[0].region") return {};
  return lang == Language::en ? "Region" : "Région";
}

Diagnostic missing_region() {
  return model::diagnose(Severity::error, "R-L-1.missing_code", "findings.lesions[0].region", {"f.yaml", 3, 5},
                         {model::param("what", "la région", "region"), model::param("example", "avant_bras")});
}

// The {placeholders} a pattern names, sorted ("{{" and "}}" write braces).
std::vector<std::string> placeholders(std::string_view pattern) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if ((pattern[i] == '{' || pattern[i] == '}') && i + 1 < pattern.size() && pattern[i + 1] == pattern[i]) {
      ++i;
      continue;
    }
    const auto close = pattern[i] == '{' ? pattern.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) continue;
    names.emplace_back(pattern.substr(i + 1, close - i - 1));
    i = close;
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("the catalogue has the same entries in French and in English") {
  const auto fr = model::catalogue_ids(Language::fr);
  const auto en = model::catalogue_ids(Language::en);
  CHECK(fr.size() > 50);
  CHECK(fr == en);
  for (const auto id : fr) {
    INFO(id);
    const auto f = model::catalogue_entry(id, Language::fr);
    const auto e = model::catalogue_entry(id, Language::en);
    REQUIRE(f);
    REQUIRE(e);
    CHECK_FALSE(f->file.empty());
    CHECK_FALSE(e->form.empty());
    // A parameter one language names and the other forgets would be lost in translation.
    CHECK(placeholders(f->file) == placeholders(e->file));
    CHECK(placeholders(f->form) == placeholders(e->form));
  }
  CHECK_FALSE(model::catalogue_entry("R-NOPE", Language::fr));
  CHECK(model::rule_of("R-L-1.missing_code") == "R-L-1");
  CHECK(model::rule_of("R-MN-1") == "R-MN-1");
}

TEST_CASE("a diagnostic is rendered for files with its keys, for a form with its labels") {
  const auto d = missing_region();
  CHECK(d.rule == "R-L-1");
  CHECK(d.message_id == "R-L-1.missing_code");
  CHECK(d.message(Language::fr) ==
        "Il manque la région de la lésion" + kNnbsp + ": ajoutez «" + kNnbsp + "region: avant_bras" + kNnbsp +
            "» à cette lésion.");
  CHECK(d.message(Language::en) == "The lesion's region is missing: add `region: avant_bras` to this lesion.");
  CHECK(d.form_message(Language::fr, region_label) ==
        "Il manque la région de la lésion" + kNnbsp + ": choisissez-la dans «" + kNnbsp + "Région" + kNnbsp + "».");
  CHECK(d.form_message(Language::en, region_label) == "The lesion's region is missing: choose it in \"Region\".");
  // Without a label the form rendering says "this field", never the key.
  CHECK(contains(d.form_message(Language::fr), "ce champ"));
  CHECK(contains(d.form_message(Language::en), "this field"));
  CHECK_FALSE(contains(d.form_message(Language::en), "avant_bras"));
}

TEST_CASE("the choices of a vocabulary error: codes for files, labels for a form") {
  const auto d = model::diagnose(Severity::error, "R-VOCAB.unknown_code", "findings.lesions[0].side", {},
                                 {model::param("found", "milieu"), model::param("vocabulary", "sides")},
                                 {{"gauche", "gauche", "left"}, {"non_precise", "non précisé", "not specified"}});
  CHECK(contains(d.message(Language::fr), "écrivez l'un de ces codes" + kNnbsp + ": gauche, non_precise."));
  CHECK(contains(d.message(Language::en), "write one of these codes: gauche, non_precise."));
  CHECK(contains(d.form_message(Language::fr), "«" + kNnbsp + "gauche" + kNnbsp + "», «" + kNnbsp + "non précisé" +
                                                   kNnbsp + "»"));
  CHECK(contains(d.form_message(Language::en), "left, not specified"));
  CHECK_FALSE(contains(d.form_message(Language::fr), "non_precise"));
  CHECK(d.param("found", Language::en) == "milieu");
  CHECK(d.param("absent", Language::fr).empty());
}

TEST_CASE("braces are written doubled, and French typography applies to the pattern, not to the values") {
  const auto size = model::diagnose(Severity::warning, "R-L-1.size_expected", "findings.lesions[0].size", {});
  CHECK(contains(size.message(Language::en), "`size: {length_cm: 3, width_cm: 1.5}`"));
  CHECK_FALSE(contains(size.form_message(Language::en), "length_cm"));
  const auto zone = model::diagnose(Severity::error, "R-DT-4", "findings.author.time_zone", {},
                                    {model::param("found", "Europe/Lyon")});
  CHECK(contains(zone.message(Language::fr), "«" + kNnbsp + "Europe/Lyon" + kNnbsp + "» n'est pas un fuseau"));
  CHECK(contains(zone.message(Language::fr), "Indian/Reunion"));
}

TEST_CASE("a diagnostic a caller built with its texts, without the catalogue, keeps them in both renderings") {
  Diagnostic d;
  d.severity = Severity::error;
  d.rule = "S-P12";
  d.message_fr = "texte";
  d.message_en = "text";
  CHECK(d.message(Language::fr) == "texte");
  CHECK(d.form_message(Language::en) == "text");
}
