// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "model/datetime.hpp"
#include "model/spelling.hpp"
#include "model/template.hpp"

using namespace medcert::model;

TEST_CASE("ISO dates are parsed strictly") {
  CHECK(parse_date("2026-02-28"));
  CHECK_FALSE(parse_date("2026-02-29"));  // not a leap year
  CHECK(parse_date("2024-02-29"));
  CHECK_FALSE(parse_date("2026-13-01"));
  CHECK_FALSE(parse_date("2026-1-01"));
  CHECK_FALSE(parse_date("2026-01-01T10:00"));
}

TEST_CASE("date-times keep how they were tied to UTC: an offset, Z, or none (local time)") {
  auto dt = parse_datetime("2026-11-20T14:30:00+01:00");
  REQUIRE(dt);
  CHECK(dt->hour == 14);
  CHECK(dt->offset_minutes == 60);
  CHECK(dt->anchor == Anchor::offset);
  CHECK(to_unix(*dt) == 1795181400);  // 2026-11-20T13:30:00Z
  const auto utc = parse_datetime("2026-11-20T14:30Z");
  REQUIRE(utc);
  CHECK(utc->anchor == Anchor::utc);
  CHECK(to_unix(*utc) == 1795185000);
  const auto west = parse_datetime("2026-11-20T10:30-04:00");
  REQUIRE(west);
  CHECK(to_unix(*west) == 1795185000);
  const auto local = parse_datetime("2026-11-20T14:30:00");
  REQUIRE(local);
  CHECK(local->anchor == Anchor::local);
  CHECK(local->hour == 14);
  CHECK_FALSE(parse_datetime("2026-11-20T24:00:00+01:00"));
  CHECK_FALSE(parse_datetime("2026-11-20 14:30:00+01:00"));
  CHECK_FALSE(parse_datetime("2026-11-20T14:30:00+1"));
  CHECK_FALSE(parse_datetime("2026-11-20T14:30:00 "));
}

TEST_CASE("days from civil round-trips") {
  for (std::int64_t d : {-1000, 0, 1, 20000, 20412}) CHECK(days_from_civil(civil_from_days(d)) == d);
  CHECK(days_from_civil({1970, 1, 1}) == 0);
}

TEST_CASE("did you mean") {
  CHECK(closest("lesoins", {"lesions", "patient", "author"}) == "lesions");
  CHECK(closest("zzzzzz", {"lesions", "patient"}).empty());
  CHECK(edit_distance("kitten", "sitting", 5) == 3);
}

TEST_CASE("names are folded: case, French accents and ligatures, spaces") {
  CHECK(fold_name("Infirmière") == "infirmiere");
  CHECK(fold_name("MÉDECIN") == "medecin");
  CHECK(fold_name("maïeuticien") == "maieuticien");
  CHECK(fold_name("Cœur") == "coeur");
  CHECK(fold_name("sage femme") == "sage-femme");
  CHECK(fold_name("avant_bras") == "avant-bras");
  CHECK(fold_name("Zoë ß") == "zoe-ß");  // beyond French: left as it is
}

TEST_CASE("did you mean, accents and case aside") {
  CHECK(closest("kinee", {"masseur-kinesitherapeute", "kiné"}) == "kiné");
  CHECK(closest("Podologe", {"podologue", "pedicure-podologue"}) == "podologue");
  CHECK(closest("zzzz", {"kiné"}).empty());
}

TEST_CASE("a profession answers to its ids, labels and aliases, accents and case aside") {
  const Profession nurse{"infirmier", "nurse", "infirmier", "infirmière", {"IDE"}};
  for (const char* name : {"infirmier", "nurse", "infirmière", "Infirmière", "INFIRMIERE", "ide"}) CHECK(nurse.answers_to(name));
  for (const char* name : {"", "infirmer", "medecin", "infirmiers"}) CHECK_FALSE(nurse.answers_to(name));
  const Profession physio{"masseur-kinesitherapeute", "physiotherapist", "masseur-kinésithérapeute", "", {"kiné"}};
  CHECK(physio.answers_to("kine"));
  CHECK(physio.answers_to("Masseur kinésithérapeute"));
  CHECK_FALSE(physio.answers_to(""));  // an empty label_f is no name
  CHECK(physio.names() == std::vector<std::string>{"masseur-kinesitherapeute", "physiotherapist", "kiné"});
}

TEST_CASE("did you mean tails, French typography in French") {
  CHECK(did_you_mean_fr("lesions") == "\u202F; vouliez-vous dire «\u202Flesions\u202F»\u202F?");
  CHECK(did_you_mean_en("lesions") == "; did you mean \"lesions\"?");
  CHECK(did_you_mean_fr("").empty());
}
