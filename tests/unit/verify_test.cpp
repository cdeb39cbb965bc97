// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include <medcert/signing.hpp>
#include <medcert/verification.hpp>

#include "sign_fixtures.hpp"
#include "verify/pdf_date.hpp"

using namespace medcert;
using medcert::test::first_with_rule;
using medcert::test::has_rule;
using medcert::test::kTime;
using medcert::test::pki_file;
using medcert::test::pki_password;
using medcert::test::unsigned_pdf;

namespace {

const std::string& signed_pdf() {
  static const std::string pdf = [] {
    auto key = open_pkcs12(pki_file("signer.p12"), pki_password());
    SignOptions options;
    options.time = kTime;
    return sign_pdf(unsigned_pdf(), *key.signer, options).pdf;
  }();
  return pdf;
}

// Where the signature's /Contents hexadecimal string starts in the signed file.
std::size_t contents_position(const std::string& pdf) {
  const auto at = pdf.rfind("/Contents <");
  REQUIRE(at != std::string::npos);
  return at + std::string("/Contents <").size();
}

}  // namespace

TEST_CASE("PDF dates are read in UTC, with or without their optional parts") {
  using verify::parse_pdf_date;
  CHECK(parse_pdf_date("D:20261121000000+00'00'") == 1795219200);
  CHECK(parse_pdf_date("D:20261121010000+01'00'") == 1795219200);
  CHECK(parse_pdf_date("D:20261120190000-05'00") == 1795219200);
  CHECK(parse_pdf_date("D:20261121000000Z") == 1795219200);
  CHECK(parse_pdf_date("D:20261121") == 1795219200);
  CHECK(parse_pdf_date("20261121000000Z00'00'") == 1795219200);
  CHECK_FALSE(parse_pdf_date("D:20261321000000Z"));  // month 13
  CHECK_FALSE(parse_pdf_date("D:2026112100000"));     // a dangling digit
  CHECK_FALSE(parse_pdf_date("yesterday"));
}

TEST_CASE("an unsigned document, and a file that is no PDF, are told apart") {
  const auto empty_field = verify_pdf(unsigned_pdf());
  CHECK(empty_field.status == VerifyStatus::not_signed);
  CHECK(has_rule(empty_field.diagnostics, "V-UNSIGNED"));
  CHECK(verify_pdf(unsigned_pdf("")).status == VerifyStatus::not_signed);
  const auto garbage = verify_pdf("this is not a PDF");
  CHECK(garbage.status == VerifyStatus::unreadable);
  CHECK(has_rule(garbage.diagnostics, "V-UNREADABLE"));
  CHECK(verify_pdf("").status == VerifyStatus::unreadable);
}

TEST_CASE("a byte changed in the signed part breaks the digest") {
  std::string tampered = signed_pdf();
  const auto at = tampered.find("Certificat de test");
  REQUIRE(at != std::string::npos);
  tampered[at] = 'c';
  const auto report = verify_pdf(tampered);
  CHECK(report.status == VerifyStatus::invalid);
  CHECK(has_rule(report.diagnostics, "V-DIGEST"));
  CHECK_FALSE(report.signatures.front().digest_ok);
}

TEST_CASE("a byte changed in the signature value breaks the signature") {
  std::string tampered = signed_pdf();
  // The RSA signature value is the last thing of the CMS: change a hex digit just before the padding.
  const std::size_t start = contents_position(tampered);
  const std::size_t end = tampered.find_first_not_of("0123456789abcdefABCDEF", start);
  std::size_t last = tampered.find_last_not_of('0', end - 1);
  REQUIRE(last > start);
  last -= 8;
  tampered[last] = tampered[last] == 'a' ? 'b' : 'a';
  const auto report = verify_pdf(tampered);
  CHECK(report.status == VerifyStatus::invalid);
  CHECK(has_rule(report.diagnostics, "V-SIGNATURE"));
}

