// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <sstream>

#include <fmt/format.h>

#include "load/load.hpp"
#include "pdf/cid_maps.hpp"
#include "pdf/dates.hpp"
#include "pdf/finalize.hpp"
#include "pdf/findings_json.hpp"
#include "pdf/podofo_document.hpp"
#include "pdf/read_back.hpp"
#include "pdf/sha256.hpp"
#include "pdf/truetype.hpp"
#include "pdf/untrusted.hpp"
#include "pdf/xmp.hpp"
#include "render/render.hpp"

using namespace medcert;
using model::FontStyle;
using PoDoFo::PdfMemDocument;
using PoDoFo::PdfObject;

namespace {

const std::string liberation = "/usr/share/fonts/truetype/liberation2/LiberationSerif-";
const std::map<FontStyle, std::string> fonts{{FontStyle::regular, liberation + "Regular.ttf"},
                                             {FontStyle::bold, liberation + "Bold.ttf"},
                                             {FontStyle::italic, liberation + "Italic.ttf"}};
const char* const kIcc = "/usr/share/color/icc/sRGB.icc";
constexpr std::int64_t kTime = 1795219200;  // 2026-11-21T00:00:00Z

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

class Files final : public Environment {
 public:
  std::optional<std::string> read_file(const std::string& path) const override {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return file_bytes(path);
  }
  std::vector<std::string> list_directory(const std::string&) const override { return {}; }
  std::vector<std::string> list_subdirectories(const std::string&) const override { return {}; }
  std::int64_t now() const override { return kTime; }
};

/// The same bytes under any name: a profile a test forges.
class OneFile final : public Environment {
 public:
  explicit OneFile(std::string bytes) : bytes_(std::move(bytes)) {}
  std::optional<std::string> read_file(const std::string&) const override { return bytes_; }
  std::vector<std::string> list_directory(const std::string&) const override { return {}; }
  std::vector<std::string> list_subdirectories(const std::string&) const override { return {}; }
  std::int64_t now() const override { return kTime; }

 private:
  std::string bytes_;
};

const pdf::OutputIntent& srgb() {
  static const auto intent = pdf::load_output_intent(Files{}, kIcc, "sRGB IEC61966-2.1");
  REQUIRE(intent.value);
  return *intent.value;
}

// Two pages, all three styles; the signature box on the second page, 200 × 60 pt, 700 pt from the top.
model::Pages two_pages() {
  model::Pages pages;
  pages.width = 595.276;
  pages.height = 841.89;
  pages.title = "Certificat <médical> & \"initial\"";
  pages.author = "Docteur Claire Martin";
  pages.pages.resize(2);
  pages.pages[0].texts.push_back({64, 80, 16, FontStyle::bold, "Certificat médical initial"});
  pages.pages[0].texts.push_back({64, 120, 11, FontStyle::italic, "«\u202FJ'ai été poussée\u202F»"});
  pages.pages[1].texts.push_back({64, 100, 11, FontStyle::regular, "Fait à Lyon, le 20 novembre 2026."});
  pages.pages[1].rects.push_back({300, 700, 200, 60, 0.5});
  pages.signature = model::SignatureBox{1, 300, 700, 200, 60};
  return pages;
}

std::string rendered() {
  static const std::string bytes = [] {
    auto result = render::render(two_pages(), fonts, render::RenderOptions{kTime});
    REQUIRE(result.value);
    return *result.value;
  }();
  return bytes;
}

const std::string kJson = "{\n  \"medcert\": 1\n}\n";

// Findings touching every kind of value: dates alone and with offsets, decimals, a boolean, lines, lists,
// optional sections (requisition, interpreter, ITT).
const std::string kFindings = R"(medcert: 1
template: medecin.cmi-violences-majeur
author: {given_name: Claire, family_name: Martin, profession: medecin, rpps: "10000000009",
         address: ["12 rue des Tilleuls", "69003 Lyon"]}
patient: {civility: madame, family_name: Exemple, given_names: Alice, birth_date: 1990-04-12, identity: verified}
examination:
  datetime: 2026-11-20T10:15:00+01:00
  place_type: cabinet
  request_mode: requisition
  requisition: {authority: Commissariat de Lyon 8e, reference: "PV 2026/000123", datetime: 2026-11-20T09:00:00+01:00}
  interpreter: {kind: interprete, given_name: Samir, family_name: Fictif, language: arabe}
facts: {datetime: 2026-11-19}
complaints: ["J'ai mal, « vraiment »."]
lesions:
  - {type: ecchymose, region: avant_bras, size: {length_cm: 4, width_cm: 2.5}}
follow_up_certificate: false
itt: {mode: fixed, days: 2}
issuance: {datetime: 2026-11-20T09:50:00-03:00, place: Lyon, recipient: patient}
)";

