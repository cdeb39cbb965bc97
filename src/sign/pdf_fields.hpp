// SPDX-License-Identifier: Apache-2.0
// The signature fields of a PDF's AcroForm and the values of a signature dictionary (PoDoFo 0.9.8,
// through pdf/podofo_document.hpp), for sign/ and verify/. Hostile input throws PoDoFo::PdfError.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdf/podofo_document.hpp"

namespace medcert::sign {

/// A signature field (/FT /Sig, inherited or not), merged with its widget as medcert writes it.
struct SignatureField {
  PoDoFo::PdfObject* field = nullptr;
  std::string name;                    ///< fully qualified: the /T of each ancestor joined by "."
  PoDoFo::PdfObject* value = nullptr;  ///< /V, the signature dictionary; null while the field is empty
};

/// Every signature field reachable from the catalog's /AcroForm /Fields, in order. Cycles and absurd
/// depths in a hostile file are cut, not followed.
std::vector<SignatureField> signature_fields(PoDoFo::PdfMemDocument& document);

/// The /AcroForm dictionary's object, or null (read directly: PdfDocument::GetAcroForm adds /DA and /DR).
PoDoFo::PdfObject* acro_form(PoDoFo::PdfMemDocument& document);

/// What a signature dictionary says, as plain values (absent or ill-typed entries stay empty).
struct SignatureDictionary {
  std::optional<std::array<std::int64_t, 4>> byte_range;  ///< only when it is exactly four integers
  std::string contents;                                   ///< /Contents, decoded bytes
  std::string filter, sub_filter;
  std::string time;  ///< /M as written
  std::string reason, location, name;  ///< UTF-8
};
SignatureDictionary read_signature_dictionary(const PoDoFo::PdfObject& value);

/// A text string in UTF-8, whatever its PDF encoding; empty when `object` is not a string.
std::string utf8_text(const PoDoFo::PdfObject* object);

}  // namespace medcert::sign