TEST_CASE("bytes appended after the signature, or a new revision, make the document modified") {
  const auto appended = verify_pdf(signed_pdf() + "\n% appended\n");
  CHECK(appended.status == VerifyStatus::modified);
  CHECK(has_rule(appended.diagnostics, "V-MODIFIED"));
  CHECK(appended.signatures.front().digest_ok);
  CHECK_FALSE(appended.signatures.front().covers_whole_file);

  const auto revised = verify_pdf(test::append_revision(signed_pdf()));
  CHECK(revised.status == VerifyStatus::modified);
  REQUIRE(has_rule(revised.diagnostics, "V-MODIFIED"));
  const auto note = std::find_if(revised.diagnostics.begin(), revised.diagnostics.end(),
                                 [](const Diagnostic& d) { return d.rule == "V-MODIFIED"; });
  CHECK(note->message_en.find("incremental update") != std::string::npos);
}

TEST_CASE("verification's messages are catalogue entries: French and English, with their parameters") {
  const std::string nnbsp = "\u202F";
  const auto appended = verify_pdf(signed_pdf() + "\n% appended\n");
  const auto* modified = first_with_rule(appended.diagnostics, "V-MODIFIED");
  REQUIRE(modified);
  CHECK(modified->message_id == "V-MODIFIED.bytes");
  const auto size = std::to_string(signed_pdf().size());
  CHECK(modified->param("bytes", Language::en) == "12");
  CHECK(modified->param("begin", Language::en) == size);
  CHECK(modified->param("end", Language::en) == std::to_string(signed_pdf().size() + 12));
  CHECK(modified->message(Language::fr) == "le document a été modifié après la signature" + nnbsp +
                                               ": 12 octets ajoutés après la partie signée (octets " + size + "–" +
                                               modified->param("end", Language::fr) + ")");
  CHECK(modified->message(Language::en) == "the document was modified after signing: 12 bytes appended after the "
                                           "signed part (bytes " + size + "–" + modified->param("end", Language::en) +
                                               ")");

  const auto not_signed = verify_pdf(unsigned_pdf());
  const auto* unsigned_note = first_with_rule(not_signed.diagnostics, "V-UNSIGNED");
  REQUIRE(unsigned_note);
  CHECK(unsigned_note->message(Language::fr) ==
        "le document n'est pas signé (aucun de ses champs de signature n'est rempli)");
  CHECK(unsigned_note->message(Language::en) == "the document is not signed (none of its signature fields is filled)");

  const auto garbage = verify_pdf("not a PDF at all");
  const auto* unreadable = first_with_rule(garbage.diagnostics, "V-UNREADABLE");
  REQUIRE(unreadable);
  const auto detail = unreadable->param("detail", Language::en);
  CHECK_FALSE(detail.empty());
  CHECK(unreadable->message(Language::fr) == "ce fichier n'est pas un PDF lisible (" + detail + ")");
  CHECK(unreadable->message(Language::en) == "this file is not a readable PDF (" + detail + ")");
}

TEST_CASE("a ByteRange that leaves more than /Contents unsigned is refused") {
  std::string tampered = signed_pdf();
  const auto at = tampered.rfind("/ByteRange [ 0 ");
  REQUIRE(at != std::string::npos);
  // Start the first range one byte later: the signed bytes no longer start at 0.
  tampered[at + std::string_view("/ByteRange [ ").size()] = '1';
  const auto report = verify_pdf(tampered);
  CHECK(report.status == VerifyStatus::invalid);
  CHECK(has_rule(report.diagnostics, "V-BYTE-RANGE"));
}

TEST_CASE("with a trust list, the signer's chain is checked against it") {
  VerifyOptions with_ca;
  with_ca.trusted_certificates = {pki_file("ca.pem")};
  const auto trusted = verify_pdf(signed_pdf(), with_ca);
  CHECK(trusted.status == VerifyStatus::valid);
  CHECK(trusted.signatures.front().trust == TrustStatus::trusted);

  VerifyOptions other;
  other.trusted_certificates = {pki_file("auth.pem")};
  const auto untrusted = verify_pdf(signed_pdf(), other);
  CHECK(untrusted.status == VerifyStatus::invalid);
  CHECK(untrusted.signatures.front().trust == TrustStatus::untrusted);
  CHECK(has_rule(untrusted.diagnostics, "V-TRUST"));
}