pdf::FinalizeInput input(pdf::Conformance level, std::string json = kJson) {
  const auto pages = two_pages();
  return pdf::FinalizeInput{level,
                            kTime,
                            pages.title,
                            pages.author,
                            pdf::CertificateIdentity{"medecin.cmi-violences-majeur", 3, "medecin", false},
                            std::move(json),
                            pages.signature,
                            &srgb()};
}

std::string finalized(pdf::Conformance level, std::string json = kJson) {
  auto result = pdf::finalize(rendered(), input(level, std::move(json)));
  INFO((result.diagnostics.empty() ? std::string() : result.diagnostics.front().message_en));
  REQUIRE(result.value);
  return *result.value;
}

const PdfObject& must(const PdfObject* object) {
  REQUIRE(object != nullptr);
  return *object;
}

std::string name_of(const PdfMemDocument& doc, const PdfObject& object, const char* key) {
  return must(pdf::entry(doc, object, key)).GetName().GetName();
}

std::string text_of(const PdfMemDocument& doc, const PdfObject& object, const char* key) {
  return must(pdf::entry(doc, object, key)).GetString().GetStringUtf8();
}

std::vector<const PdfObject*> objects_of_type(const PdfMemDocument& doc, const char* type) {
  std::vector<const PdfObject*> found;
  for (const PdfObject* object : doc.GetObjects())
    if (pdf::has_name(doc, *object, "Type", type)) found.push_back(object);
  return found;
}

// True when a bfrange line of the CMap maps `cp` to itself.
bool maps_identically(const std::string& cmap, unsigned cp) {
  static const std::regex line("<([0-9A-F]{4})> <([0-9A-F]{4})> <([0-9A-F]{4})>");
  for (std::sregex_iterator it(cmap.begin(), cmap.end(), line), end; it != end; ++it) {
    const auto first = std::stoul((*it)[1], nullptr, 16), last = std::stoul((*it)[2], nullptr, 16);
    if (first <= cp && cp <= last) return std::stoul((*it)[3], nullptr, 16) == first;
  }
  return false;
}

}  // namespace

TEST_CASE("dates: one instant, written as the Info dictionary and as XMP write it") {
  CHECK(pdf::pdf_date(kTime) == "D:20261121000000+00'00'");
  CHECK(pdf::xmp_date(kTime) == "2026-11-21T00:00:00+00:00");
  CHECK(pdf::xmp_date(kTime + 3723) == "2026-11-21T01:02:03+00:00");
  CHECK(pdf::pdf_date(-1) == "D:19691231235959+00'00'");
}

