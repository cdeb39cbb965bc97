// SPDX-License-Identifier: Apache-2.0
#include "pdf/xmp.hpp"

#include <array>

#include <fmt/format.h>

#include "pdf/dates.hpp"

namespace medcert::pdf {
namespace {

struct PropertyDeclaration {
  const char* name;
  const char* value_type;
  const char* description;
};

// Declared once for the extension schema, written once as values: the two lists cannot drift apart.
constexpr std::array<PropertyDeclaration, 6> kProperties{{
    {"TemplateId", "Text", "Identifier of the medcert template the certificate was written from"},
    {"TemplateVersion", "Integer", "Version of that template"},
    {"Profession", "Text", "Profession of the author (medcert identifier, in French)"},
    {"FindingsSHA256", "Text", "Lowercase hexadecimal SHA-256 of the canonical findings JSON"},
    {"Specimen", "Boolean", "True for a training specimen, which is not a certificate"},
    {"Signature", "Text", "How the template wants the document signed: electronic, or handwritten (printed)"},
}};

std::string property_values(const XmpInput& in) {
  const CertificateIdentity& c = in.certificate;
  const std::array<std::string, kProperties.size()> values{
      xml_escape(c.template_id), std::to_string(c.template_version), xml_escape(c.profession),
      xml_escape(in.findings_sha256), c.specimen ? "True" : "False", xml_escape(c.signature)};
  std::string out;
  for (std::size_t i = 0; i < kProperties.size(); ++i)
    out += fmt::format("   <medcert:{0}>{1}</medcert:{0}>\n", kProperties[i].name, values[i]);
  return out;
}

std::string extension_schema() {
  std::string properties;
  for (const auto& p : kProperties)
    properties += fmt::format(
        "         <rdf:li rdf:parseType=\"Resource\">\n"
        "          <pdfaProperty:name>{}</pdfaProperty:name>\n"
        "          <pdfaProperty:valueType>{}</pdfaProperty:valueType>\n"
        "          <pdfaProperty:category>external</pdfaProperty:category>\n"
        "          <pdfaProperty:description>{}</pdfaProperty:description>\n"
        "         </rdf:li>\n",
        p.name, p.value_type, p.description);
  return fmt::format(
      "  <rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
      "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
      "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
      "   <pdfaExtension:schemas>\n"
      "    <rdf:Bag>\n"
      "     <rdf:li rdf:parseType=\"Resource\">\n"
      "      <pdfaSchema:schema>medcert certificate</pdfaSchema:schema>\n"
      "      <pdfaSchema:namespaceURI>{}</pdfaSchema:namespaceURI>\n"
      "      <pdfaSchema:prefix>medcert</pdfaSchema:prefix>\n"
      "      <pdfaSchema:property>\n"
      "       <rdf:Seq>\n"
      "{}"
      "       </rdf:Seq>\n"
      "      </pdfaSchema:property>\n"
      "     </rdf:li>\n"
      "    </rdf:Bag>\n"
      "   </pdfaExtension:schemas>\n"
      "  </rdf:Description>\n",
      kMedcertNamespace, properties);
}

std::string unescape(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, char>, 5> entities{
      {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    for (const auto& [entity, c] : entities)
      if (text.substr(i, entity.size()) == entity) {
        out += c;
        i += entity.size();
        replaced = true;
        break;
      }
    if (!replaced) out += text[i++];
  }
  return out;
}

// An empty title or author is absent from the Info dictionary too (finalize writes both from XmpInput).
std::string dublin_core(const XmpInput& in) {
  std::string out;
  if (!in.title.empty())
    out += fmt::format("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>\n",
                       xml_escape(in.title));
  if (!in.author.empty())
    out += fmt::format("   <dc:creator><rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq></dc:creator>\n", xml_escape(in.author));
  return out;
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string xmp_packet(const XmpInput& in) {
  const std::string date = xmp_date(in.time);
  // Each schema in its own rdf:Description, as PDF/A-1 validators (PDFBox xmpbox) expect.
  return fmt::format(
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
      "   <pdfaid:part>{}</pdfaid:part>\n"
      "   <pdfaid:conformance>B</pdfaid:conformance>\n"
      "  </rdf:Description>\n"
      "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
      "   <dc:format>application/pdf</dc:format>\n"
      "{}"
      "  </rdf:Description>\n"
      "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
      "   <xmp:CreateDate>{}</xmp:CreateDate>\n"
      "   <xmp:ModifyDate>{}</xmp:ModifyDate>\n"
      "   <xmp:MetadataDate>{}</xmp:MetadataDate>\n"
      "   <xmp:CreatorTool>{}</xmp:CreatorTool>\n"
      "  </rdf:Description>\n"
      "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
      "   <pdf:Producer>{}</pdf:Producer>\n"
      "  </rdf:Description>\n"
      "  <rdf:Description rdf:about=\"\" xmlns:medcert=\"{}\">\n"
      "{}"
      "  </rdf:Description>\n"
      "{}"
      " </rdf:RDF>\n"
      "</x:xmpmeta>\n"
      "<?xpacket end=\"w\"?>",
      part(in.level), dublin_core(in), date, date, date, xml_escape(in.creator_tool),
      xml_escape(in.producer), kMedcertNamespace, property_values(in), extension_schema());
}

std::optional<std::string> xmp_property(std::string_view packet, std::string_view qualified_name) {
  const std::string open = fmt::format("<{}>", qualified_name);
  const std::string close = fmt::format("</{}>", qualified_name);
  const auto start = packet.find(open);
  if (start == std::string_view::npos) return std::nullopt;
  const auto begin = start + open.size();
  const auto end = packet.find(close, begin);
  if (end == std::string_view::npos) return std::nullopt;
  return unescape(packet.substr(begin, end - begin));
}

}  // namespace medcert::pdf
