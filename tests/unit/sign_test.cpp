// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <algorithm>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <openssl/crypto.h>

#include <fmt/format.h>

#include <medcert/signing.hpp>
#include <medcert/verification.hpp>

#include "pdf/podofo_document.hpp"
#include "sign/appearance.hpp"
#include "sign/byte_range.hpp"
#include "sign/certificates.hpp"
#include "sign/pdf_fields.hpp"
#include "sign_fixtures.hpp"

using namespace medcert;
using medcert::test::first_with_rule;
using medcert::test::has_rule;
using medcert::test::kTime;
using medcert::test::pki_file;
using medcert::test::pki_password;
using medcert::test::unsigned_pdf;

namespace {

std::unique_ptr<Signer> software_key(const std::string& p12 = "signer.p12") {
  auto opened = open_pkcs12(pki_file(p12), pki_password());
  REQUIRE(opened.diagnostics.empty());
  REQUIRE(opened.signer);
  return std::move(opened.signer);
}

SignOptions at_test_time() {
  SignOptions options;
  options.time = kTime;
  return options;
}

}  // namespace

TEST_CASE("the byte range must start at 0, stay in the file and leave only one hex string unsigned") {
  const std::string file = "%PDF-1.7 head <00ff> tail";
  const std::int64_t hole = 14, after = 20, size = static_cast<std::int64_t>(file.size());
  const auto ok = sign::check_byte_range(file, {0, hole, after, size - after});
  REQUIRE(ok);
  CHECK(ok->signed_end == file.size());
  CHECK(sign::signed_content(file, *ok) == "%PDF-1.7 head  tail");
  CHECK(sign::hole_bytes(file, *ok) == std::string("\x00\xff", 2));
  CHECK_FALSE(sign::check_byte_range(file, {1, hole, after, size - after}));           // not from 0
  CHECK_FALSE(sign::check_byte_range(file, {0, hole, after, size - after + 1}));       // past the end
  CHECK_FALSE(sign::check_byte_range(file, {0, hole - 1, after, size - after}));       // " <00ff>": not only hex
  CHECK_FALSE(sign::check_byte_range(file, {0, after, hole, size - hole}));            // overlapping
  CHECK_FALSE(sign::check_byte_range(file, {0, -1, after, size - after}));             // negative
  CHECK_FALSE(sign::check_byte_range(file, {0, hole, after, INT64_MAX}));              // overflow bait
  const auto prefix = sign::check_byte_range(file, {0, hole, after, 2});
  REQUIRE(prefix);
  CHECK(prefix->signed_end == 22);  // a prefix of the file: verification reports the rest as modified
}

TEST_CASE("filling the hole writes the DER in hexadecimal, zero-padded, or refuses what does not fit") {
  const std::string file = "a<000000>b";
  const auto ranges = sign::check_byte_range(file, {0, 1, 9, 1});
  REQUIRE(ranges);
  CHECK(sign::hole_capacity(*ranges) == 3);
  CHECK(sign::fill_hole(file, *ranges, "\x30\x01") == std::optional<std::string>("a<300100>b"));
  CHECK_FALSE(sign::fill_hole(file, *ranges, "1234"));
}

TEST_CASE("a PKCS#12 opens with its password, a wrong password and a non-PKCS#12 are told apart") {
  CHECK(software_key()->certificate_chain().size() == 2);  // the signer, then the CA
  const auto wrong = open_pkcs12(pki_file("signer.p12"), "not the password");
  CHECK_FALSE(wrong.signer);
  CHECK(has_rule(wrong.diagnostics, "S-P12-PASSWORD"));
  CHECK(wrong.category == SignCategory::wrong_password);
  const auto garbage = open_pkcs12("not a pkcs#12 file", "x");
  CHECK_FALSE(garbage.signer);
  CHECK(has_rule(garbage.diagnostics, "S-P12"));
  CHECK(garbage.category == SignCategory::bad_key);
}