TEST_CASE("xmp: escaped values, PDF/A part, dates, and an extension schema for every medcert property") {
  pdf::XmpInput in{pdf::Conformance::a1b, "A <b> & \"c\" 'd'", "Docteur Ève Martin", "medcert 1", "medcert 1 (x)", kTime,
                   pdf::CertificateIdentity{"medecin.cmi", 3, "medecin", false}, std::string(64, 'a')};
  const std::string xmp = pdf::xmp_packet(in);
  CHECK(xmp.find("A &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;") != std::string::npos);
  CHECK(xmp.find("A <b>") == std::string::npos);
  CHECK(pdf::xmp_property(xmp, "pdfaid:part") == "1");
  CHECK(pdf::xmp_property(xmp, "pdfaid:conformance") == "B");
  CHECK(pdf::xmp_property(xmp, "xmp:CreateDate") == "2026-11-21T00:00:00+00:00");
  CHECK(pdf::xmp_property(xmp, "xmp:ModifyDate") == "2026-11-21T00:00:00+00:00");
  CHECK(pdf::xmp_property(xmp, "xmp:MetadataDate") == "2026-11-21T00:00:00+00:00");
  CHECK(pdf::xmp_property(xmp, "pdf:Producer") == "medcert 1 (x)");
  CHECK(pdf::xmp_property(xmp, "medcert:TemplateId") == "medecin.cmi");
  CHECK(pdf::xmp_property(xmp, "medcert:TemplateVersion") == "3");
  CHECK(pdf::xmp_property(xmp, "medcert:Profession") == "medecin");
  CHECK(pdf::xmp_property(xmp, "medcert:FindingsSHA256") == std::string(64, 'a'));
  CHECK(pdf::xmp_property(xmp, "medcert:Specimen") == "False");
  CHECK_FALSE(pdf::xmp_property(xmp, "medcert:Nothing"));
  for (const char* name : {"TemplateId", "TemplateVersion", "Profession", "FindingsSHA256", "Specimen"})
    CHECK(xmp.find(std::string("<pdfaProperty:name>") + name + "</pdfaProperty:name>") != std::string::npos);
  CHECK(xmp.find(std::string(pdf::kMedcertNamespace)) != std::string::npos);

  in.level = pdf::Conformance::a3b;
  in.certificate.specimen = true;
  in.author.clear();
  const std::string three = pdf::xmp_packet(in);
  CHECK(pdf::xmp_property(three, "pdfaid:part") == "3");
  CHECK(pdf::xmp_property(three, "medcert:Specimen") == "True");
  CHECK(three.find("dc:creator") == std::string::npos);  // no author: absent, as from Info
}

TEST_CASE("cid maps: the CIDs a CIDToGIDMap holds, a ToUnicode without begincidrange, a CIDSet") {
  std::string map(2 * 0x120, '\0');
  const auto gid = [&map](std::size_t cid, int value) {
    map[2 * cid] = static_cast<char>(value >> 8);
    map[2 * cid + 1] = static_cast<char>(value & 0xff);
  };
  gid(0x41, 36);
  gid(0x42, 37);
  gid(0xFF, 300);
  gid(0x100, 301);
  gid(0x101, 900);  // beyond the program's 500 glyphs: not held
  const auto cids = pdf::mapped_cids(map, 500);
  CHECK(cids == std::vector<std::uint16_t>{0x41, 0x42, 0xFF, 0x100});

  const std::string cmap = pdf::identity_to_unicode(cids);
  CHECK(cmap.find("begincidrange") == std::string::npos);
  CHECK(cmap.find("3 beginbfrange\n<0041> <0042> <0041>\n<00FF> <00FF> <00FF>\n<0100> <0100> <0100>\n") !=
        std::string::npos);
  CHECK(cmap.find("/CMapName /Adobe-Identity-UCS") != std::string::npos);

  std::vector<std::uint16_t> many;
  for (std::uint16_t cp = 0x20; cp < 0x20 + 2 * 150; cp += 2) many.push_back(cp);
  many.push_back(0xD800);  // a surrogate is no character: never mapped
  const std::string blocks = pdf::identity_to_unicode(many);
  CHECK(blocks.find("100 beginbfrange") != std::string::npos);
  CHECK(blocks.find("50 beginbfrange") != std::string::npos);
  CHECK(blocks.find("<D800>") == std::string::npos);

  const std::string set = pdf::cid_set({1, 9, 15});
  CHECK(set == std::string("\xC0\x41", 2));  // bits 0 (.notdef), 1, 9, 15
}

TEST_CASE("truetype: units per em, glyph count and cap height of the embedded program") {
  const auto facts = pdf::read_truetype(file_bytes(fonts.at(FontStyle::regular)));
  REQUIRE(facts);
  CHECK(facts->units_per_em == 2048);
  CHECK(facts->glyph_count > 2000);
  REQUIRE(facts->cap_height);
  CHECK(*facts->cap_height == 1341);
  CHECK_FALSE(pdf::read_truetype("not a font"));
  CHECK_FALSE(pdf::read_truetype(file_bytes(fonts.at(FontStyle::regular)).substr(0, 200)));
}

