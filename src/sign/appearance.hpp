// SPDX-License-Identifier: Apache-2.0
// The signed signature box, so that a printed copy shows the certificate was signed: who signed (the
// signer certificate's common name) and when (the local date and time, in French), drawn in the
// certificate's regular font, embedded (PDF/A). Written into the signed revision, before the digest.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <medcert/environment.hpp>

#include "fonts/font_set.hpp"
#include "pdf/box_appearance.hpp"
#include "sign/openssl_ptr.hpp"
#include "sign/outcome.hpp"

namespace medcert::sign {

struct SignedBox {
  std::shared_ptr<const fonts::FontSet> fonts;  ///< the certificate's fonts (the engine's manifest)
  std::string signer;                           ///< the name printed (signer_name)
  std::string time;                             ///< the time printed (signing_time_text)
};

/// The fonts of the manifest at `manifest` (fonts/manifest.yaml), read through `env`. Errors (C-FONT...,
/// category internal): the manifest or a font cannot be read, as when the engine starts.
Outcome<std::shared_ptr<const fonts::FontSet>> load_box_fonts(const Environment& env, const std::string& manifest);

/// The signer as the box names her: the subject's common name, else the whole subject (RFC 2253 line); NFC.
std::string signer_name(const X509* certificate);

/// « le 3 décembre 2026 à 14 h 05 »: `unix_seconds` in the zone `zone_id` (the embedded findings'
/// author.time_zone); Europe/Paris when it is empty or unknown.
std::string signing_time_text(std::int64_t unix_seconds, const std::string& zone_id);

/// The box's lines, centred in `width` × `height` points: « Signé électroniquement par », the name, the
/// time; a line too wide for the box is set smaller. A character the font lacks prints as « ? ».
std::vector<pdf::BoxLine> signed_box_lines(const model::FontMetrics& metrics, double width, double height,
                                           const SignedBox& box);

/// Replaces the appearance (/AP /N) of `widget`, a signature field merged with its widget as medcert
/// writes it, with the signed box. Throws PoDoFo::PdfError when the widget has no /Rect.
void draw_signed_box(PoDoFo::PdfMemDocument& document, PoDoFo::PdfObject& widget, const SignedBox& box);

}  // namespace medcert::sign