TEST_CASE("a Secret holds its text, and leaves nothing in the string or the Secret it was moved from") {
  std::string password = "short";  // in the string object itself (small-string buffer): a move copies it
  Secret first(std::move(password));
  CHECK(first.view() == "short");
  CHECK(std::string_view(password.data(), 5) != "short");
  Secret second(std::move(first));
  CHECK(second.view() == "short");
  CHECK(first.view().empty());
  std::string key(64, 'k');
  key.resize(3);
  wipe_secret(key);
  CHECK(key.empty());
}

TEST_CASE("signing appends one incremental update to the unsigned bytes, and verifies as PAdES B-B") {
  const std::string original = unsigned_pdf();
  const auto signed_pdf = sign_pdf(original, *software_key(), at_test_time());
  REQUIRE(signed_pdf.diagnostics.empty());
  REQUIRE(signed_pdf.ok());
  CHECK(signed_pdf.pdf.compare(0, original.size(), original) == 0);  // never rewritten
  CHECK(test::info_mod_date(signed_pdf.pdf) == test::info_mod_date(original));  // Info left as it was
  CHECK(signed_pdf.pdf.find("/NeedAppearances") == std::string::npos);

  const auto report = verify_pdf(signed_pdf.pdf);
  INFO((report.diagnostics.empty() ? "" : report.diagnostics.front().message_en));
  CHECK(report.status == VerifyStatus::valid);
  REQUIRE(report.signatures.size() == 1);
  const auto& s = report.signatures.front();
  CHECK(s.field == "medcert_signature");
  CHECK(s.sub_filter == "ETSI.CAdES.detached");
  CHECK(s.signer_subject.find("CN=Dr Claire Martin (TEST)") != std::string::npos);
  CHECK(s.time == kTime);
  CHECK(s.time_text == "D:20261121000000+00'00'");
  CHECK(s.reason == "Je suis l'auteur de ce certificat");
  CHECK(s.byte_range_ok);
  CHECK(s.covers_whole_file);
  CHECK(s.digest_ok);
  CHECK(s.signature_ok);
  CHECK(s.signing_certificate_v2);
  CHECK_FALSE(s.signing_time_attribute);
  CHECK(s.pades_b_b());
  CHECK(s.trust == TrustStatus::not_checked);
}

TEST_CASE("the same input, key and time give the same signed bytes, reason and location are written") {
  SignOptions options = at_test_time();
  options.reason = "Certificat médical initial";
  options.location = "Lyon";
  const auto key = software_key();
  const auto first = sign_pdf(unsigned_pdf(), *key, options);
  const auto second = sign_pdf(unsigned_pdf(), *key, options);
  REQUIRE(first.ok());
  CHECK(first.pdf == second.pdf);
  const auto report = verify_pdf(first.pdf);
  REQUIRE(report.signatures.size() == 1);
  CHECK(report.signatures.front().reason == "Certificat médical initial");
  CHECK(report.signatures.front().location == "Lyon");
}

TEST_CASE("an EC key signs too") {
  const auto result = sign_pdf(unsigned_pdf(), *software_key("ec-signer.p12"), at_test_time());
  REQUIRE(result.ok());
  const auto report = verify_pdf(result.pdf);
  CHECK(report.status == VerifyStatus::valid);
  CHECK(report.signatures.front().signer_subject.find("Dr Paul Durand") != std::string::npos);
}

TEST_CASE("two-step signing: the external signature of the prepared digest gives the one-step bytes") {
  const std::string original = unsigned_pdf();
  const auto key = software_key();
  const auto prepared = prepare_signature(original, {pki_file("signer.pem"), pki_file("ca.pem")}, at_test_time());
  REQUIRE(prepared.ok());
  REQUIRE(prepared.digest.size() == 32);
  CHECK(verify_pdf(prepared.pdf).status == VerifyStatus::invalid);  // a pending signature is no signature

  const auto signature = key->sign_digest(prepared.digest);  // what a card does with the 32 bytes
  REQUIRE(signature);
  const auto completed = complete_signature(prepared.pdf, *signature);
  REQUIRE(completed.ok());
  CHECK(completed.pdf == sign_pdf(original, *key, at_test_time()).pdf);
  CHECK(verify_pdf(completed.pdf).status == VerifyStatus::valid);
}