TEST_CASE("findings json: canonical, values only, and itself valid findings that load back the same") {
  const auto loaded = load::load_findings(kFindings, "findings.yaml");
  REQUIRE(loaded.value);
  REQUIRE(loaded.diagnostics.empty());
  const std::string json = pdf::findings_json(*loaded.value);
  CHECK(json.find("\"medcert\": 1") != std::string::npos);
  CHECK(json.find("\"length_cm\": 4.0") != std::string::npos);
  CHECK(json.find("\"width_cm\": 2.5") != std::string::npos);
  CHECK(json.find("\"datetime\": \"2026-11-20T10:15:00+01:00\"") != std::string::npos);
  CHECK(json.find("\"datetime\": \"2026-11-19\"") != std::string::npos);  // a date alone stays a date
  CHECK(json.find("\"datetime\": \"2026-11-20T09:50:00-03:00\"") != std::string::npos);
  CHECK(json.find("\"requisition\": {\n      \"authority\"") != std::string::npos);
  CHECK(json.find("\"language\": \"arabe\"") != std::string::npos);
  CHECK(json.find("J'ai mal, « vraiment ».") != std::string::npos);  // UTF-8 as is, not \u escapes
  CHECK(json.find("\"birth_date\": \"1990-04-12\"") != std::string::npos);
  CHECK(json.find("\"rpps\": \"10000000009\"") != std::string::npos);
  CHECK(json.find("\"follow_up_certificate\": false") != std::string::npos);
  CHECK(json.find("line") == std::string::npos);  // no positions
  CHECK(json.find("birth_name") == std::string::npos);  // absent stays absent
  CHECK(json.find("\"author\"") < json.find("\"patient\""));  // keys sorted
  CHECK(json.back() == '\n');

  const auto again = load::load_findings(json, "embedded.json");
  REQUIRE(again.value);
  CHECK(again.diagnostics.empty());
  CHECK(pdf::findings_json(*again.value) == json);
}

TEST_CASE("output intent: an ICC v2 RGB profile is accepted, a missing or v4 profile is C-ICC") {
  CHECK(srgb().profile.size() > 1000);
  CHECK(srgb().identifier == "sRGB IEC61966-2.1");
  const auto missing = pdf::load_output_intent(Files{}, "/nowhere/sRGB.icc", "sRGB");
  REQUIRE(missing.diagnostics.size() == 1);
  CHECK(missing.diagnostics[0].rule == "C-ICC");
  CHECK_FALSE(missing.value);
  std::string v4 = srgb().profile;
  v4[8] = 4;
  const auto refused = pdf::load_output_intent(OneFile(v4), "v4.icc", "sRGB");
  REQUIRE(refused.diagnostics.size() == 1);
  CHECK(refused.diagnostics[0].message_en.find("version 4") != std::string::npos);
  const auto unnamed = pdf::load_output_intent(Files{}, "", "sRGB");
  CHECK(unnamed.diagnostics.at(0).rule == "C-ICC");
}