TEST_CASE("a trust list entry without a certificate is an error, not an empty list") {
  for (const std::string& entry : {std::string("not a certificate"), pki_file("signer.key"),
                                   pki_file("ca.pem").substr(0, 300), std::string()}) {
    VerifyOptions options;
    options.trusted_certificates = {pki_file("ca.pem"), entry};
    const auto report = verify_pdf(signed_pdf(), options);
    CHECK(report.status == VerifyStatus::unreadable);
    REQUIRE(report.diagnostics.size() == 1);
    CHECK(report.diagnostics[0].rule == "V-TRUST-LIST");
    CHECK(report.diagnostics[0].message_en.find("trust list item 2") != std::string::npos);
    CHECK(verify_verdict(report, Language::en) == "unreadable trust list, nothing was verified");
  }
}

TEST_CASE("an encrypted or oversized PDF is refused before it is parsed, with its reason") {
  std::string encrypted = signed_pdf();
  encrypted.insert(encrypted.rfind("trailer") + std::string_view("trailer\n<< ").size(), "/Encrypt << /V 99 >> ");
  const auto report = verify_pdf(encrypted);
  CHECK(report.status == VerifyStatus::unreadable);
  CHECK(has_rule(report.diagnostics, "V-ENCRYPTED"));
}

TEST_CASE("damaged files give a verdict, never a crash") {
  const std::string& original = signed_pdf();
  // Only the zero padding after the CMS may change without consequence: it is outside the signature.
  const std::size_t hole_begin = contents_position(original);
  const std::size_t hole_end = original.find('>', hole_begin);
  std::mt19937 random(20261121);
  std::uniform_int_distribution<std::size_t> position(0, original.size() - 1);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int i = 0; i < 300; ++i) {
    std::string damaged = original;
    bool outside_hole = false;
    for (int j = 0; j < 1 + i % 4; ++j) {
      const std::size_t at = position(random);
      damaged[at] = static_cast<char>(byte(random));
      outside_hole = outside_hole || ((at < hole_begin || at >= hole_end) && damaged[at] != original[at]);
    }
    const auto report = verify_pdf(damaged);
    if (outside_hole) CHECK(report.status != VerifyStatus::valid);
  }
  for (std::size_t length : {std::size_t{0}, std::size_t{10}, original.size() / 3, original.size() / 2,
                             original.size() - 10}) {
    const auto report = verify_pdf(original.substr(0, length));
    CHECK(report.status != VerifyStatus::valid);
  }
}

TEST_CASE("the verify report as JSON: versioned, the verdict in the chosen language, every signature") {
  const auto report = verify_pdf(signed_pdf());
  REQUIRE(report.status == VerifyStatus::valid);
  const auto fr = verify_report_json(report, Language::fr, "certificat.pdf");
  CHECK(fr.find("\"format_version\": 1") != std::string::npos);
  CHECK(fr.find("\"file\": \"certificat.pdf\"") != std::string::npos);
  CHECK(fr.find("\"status\": \"valid\"") != std::string::npos);
  CHECK(fr.find("\"verdict\": \"" + verify_verdict(report, Language::fr) + "\"") != std::string::npos);
  CHECK(fr.find("\"time\": \"2026-11-21T00:00:00Z\"") != std::string::npos);
  CHECK(fr.find("\"pades_b_b\": true") != std::string::npos);
  const auto en = verify_report_json(verify_pdf(unsigned_pdf()), Language::en, "-");
  CHECK(en.find("\"status\": \"not_signed\"") != std::string::npos);
  CHECK(en.find("document not signed") != std::string::npos);
  CHECK(en.find("\"rule\": \"V-UNSIGNED\"") != std::string::npos);
  CHECK(en.find("\"message\": \"the document is not signed (none of its signature fields is filled)\"") !=
        std::string::npos);
  // The messages in the chosen language, with the catalogue entry and its parameters for a program.
  const auto appended = verify_report_json(verify_pdf(signed_pdf() + "\n% appended\n"), Language::fr, "-");
  CHECK(appended.find("\"message\": \"le document a été modifié après la signature\u202F: 12 octets ajoutés") !=
        std::string::npos);
  CHECK(appended.find("\"message_id\": \"V-MODIFIED.bytes\"") != std::string::npos);
  CHECK(appended.find("\"bytes\": \"12\"") != std::string::npos);
  CHECK(utc_time_text(kTime) == "2026-11-21T00:00:00Z");
}
