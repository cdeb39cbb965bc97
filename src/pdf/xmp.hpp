// SPDX-License-Identifier: Apache-2.0
// The XMP packet medcert writes itself (PoDoFo 0.9.8 has no XMP support; libharu's is unescaped):
// PDF/A identification, the Dublin Core and XMP basics that mirror the Info dictionary, and medcert's own
// properties, declared by a PDF/A extension schema (docs/pdf.md lists them).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "pdf/conformance.hpp"

namespace medcert::pdf {

/// The namespace of medcert's XMP properties (a name, not a location), prefix "medcert".
inline constexpr std::string_view kMedcertNamespace = "urn:medcert:pdfa:certificate:1p0#";

/// What a certificate says about itself, beyond the Info dictionary.
struct CertificateIdentity {
  std::string template_id;
  int template_version = 0;
  std::string profession;  ///< French id, e.g. "medecin"
  bool specimen = false;   ///< a training specimen, not a certificate
  std::string signature = "electronic";  ///< the template's `capabilities.signature`: electronic | handwritten
};

struct XmpInput {
  Conformance level = Conformance::a3b;
  std::string title;         ///< Info /Title, dc:title
  std::string author;        ///< Info /Author, dc:creator
  std::string creator_tool;  ///< Info /Creator, xmp:CreatorTool
  std::string producer;      ///< Info /Producer, pdf:Producer
  std::int64_t time = 0;     ///< Info /CreationDate and /ModDate; xmp:CreateDate, ModifyDate, MetadataDate
  CertificateIdentity certificate;
  std::string findings_sha256;  ///< lowercase hex SHA-256 of the canonical findings JSON
};

/// The whole packet, UTF-8, ready to be stored unfiltered as the catalog's /Metadata.
std::string xmp_packet(const XmpInput& input);

/// Text made safe for XML element content and attribute values.
std::string xml_escape(std::string_view text);

/// The text of the element `qualified_name` (e.g. "medcert:TemplateId") in a packet laid out as
/// xmp_packet() writes it, unescaped; nullopt when absent. Not a general XMP reader.
std::optional<std::string> xmp_property(std::string_view packet, std::string_view qualified_name);

}  // namespace medcert::pdf