TEST_CASE("finalize 3b: identification, Info and XMP agree, findings as an associated file") {
  const std::string json = "{\n  \"medcert\": 1,\n  \"note\": \"é\"\n}\n";
  const std::string pdf = finalized(pdf::Conformance::a3b, json);
  CHECK(pdf.rfind("%PDF-1.7\n", 0) == 0);
  const auto doc = pdf::load_document(pdf, false);
  const PdfObject& catalog = *doc->GetCatalog();

  const PdfObject& info = *doc->GetInfo()->GetObject();
  CHECK(text_of(*doc, info, "Title") == "Certificat <médical> & \"initial\"");
  CHECK(text_of(*doc, info, "Author") == "Docteur Claire Martin");
  CHECK(text_of(*doc, info, "CreationDate") == "D:20261121000000+00'00'");
  // In the bytes: loading with PoDoFo (as here) stamps /ModDate with "now" again.
  CHECK(pdf.find("/ModDate (D:20261121000000+00'00')") != std::string::npos);
  const PdfObject& metadata = must(pdf::entry(*doc, catalog, "Metadata"));
  CHECK_FALSE(metadata.GetDictionary().HasKey("Filter"));
  const std::string xmp = pdf::decoded_stream(metadata);
  CHECK(pdf::xmp_property(xmp, "pdfaid:part") == "3");
  CHECK(pdf::xmp_property(xmp, "pdf:Producer") == text_of(*doc, info, "Producer"));
  CHECK(pdf::xmp_property(xmp, "xmp:CreatorTool") == text_of(*doc, info, "Creator"));
  CHECK(xmp.find("Certificat &lt;médical&gt; &amp; &quot;initial&quot;") != std::string::npos);
  CHECK(pdf::xmp_property(xmp, "medcert:FindingsSHA256") == pdf::sha256_hex(json));
  CHECK(pdf::xmp_property(xmp, "medcert:TemplateId") == "medecin.cmi-violences-majeur");

  const PdfObject& af = must(pdf::entry(*doc, catalog, "AF"));
  REQUIRE(af.GetArray().size() == 1);
  const PdfObject& spec = must(pdf::resolve(*doc, &af.GetArray()[0]));
  CHECK(name_of(*doc, spec, "AFRelationship") == "Source");
  CHECK(text_of(*doc, spec, "F") == "medcert-findings.json");
  CHECK(text_of(*doc, spec, "UF") == "medcert-findings.json");
  CHECK_FALSE(text_of(*doc, spec, "Desc").empty());
  const PdfObject& stream = must(pdf::entry(*doc, must(pdf::entry(*doc, spec, "EF")), "F"));
  CHECK(name_of(*doc, stream, "Subtype") == "application/json");
  CHECK(text_of(*doc, must(pdf::entry(*doc, stream, "Params")), "ModDate") == "D:20261121000000+00'00'");
  CHECK(pdf::decoded_stream(stream) == json);

  const auto back = pdf::read_back(pdf);
  REQUIRE(back.value);
  CHECK(back.value->findings_json == json);
  CHECK(back.value->xmp == xmp);

  const auto& intents = must(pdf::entry(*doc, catalog, "OutputIntents")).GetArray();
  REQUIRE(intents.size() == 1);
  CHECK(name_of(*doc, intents[0], "S") == "GTS_PDFA1");
  const PdfObject& profile = must(pdf::entry(*doc, intents[0], "DestOutputProfile"));
  CHECK(must(pdf::entry(*doc, profile, "N")).GetNumber() == 3);
  CHECK(pdf::decoded_stream(profile) == srgb().profile);
}

TEST_CASE("finalize 1b and 2b: no attachment, the findings' hash only") {
  for (const auto level : {pdf::Conformance::a1b, pdf::Conformance::a2b}) {
    const std::string pdf = finalized(level);
    CHECK(pdf.rfind(level == pdf::Conformance::a1b ? "%PDF-1.4\n" : "%PDF-1.7\n", 0) == 0);
    const auto doc = pdf::load_document(pdf, false);
    CHECK_FALSE(doc->GetCatalog()->GetDictionary().HasKey("AF"));
    CHECK_FALSE(doc->GetCatalog()->GetDictionary().HasKey("Names"));
    const auto back = pdf::read_back(pdf);
    REQUIRE(back.value);
    CHECK_FALSE(back.value->findings_json);
    CHECK(pdf::xmp_property(back.value->xmp, "pdfaid:part") == (level == pdf::Conformance::a1b ? "1" : "2"));
    CHECK(pdf::xmp_property(back.value->xmp, "medcert:FindingsSHA256") == pdf::sha256_hex(kJson));
  }
}