TEST_CASE("two-step signing refuses another key's signature and a prepared PDF changed in between") {
  const auto prepared = prepare_signature(unsigned_pdf(), {pki_file("signer.pem")}, at_test_time());
  REQUIRE(prepared.ok());
  const auto other = software_key("ec-signer.p12")->sign_digest(prepared.digest);
  REQUIRE(other);
  const auto refused = complete_signature(prepared.pdf, *other);
  CHECK_FALSE(refused.ok());
  CHECK(has_rule(refused.diagnostics, "S-SIGNATURE"));
  CHECK(refused.category == SignCategory::wrong_signature);

  std::string changed = prepared.pdf;
  const auto at = changed.find("Certificat de test");  // Info /Title, inside the signed bytes
  REQUIRE(at != std::string::npos);
  changed[at] = 'R';
  const auto signature = software_key()->sign_digest(prepared.digest);
  const auto stale = complete_signature(changed, *signature);
  CHECK_FALSE(stale.ok());
  CHECK(has_rule(stale.diagnostics, "S-PREPARED"));
  CHECK(stale.category == SignCategory::not_prepared);
  CHECK(has_rule(complete_signature(unsigned_pdf(), *signature).diagnostics, "S-PREPARED"));
}

TEST_CASE("signing refuses a signed PDF, a PDF without the field, and a certificate not made for signing") {
  const auto key = software_key();
  const auto once = sign_pdf(unsigned_pdf(), *key, at_test_time());
  REQUIRE(once.ok());
  CHECK(once.category == SignCategory::ok);
  // Each refusal says why twice: a rule id and message for the person, a category for the program.
  const auto expect = [](const auto& result, const char* rule, SignCategory category) {
    CHECK_FALSE(result.ok());
    CHECK(has_rule(result.diagnostics, rule));
    CHECK(result.category == category);
  };
  expect(sign_pdf(once.pdf, *key, at_test_time()), "S-SIGNED", SignCategory::not_signable);
  expect(sign_pdf(unsigned_pdf(""), *key, at_test_time()), "S-FIELD", SignCategory::not_signable);
  expect(sign_pdf(unsigned_pdf("another_field"), *key, at_test_time()), "S-FIELD", SignCategory::not_signable);
  expect(sign_pdf("%PDF-1.7 not really", *key, at_test_time()), "S-PDF", SignCategory::unreadable_pdf);
  expect(prepare_signature(unsigned_pdf(), {pki_file("auth.pem")}, at_test_time()), "S-CERTIFICATE",
         SignCategory::certificate);
  SignOptions late = at_test_time();
  late.time = 4102444800;  // 2100-01-01: after the certificate expired
  expect(sign_pdf(unsigned_pdf(), *key, late), "S-CERTIFICATE", SignCategory::certificate);
  expect(prepare_signature(unsigned_pdf(), {"not a certificate"}, at_test_time()), "S-CERTIFICATE",
         SignCategory::certificate);
  CHECK(is_document_problem(SignCategory::not_signable));
  CHECK(is_document_problem(SignCategory::specimen));
  CHECK_FALSE(is_document_problem(SignCategory::certificate));
}

