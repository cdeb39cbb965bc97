// SPDX-License-Identifier: Apache-2.0
// The composed certificate: blocks of runs, each run tagged with where its words come from.
// compose/ produces it; layout/ consumes it. Nothing here knows about pages or PDF.
#pragma once

#include <string>
#include <vector>

#include <medcert/diagnostics.hpp>

namespace medcert::model {

/// Who wrote the words. Wording rules apply to `professional` text; `patient_quote` is printed
/// verbatim inside « »; `computed` values (dates, numbers) are never re-expanded as template text.
enum class Provenance { template_text, professional, patient_quote, computed };

enum class FontStyle { regular, bold, italic };

inline constexpr FontStyle all_font_styles[] = {FontStyle::regular, FontStyle::bold, FontStyle::italic};

/// The style's name as the font manifest and messages spell it: "regular", "bold", "italic".
const char* style_name(FontStyle style);

struct Run {
  std::string text;  ///< UTF-8, NFC, typography applied (except inside quotes: verbatim)
  Provenance provenance = Provenance::template_text;
  FontStyle style = FontStyle::regular;
  Location source;   ///< where the words were read: the findings value, or the template line
};

enum class BlockKind {
  title,      ///< the document's title, centred
  subtitle,   ///< centred under the title
  heading,    ///< a section heading
  paragraph,  ///< justified text
  item,       ///< an indented list element, with a dash
  signature,  ///< lines above the signature box; kept with the preceding block
  caption,    ///< under an annex's photograph: smaller, ragged right (a SHA-256 is one long word)
};

struct Block {
  BlockKind kind = BlockKind::paragraph;
  std::vector<Run> runs;
  std::string section;        ///< the template section id
  bool keep_with_next = false;  ///< never end a page after this block (headings, intros)
  std::string label;            ///< an item's rank (« 3. ») printed instead of the dash; empty: the dash
};

/// A lesion's marker on a view of the body diagram: the lesion's number, where it sits (0..1 of the view's box).
struct DiagramMarker {
  int number = 0;
  double x = 0, y = 0;
};

/// One view of the body diagram (model/diagram.hpp holds its drawing) with the markers placed on it.
struct DiagramPanel {
  std::string view;
  std::vector<DiagramMarker> markers;
};

/// A photograph ready to print: a baseline sRGB JPEG without metadata (images/ made it so), its size in pixels.
struct PhotoImage {
  std::string jpeg;
  int width = 0, height = 0;
};

struct AnnexPhoto {
  PhotoImage image;
  std::vector<Run> caption;
};

/// An annex: the body diagram or the photographs, on pages of their own after the signature, each page
/// under the same running header and line as the certificate's (R-PH-2).
struct Annex {
  std::vector<Run> title;
  std::vector<Run> intro;
  std::vector<DiagramPanel> panels;
  std::vector<AnnexPhoto> photos;
};

struct Document {
  std::string template_id;
  int template_version = 0;
  std::string profession;
  std::string title;                     ///< plain text, for the PDF's metadata
  std::string author;                    ///< plain text, for the PDF's metadata
  std::vector<std::vector<Run>> header;  ///< running header lines (professional's identity)
  /// The running line at the foot of every page: who the document is about and the page number; its text
  /// keeps "{page}" and "{pages}" for layout, e.g. "Madame X, née le … — page {page}/{pages}".
  std::vector<Run> footer;
  std::vector<Block> blocks;
  std::vector<Annex> annexes;
};

/// The document's text, runs concatenated, one line per block (for tests and debugging).
std::string plain_text(const Document& doc);

}  // namespace medcert::model