TEST_CASE("finalize: every CID font gets CapHeight, a CIDSet and a ToUnicode that maps its text") {
  const auto doc = pdf::load_document(finalized(pdf::Conformance::a1b), false);
  const auto descriptors = objects_of_type(*doc, "FontDescriptor");
  CHECK(descriptors.size() == 3);  // regular, bold, italic
  for (const PdfObject* descriptor : descriptors) {
    CHECK(must(pdf::entry(*doc, *descriptor, "CapHeight")).GetNumber() == 655);  // 1341 / 2048 em
    const std::string set = pdf::decoded_stream(must(pdf::entry(*doc, *descriptor, "CIDSet")));
    const auto has = [&set](unsigned cid) { return cid / 8 < set.size() && (set[cid / 8] & (0x80 >> (cid % 8))) != 0; };
    CHECK(has('A'));
    CHECK(has(0x202F));  // narrow no-break space: Liberation Serif has it
    CHECK_FALSE(has(0xD800));
  }
  for (const PdfObject* font : objects_of_type(*doc, "Font")) {
    if (!pdf::has_name(*doc, *font, "Subtype", "Type0")) continue;
    const std::string cmap = pdf::decoded_stream(must(pdf::entry(*doc, *font, "ToUnicode")));
    CHECK(cmap.find("begincidrange") == std::string::npos);
    CHECK(maps_identically(cmap, 'A'));
    CHECK(maps_identically(cmap, 0x202F));
    // libharu's whole-BMP CIDToGIDMap, cut after the last CID that has a glyph; the font's streams compressed.
    const PdfObject& descendants = must(pdf::entry(*doc, *font, "DescendantFonts"));
    const PdfObject& cid_font = must(pdf::resolve(*doc, &descendants.GetArray()[0]));
    const PdfObject& map = must(pdf::entry(*doc, cid_font, "CIDToGIDMap"));
    const std::string gids = pdf::decoded_stream(map);
    REQUIRE(gids.size() >= 2);
    CHECK(gids.size() % 2 == 0);
    CHECK(gids.size() < 2 * 0x10000);
    CHECK((gids[gids.size() - 2] != 0 || gids[gids.size() - 1] != 0));
    CHECK(map.GetDictionary().HasKey("Filter"));
    const PdfObject& descriptor = must(pdf::entry(*doc, cid_font, "FontDescriptor"));
    CHECK(must(pdf::entry(*doc, descriptor, "FontFile2")).GetDictionary().HasKey("Filter"));
  }
}

TEST_CASE("finalize: one empty, printable signature field on the layout's box, no font needed") {
  const auto doc = pdf::load_document(finalized(pdf::Conformance::a3b), false);
  const PdfObject& form = must(pdf::entry(*doc, *doc->GetCatalog(), "AcroForm"));
  CHECK(must(pdf::entry(*doc, form, "SigFlags")).GetNumber() == 1);
  for (const char* absent : {"DA", "DR", "NeedAppearances"}) CHECK_FALSE(form.GetDictionary().HasKey(absent));
  const auto& fields = must(pdf::entry(*doc, form, "Fields")).GetArray();
  REQUIRE(fields.size() == 1);
  const PdfObject& field = must(pdf::resolve(*doc, &fields[0]));
  CHECK(text_of(*doc, field, "T") == "medcert_signature");
  CHECK(name_of(*doc, field, "FT") == "Sig");
  CHECK(name_of(*doc, field, "Subtype") == "Widget");
  CHECK_FALSE(field.GetDictionary().HasKey("V"));
  CHECK(must(pdf::entry(*doc, field, "F")).GetNumber() == 4);
  const PdfObject* page = doc->GetPage(1)->GetObject();
  CHECK(field.GetDictionary().GetKey("P")->GetReference() == page->Reference());
  CHECK(must(pdf::entry(*doc, *page, "Annots")).GetArray().size() == 1);
  // Top-left (300, 700), 200 × 60 on a page 841.89 tall → PDF [300 81.89 500 141.89].
  const PoDoFo::PdfRect rect(must(pdf::entry(*doc, field, "Rect")).GetArray());
  CHECK(rect.GetLeft() == Approx(300));
  CHECK(rect.GetBottom() == Approx(81.89));
  CHECK(rect.GetWidth() == Approx(200));
  CHECK(rect.GetHeight() == Approx(60));
  const PdfObject& appearance = must(pdf::entry(*doc, must(pdf::entry(*doc, field, "AP")), "N"));
  CHECK_FALSE(pdf::decoded_stream(appearance).empty());
  CHECK(name_of(*doc, appearance, "Subtype") == "Form");
}

TEST_CASE("finalize: the same input gives the same bytes, the /ID follows the content") {
  const std::string once = finalized(pdf::Conformance::a3b);
  CHECK(finalized(pdf::Conformance::a3b) == once);
  const std::string other = finalized(pdf::Conformance::a3b, "{\n  \"medcert\": 2\n}\n");
  const auto id_of = [](const std::string& pdf) { return pdf.substr(pdf.rfind("/ID"), 75); };
  CHECK(id_of(once) != id_of(other));
  const auto doc = pdf::load_document(once, false);
  const auto& ids = must(doc->GetTrailer()->GetDictionary().GetKey("ID")).GetArray();
  REQUIRE(ids.size() == 2);
  CHECK(ids[0].GetString().GetLength() == 16);
}