TEST_CASE("signing's messages are catalogue entries: French and English, with their parameters") {
  const std::string nnbsp = "\u202F";
  const auto wrong = open_pkcs12(pki_file("signer.p12"), "not the password");
  const auto* password = first_with_rule(wrong.diagnostics, "S-P12-PASSWORD");
  REQUIRE(password);
  CHECK(password->message_id == "S-P12-PASSWORD");
  CHECK(password->message(Language::fr) == "mot de passe incorrect pour ce fichier PKCS#12");
  CHECK(password->message(Language::en) == "wrong password for this PKCS#12 file");

  const auto key = software_key();
  const auto other_field = sign_pdf(unsigned_pdf("another_field"), *key, at_test_time());
  const auto* field = first_with_rule(other_field.diagnostics, "S-FIELD");
  REQUIRE(field);
  CHECK(field->param("field", Language::fr) == "medcert_signature");
  CHECK(field->param("fields", Language::fr) == "«" + nnbsp + "another_field" + nnbsp + "»");
  CHECK(field->param("fields", Language::en) == "\"another_field\"");
  CHECK(field->message(Language::fr) ==
        "ce PDF n'a pas de champ de signature «" + nnbsp + "medcert_signature" + nnbsp +
            "» (champs de signature présents" + nnbsp + ": «" + nnbsp + "another_field" + nnbsp + "»)" + nnbsp +
            "; signez le PDF produit par medcert render, qui le contient");
  CHECK(field->message(Language::en) ==
        "this PDF has no signature field \"medcert_signature\" (signature fields present: \"another_field\"); sign "
        "the PDF that medcert render wrote, which has it");
  const auto without_field = sign_pdf(unsigned_pdf(""), *key, at_test_time());
  const auto* none = first_with_rule(without_field.diagnostics, "S-FIELD");
  REQUIRE(none);
  CHECK(none->param("fields", Language::fr) == "aucun");
  CHECK(none->param("fields", Language::en) == "none");

  SignOptions late = at_test_time();
  late.time = 4102444800;  // 2100-01-01: after the certificate expired
  const auto expired = sign_pdf(unsigned_pdf(), *key, late);
  const auto* validity = first_with_rule(expired.diagnostics, "S-CERTIFICATE");
  REQUIRE(validity);
  CHECK(validity->message_id == "S-CERTIFICATE.validity");
  const auto subject = validity->param("subject", Language::en);
  CHECK(subject.find("CN=") != std::string::npos);
  CHECK(validity->message(Language::fr) == "le certificat de signature (" + subject +
                                               ") n'est pas valide à la date de signature" + nnbsp +
                                               "; utilisez un certificat en cours de validité");
  CHECK(validity->message(Language::en) ==
        "the signing certificate (" + subject + ") is not valid at the signing time; use a certificate that is");
}

namespace {

// A clock at the test time: "now" for the library, which reads no clock of its own. Files as the system
// reads them, the signed box's fonts included, unless told that the font files are missing (the manifest
// is still there).
class TestEnvironment final : public Environment {
 public:
  explicit TestEnvironment(bool fonts_installed = true) : fonts_installed_(fonts_installed) {}
  std::optional<std::string> read_file(const std::string& path) const override {
    const bool is_font = path.size() >= 4 && path.compare(path.size() - 4, 4, ".ttf") == 0;
    if (is_font && !fonts_installed_) return std::nullopt;
    return system_environment()->read_file(path);
  }
  std::vector<std::string> list_directory(const std::string&) const override { return {}; }
  std::vector<std::string> list_subdirectories(const std::string&) const override { return {}; }
  std::int64_t now() const override { return kTime; }

 private:
  bool fonts_installed_;
};

}  // namespace

TEST_CASE("without a time, signing happens now: the environment's clock, not 1970") {
  const auto key = software_key();
  SignOptions options;
  options.environment = std::make_shared<TestEnvironment>();
  const auto signed_pdf = sign_pdf(unsigned_pdf(), *key, options);
  REQUIRE(signed_pdf.ok());
  CHECK(signed_pdf.pdf == sign_pdf(unsigned_pdf(), *key, at_test_time()).pdf);  // /M is the clock's time
  // The default environment is the system clock, inside the test certificate's validity (2020-2040).
  const auto now = sign_pdf(unsigned_pdf(), *key, SignOptions{});
  CHECK(now.ok());
  CHECK(now.category == SignCategory::ok);
}

