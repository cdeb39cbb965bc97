// SPDX-License-Identifier: Apache-2.0
#include "sign_fixtures.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <podofo.h>

namespace medcert::test {
namespace {

using namespace PoDoFo;

struct Pki {
  std::filesystem::path dir;
  Pki() {
    std::string pattern = (std::filesystem::temp_directory_path() / "medcert-pki-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    dir = pattern;
    const std::string command =
        "bash '" MEDCERT_SOURCE_DIR "/tests/e2e/make_test_pki.sh' '" + dir.string() + "' >/dev/null";
    if (std::system(command.c_str()) != 0) throw std::runtime_error("make_test_pki.sh failed");
  }
  ~Pki() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
};

std::string written(PdfMemDocument& document) {
  document.SetWriteMode(ePdfWriteMode_Clean);
  PdfRefCountedBuffer buffer;
  PdfOutputDevice device(&buffer);
  document.Write(&device);
  return std::string(buffer.GetBuffer(), device.GetLength());
}

// As finalize writes it (src/pdf/signature_field.cpp): field and widget in one dictionary, no /V.
void add_empty_field(PdfMemDocument& document, PdfPage& page, const std::string& name) {
  PdfObject* appearance = document.GetObjects().CreateObject("XObject");
  appearance->GetDictionary().AddKey(PdfName::KeySubtype, PdfName("Form"));
  PdfVariant bbox;
  PdfRect(0, 0, 200, 60).ToVariant(bbox);
  appearance->GetDictionary().AddKey("BBox", bbox);
  const std::string frame = "q 0.5 w 0.25 0.25 199.5 59.5 re S Q\n";
  appearance->GetStream()->Set(frame.data(), static_cast<pdf_long>(frame.size()));
  PdfDictionary ap;
  ap.AddKey("N", appearance->Reference());

  PdfObject* widget = document.GetObjects().CreateObject("Annot");
  PdfDictionary& field = widget->GetDictionary();
  field.AddKey(PdfName::KeySubtype, PdfName("Widget"));
  field.AddKey("FT", PdfName("Sig"));
  field.AddKey("T", PdfString(name));
  PdfVariant rect;
  PdfRect(300, 100, 200, 60).ToVariant(rect);
  field.AddKey(PdfName::KeyRect, rect);
  field.AddKey("F", static_cast<pdf_int64>(4));
  field.AddKey("P", page.GetObject()->Reference());
  field.AddKey("AP", ap);
  PdfArray annots;
  annots.push_back(widget->Reference());
  page.GetObject()->GetDictionary().AddKey("Annots", annots);
  PdfAcroForm* form = document.GetAcroForm(true, ePdfAcroFormDefaultAppearance_None);
  PdfArray fields;
  fields.push_back(widget->Reference());
  form->GetObject()->GetDictionary().AddKey("Fields", fields);
  form->GetObject()->GetDictionary().AddKey("SigFlags", static_cast<pdf_int64>(1));
}

}  // namespace

const std::string& pki_dir() {
  static const Pki pki;
  static const std::string dir = pki.dir.string();
  return dir;
}

std::string pki_file(const std::string& name) {
  std::ifstream in(pki_dir() + "/" + name, std::ios::binary);
  if (!in) throw std::runtime_error("missing PKI file " + name);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::move(bytes).str();
}

std::string pki_password() {
  std::string text = pki_file("password");
  return text.substr(0, text.find('\n'));
}

std::string unsigned_pdf(const std::string& field) {
  PdfError::EnableDebug(false);
  PdfError::EnableLogging(false);
  PdfMemDocument document;
  PdfPage* page = document.CreatePage(PdfPage::CreateStandardPageSize(ePdfPageSize_A4));
  PdfPainter painter;
  painter.SetPage(page);
  painter.Rectangle(72, 700, 300, 50);
  painter.Stroke();
  painter.FinishPage();
  PdfDictionary& info = document.GetInfo()->GetObject()->GetDictionary();
  info.AddKey("Title", PdfString("Certificat de test"));
  info.AddKey("CreationDate", PdfString("D:20261120101500+00'00'"));
  info.AddKey("ModDate", PdfString("D:20261120101500+00'00'"));
  if (!field.empty()) add_empty_field(document, *page, field);
  return written(document);
}

std::string append_revision(const std::string& pdf) {
  PdfMemDocument document;
  document.LoadFromBuffer(pdf.data(), static_cast<long>(pdf.size()), true);
  document.GetInfo()->GetObject()->GetDictionary().AddKey("Title", PdfString("Changed after signing"));
  document.SetWriteMode(ePdfWriteMode_Clean);
  PdfRefCountedBuffer buffer;
  PdfOutputDevice device(&buffer);
  document.WriteUpdate(&device, true);
  return std::string(buffer.GetBuffer(), device.GetLength());
}

std::string info_mod_date(const std::string& pdf) {
  PdfVecObjects objects;
  objects.SetAutoDelete(true);  // a PdfVecObjects owns its objects only when told so
  PdfParser parser(&objects, pdf.data(), static_cast<long>(pdf.size()), true);
  const PdfObject* info = objects.GetObject(parser.GetTrailer()->GetDictionary().GetKey("Info")->GetReference());
  const PdfObject* date = info->GetDictionary().GetKey("ModDate");
  return date ? date->GetString().GetStringUtf8() : std::string();
}

}  // namespace medcert::test