TEST_CASE("finalize and read back: bad input is a diagnostic, never a crash") {
  auto on_garbage = pdf::finalize("%PDF-1.4\nnot really a PDF", input(pdf::Conformance::a3b));
  CHECK_FALSE(on_garbage.value);
  REQUIRE(on_garbage.diagnostics.size() == 1);
  CHECK(on_garbage.diagnostics[0].rule == "P-FINALIZE");

  auto beyond = input(pdf::Conformance::a3b);
  beyond.signature.page = 5;
  const auto no_page = pdf::finalize(rendered(), beyond);
  REQUIRE(no_page.diagnostics.size() == 1);
  CHECK(no_page.diagnostics[0].message_en.find("page 6") != std::string::npos);

  for (const std::string& bytes : {std::string(), std::string("hello"), rendered().substr(0, rendered().size() / 2)}) {
    const auto back = pdf::read_back(bytes);
    CHECK_FALSE(back.value);
    REQUIRE(back.diagnostics.size() == 1);
    CHECK(back.diagnostics[0].rule == "P-UNREADABLE");
  }
  const auto plain = pdf::read_back(rendered());  // a PDF without medcert's additions
  REQUIRE(plain.value);
  CHECK_FALSE(plain.value->findings_json);
  CHECK(plain.value->xmp.empty());
}

TEST_CASE("issuance place: read from the embedded findings' JSON, empty when absent or malformed") {
  const auto back = pdf::read_back(finalized(pdf::Conformance::a3b, R"({"issuance": {"place": "Saint-Étienne"}})"));
  REQUIRE(back.value);
  CHECK(pdf::embedded_text(*back.value, "issuance", "place") == "Saint-Étienne");
  for (const char* json : {R"({"issuance": {"place": 3}})", R"({"issuance": "Lyon"})", "[1]", "{not json", ""})
    CHECK(pdf::embedded_text(pdf::ReadBack{"", std::string(json)}, "issuance", "place").empty());
  CHECK(pdf::embedded_text(pdf::ReadBack{}, "issuance", "place").empty());  // 1b and 2b embed no findings
}

namespace {

// A small PDF: catalog 1 (with `catalog_extra`), pages 2, an empty page 3, then `more` as objects 4, 5...
std::string small_pdf(const std::string& catalog_extra, const std::vector<std::string>& more = {}) {
  std::vector<std::string> objects{"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + ">>",
                                   "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                   "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
  objects.insert(objects.end(), more.begin(), more.end());
  std::string out = "%PDF-1.7\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += fmt::format("{} 0 obj\n{}\nendobj\n", i + 1, objects[i]);
  }
  const std::size_t xref = out.size();
  out += fmt::format("xref\n0 {}\n0000000000 65535 f \n", objects.size() + 1);
  for (const std::size_t at : offsets) out += fmt::format("{:010} 00000 n \n", at);
  out += fmt::format("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{}\n%%EOF\n", objects.size() + 1, xref);
  return out;
}

std::string nested(std::size_t depth) {
  std::string text;
  for (std::size_t i = 0; i < depth; ++i) text += "<< /A ";
  text += "null";
  for (std::size_t i = 0; i < depth; ++i) text += " >>";
  return text;
}

std::string xmp_of_size(std::size_t size) {
  return fmt::format("<< /Type /Metadata /Subtype /XML /Length {} >>\nstream\n{}\nendstream", size, std::string(size, 'x'));
}

// The same pages, listed by a cross-reference stream (object 4, rows uncompressed) with `extra` in its
// dictionary.
std::string xref_stream_pdf(const std::string& extra) {
  std::string out = "%PDF-1.5\n";
  std::vector<std::size_t> offsets{0};
  for (const char* body : {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                           "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"}) {
    offsets.push_back(out.size());
    out += fmt::format("{} 0 obj\n{}\nendobj\n", offsets.size() - 1, body);
  }
  offsets.push_back(out.size());
  std::string rows;
  for (std::size_t i = 0; i < offsets.size(); ++i) {  // W [1 4 2]: type, offset, generation
    rows += static_cast<char>(i == 0 ? 0 : 1);
    for (int shift = 24; shift >= 0; shift -= 8) rows += static_cast<char>((offsets[i] >> shift) & 0xff);
    rows += i == 0 ? std::string("\xff\xff") : std::string(2, '\0');
  }
  out += fmt::format("4 0 obj\n<< /Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Length {} {}>>\nstream\n{}\nendstream\nendobj\n",
                     rows.size(), extra, rows);
  return out + fmt::format("startxref\n{}\n%%EOF\n", offsets.back());
}

std::string rule_of(const std::optional<Diagnostic>& refusal) { return refusal ? refusal->message_id : "none"; }

}  // namespace