// ---- the signed box: who signed and when, visible on a printed copy ------------------------------------

namespace {

// The text with its no-break spaces (U+00A0, U+202F) as plain spaces.
std::string plain(std::string text) {
  for (const std::string nbsp : {"\u00A0", "\u202F"})
    for (std::size_t at = text.find(nbsp); at != std::string::npos; at = text.find(nbsp, at)) text.replace(at, nbsp.size(), " ");
  return text;
}

// Every glyph 500 thousandths wide, "x" not in the font: widths and coverage the tests can compute.
class FixedMetrics final : public model::FontMetrics {
 public:
  bool covers(model::FontStyle, char32_t cp) const override { return cp != U'x'; }
  double advance(model::FontStyle, char32_t) const override { return 500; }
  double ascender(model::FontStyle) const override { return 900; }
  double descender(model::FontStyle) const override { return -200; }
};

std::string hex_of(const std::u32string& text) {
  std::string hex;
  for (const char32_t cp : text) hex += fmt::format("{:04X}", static_cast<unsigned>(cp));
  return hex;
}

}  // namespace

TEST_CASE("the signed box says when in French, « le 1er mars 2026 à 0 h 30 », in the practice's zone, else Paris's") {
  CHECK(plain(sign::signing_time_text(1772321400, "Europe/Paris")) == "le 1er mars 2026 à 0 h 30");  // 2026-02-28T23:30Z
  CHECK(plain(sign::signing_time_text(kTime, "Europe/Paris")) == "le 21 novembre 2026 à 1 h");
  CHECK(plain(sign::signing_time_text(kTime, "Indian/Reunion")) == "le 21 novembre 2026 à 4 h");
  CHECK(plain(sign::signing_time_text(kTime, "Europe/Lutece")) == "le 21 novembre 2026 à 1 h");
  CHECK(plain(sign::signing_time_text(kTime, "")) == "le 21 novembre 2026 à 1 h");
}

TEST_CASE("the signed box names the signer by the certificate's common name") {
  const auto chain = sign::parse_certificates(pki_file("signer.pem"));
  REQUIRE(chain.size() == 1);
  CHECK(sign::signer_name(chain.front().get()) == "Dr Claire Martin (TEST)");
}

TEST_CASE("the signed box's lines are centred inside it, a name too wide is set smaller, a missing glyph is « ? »") {
  const FixedMetrics metrics;
  sign::SignedBox box{nullptr, "Dr Claire Martin", "le 21 novembre 2026 à 1 h"};
  const double width = 190, height = 56;
  auto lines = sign::signed_box_lines(metrics, width, height, box);
  REQUIRE(lines.size() == 3);
  CHECK(lines[1].text == U"Dr Claire Martin");
  CHECK(lines[1].size == 11);  // 16 glyphs × 5.5 pt = 88 pt: fits
  double previous = 0;
  for (const auto& line : lines) {
    const double line_width = static_cast<double>(line.text.size()) * 0.5 * line.size;
    CHECK(line.x == Approx((width - line_width) / 2));
    CHECK(line.x >= 0);
    CHECK(line.baseline - 0.9 * line.size >= previous);  // below the line above, and inside the box
    previous = line.baseline + 0.2 * line.size;
  }
  CHECK(previous <= height);

  box.signer = std::string(60, 'M') + "x";  // 61 glyphs at 11 pt: 335.5 pt, for 182 available
  lines = sign::signed_box_lines(metrics, width, height, box);
  CHECK(lines[1].text == std::u32string(60, U'M') + U"?");
  CHECK(static_cast<double>(lines[1].text.size()) * 0.5 * lines[1].size == Approx(width - 8));
  CHECK(lines[1].x == Approx(4));
}