TEST_CASE("untrusted PDFs: medcert's own pass the gate, encryption, deep nesting and too many objects do not") {
  CHECK_FALSE(pdf::screen_untrusted(finalized(pdf::Conformance::a3b)));
  CHECK_FALSE(pdf::screen_untrusted(small_pdf("/Deep 4 0 R ", {nested(pdf::kMaxPdfNesting)})));
  CHECK(rule_of(pdf::screen_untrusted(small_pdf("/Deep 4 0 R ", {nested(pdf::kMaxPdfNesting + 1)}))) == "V-LIMIT.nesting");
  CHECK(rule_of(pdf::screen_untrusted(small_pdf("/Deep [[4 0 R]] ", {"[" + nested(pdf::kMaxPdfNesting - 1) + "]"}))) ==
        "none");  // a reference starts over: only nesting inside one object counts
  // Beyond qpdf's own limit (500), qpdf refuses to parse: an exception, which callers report as unreadable.
  CHECK_THROWS_AS(pdf::screen_untrusted(small_pdf("/Deep 4 0 R ", {nested(1000)})), std::runtime_error);
  CHECK(rule_of(pdf::screen_untrusted(small_pdf("/Encrypt 4 0 R ", {"<< /Filter /Standard >>"}))) == "V-ENCRYPTED");
  CHECK(rule_of(pdf::screen_untrusted(small_pdf("/EncryptLater 1 ")) ) == "none");  // a name that only starts alike
  std::vector<std::string> many(pdf::kMaxPdfObjects, "1");
  CHECK(rule_of(pdf::screen_untrusted(small_pdf("", many))) == "V-LIMIT.objects");
  many.resize(pdf::kMaxPdfObjects - 4);  // with the catalog, the pages and the page: below the limit
  CHECK(rule_of(pdf::screen_untrusted(small_pdf("", many))) == "none");
  CHECK_THROWS_AS(pdf::screen_untrusted("%PDF-1.7\nnot really a PDF"), std::runtime_error);
}

TEST_CASE("untrusted PDFs: a cross-reference stream is read first only when its filter is plain FlateDecode or none") {
  CHECK(rule_of(pdf::screen_untrusted(xref_stream_pdf(""))) == "none");
  // What the gate could not bound before qpdf inflates it is refused: another filter, a chain, # escapes.
  for (const char* extra : {"/Filter /LZWDecode ", "/Filter [/FlateDecode /ASCIIHexDecode] ", "/Filter /Fl ",
                            "/F#69lter /FlateDecode "})
    CHECK_THROWS_AS(pdf::screen_untrusted(xref_stream_pdf(extra)), std::runtime_error);
}

TEST_CASE("read back: the XMP and the findings are read up to 1 MiB decoded, beyond it refused (V-LIMIT.stream)") {
  const auto at_limit = pdf::read_back(small_pdf("/Metadata 4 0 R ", {xmp_of_size(pdf::kMaxReadStreamBytes)}));
  REQUIRE(at_limit.value);
  CHECK(at_limit.value->xmp.size() == pdf::kMaxReadStreamBytes);
  const auto over = pdf::read_back(small_pdf("/Metadata 4 0 R ", {xmp_of_size(pdf::kMaxReadStreamBytes + 1)}));
  CHECK_FALSE(over.value);
  REQUIRE(over.diagnostics.size() == 1);
  CHECK(over.diagnostics[0].message_id == "V-LIMIT.stream");
  CHECK(over.diagnostics[0].message_en.find("the XMP metadata") != std::string::npos);
  CHECK(over.diagnostics[0].message_fr.find("les métadonnées XMP") != std::string::npos);
  const auto encrypted = pdf::read_back(small_pdf("/Encrypt 4 0 R ", {"<< /Filter /Standard >>"}));
  REQUIRE(encrypted.diagnostics.size() == 1);
  CHECK(encrypted.diagnostics[0].rule == "V-ENCRYPTED");
}