TEST_CASE("signing draws the signed box in the signed revision, in an embedded font, and the unsigned box is empty") {
  const std::string original = unsigned_pdf();
  const auto signed_pdf = sign_pdf(original, *software_key(), at_test_time());
  REQUIRE(signed_pdf.ok());
  CHECK(verify_pdf(signed_pdf.pdf).status == VerifyStatus::valid);  // the appearance is inside the signed bytes

  const auto appearance_of = [](const std::string& pdf) {
    auto document = pdf::load_document(pdf, false);
    const auto fields = sign::signature_fields(*document);
    REQUIRE(fields.size() == 1);
    PoDoFo::PdfObject* normal = pdf::entry(*document, *pdf::entry(*document, *fields.front().field, "AP"), "N");
    REQUIRE(normal);
    std::string fonts;
    if (PoDoFo::PdfObject* font = pdf::entry(*document, *normal, "Resources");
        font && (font = pdf::entry(*document, *font, "Font")) && (font = pdf::entry(*document, *font, "F1"))) {
      PoDoFo::PdfObject* cid = pdf::resolve(*document, &pdf::entry(*document, *font, "DescendantFonts")->GetArray()[0]);
      PoDoFo::PdfObject* descriptor = pdf::entry(*document, *cid, "FontDescriptor");
      fonts = pdf::has_name(*document, *font, "Subtype", "Type0") ? "Type0" : "?";
      fonts += pdf::has_name(*document, *cid, "Subtype", "CIDFontType2") ? " CIDFontType2" : " ?";
      fonts += pdf::entry(*document, *font, "ToUnicode") ? " ToUnicode" : "";
      fonts += pdf::entry(*document, *descriptor, "CIDSet") ? " CIDSet" : "";
      if (const PoDoFo::PdfObject* program = pdf::entry(*document, *descriptor, "FontFile2"))
        fonts += pdf::decoded_stream(*program).size() > 1000 ? " FontFile2" : " empty FontFile2";
    }
    return std::pair{pdf::decoded_stream(*normal), fonts};
  };
  const auto [empty_box, no_font] = appearance_of(original);
  CHECK(empty_box.find("Tj") == std::string::npos);
  CHECK(no_font.empty());
  const auto [signed_box, font] = appearance_of(signed_pdf.pdf);
  CHECK(font == "Type0 CIDFontType2 ToUnicode CIDSet FontFile2");
  for (const std::u32string text : {U"Signé électroniquement par", U"Dr Claire Martin (TEST)", U"le 21\u00A0novembre 2026 à 1\u00A0h"})
    CHECK(signed_box.find("<" + hex_of(text) + "> Tj") != std::string::npos);
}

TEST_CASE("without its fonts, the signed box cannot be drawn: the signature is refused, nothing is written") {
  SignOptions options = at_test_time();
  options.environment = std::make_shared<TestEnvironment>(false);
  const auto result = sign_pdf(unsigned_pdf(), *software_key(), options);
  CHECK_FALSE(result.ok());
  CHECK(result.pdf.empty());
  CHECK(result.category == SignCategory::internal);
  CHECK(has_rule(result.diagnostics, "C-FONT"));
}

TEST_CASE("protecting key material: no core file, a non-dumpable process, the private key in OpenSSL's secure heap") {
  REQUIRE(protect_key_material());
  CHECK(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
  rlimit core{};
  REQUIRE(getrlimit(RLIMIT_CORE, &core) == 0);
  CHECK(core.rlim_cur == 0);
  CHECK(core.rlim_max == 0);
  REQUIRE(CRYPTO_secure_malloc_initialized() == 1);
  const std::size_t before = CRYPTO_secure_used();
  {
    auto rsa = open_pkcs12(pki_file("signer.p12"), pki_password());
    REQUIRE(rsa.signer);
    CHECK(CRYPTO_secure_used() > before);  // RSA d, p, q and the CRT values
    auto ec = open_pkcs12(pki_file("ec-signer.p12"), pki_password());
    REQUIRE(ec.signer);
  }
  CHECK(CRYPTO_secure_used() == before);  // freed with the signers
  CHECK(protect_key_material());          // a second call changes nothing
}
