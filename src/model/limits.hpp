// SPDX-License-Identifier: Apache-2.0
// Every limit medcert puts on its input, in one place so that code and docs/findings-format.md ("Limits")
// agree. Each is far above what a real certificate needs and low enough that a hostile or broken file is
// refused with a diagnostic before it costs much memory or time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace medcert::model {

/// Bytes of a findings file (F-SIZE) and of one template file (T-SIZE), checked before parsing. A long
/// certificate's findings take about 10 KiB.
inline constexpr std::size_t kMaxFindingsBytes = 1024 * 1024;
inline constexpr std::size_t kMaxTemplateBytes = 1024 * 1024;

/// The body diagrams (diagrams/*.yaml): bytes of one view's file (T-SIZE), views in the folder and numbers in
/// one path (T-SIZE.diagrams, T-SIZE.diagram_path). A detailed view drawn by hand takes some tens of KiB,
/// eight views are drawn; more, and the annex would be a book.
inline constexpr std::size_t kMaxDiagramBytes = 2 * 1024 * 1024;
inline constexpr std::size_t kMaxDiagramViews = 64;
inline constexpr std::size_t kMaxPathNumbers = 100000;

/// Nesting of mappings and lists (F-NESTING): findings need six levels, templates a few more.
inline constexpr int kMaxNesting = 100;

/// Values in one document, aliases counted at each use (F-VALUES): stops "billion laughs" documents.
inline constexpr std::size_t kMaxValues = 200000;

/// Entries of any list of the findings: lesions, declarations, complaints, address lines… (F-COUNT).
inline constexpr std::size_t kMaxListEntries = 200;

/// Lesions counted in one lesion entry (R-L-6): the count is printed in letters; past this, nobody counted.
inline constexpr int kMaxLesionCount = 99;

/// Combining marks on one letter (R-TXT-6): French and Vietnamese put two at most; a hundred stacked ones
/// print as a smear over the lines above.
inline constexpr int kMaxCombiningMarks = 3;

/// The earliest year of birth (R-DT-6): nobody examined today was born before; an earlier year is a typing
/// error (« 0985 » for « 1985 »).
inline constexpr int kMinBirthYear = 1900;

/// A lesion's length or width in centimetres (R-L-1.dimension, R-L-9.body): a millimetre at least (below,
/// nobody measures, and « 0 cm » would print); a body's height at most. Each lesion type may say its own
/// plausible maximum (`max_cm` in the template's lesion_types, R-L-9: a warning above it).
inline constexpr double kMinLesionCm = 0.1;
inline constexpr double kMaxLesionCm = 200;

/// Photographs annexed to one document (R-PH-8), and each one's file (P-IMAGE.too_large) and decoded size
/// (P-IMAGE.too_many_pixels: a small file that decodes to gigabytes, a decompression bomb). A camera's
/// photograph is 12 to 48 megapixels and a few megabytes.
inline constexpr std::size_t kMaxPhotos = 20;
inline constexpr std::size_t kMaxPhotoBytes = 20u << 20;
inline constexpr std::uint64_t kMaxPhotoPixels = 50'000'000;

/// Pages of a rendered certificate (L-PAGES): the longest real case is a few pages.
inline constexpr std::size_t kMaxPages = 30;

/// The two kinds of findings text, with their length limits in characters (code points), not bytes
/// (F-LENGTH): a name, a code, an identifier, a place, an address line holds on one line; the free texts
/// (the professional's descriptions, the person's words) are paragraphs and may run over several lines.
enum class TextKind { line, paragraph };
inline constexpr std::size_t kMaxLineCharacters = 200;
inline constexpr std::size_t kMaxParagraphCharacters = 10000;

/// The kind of the findings text at `path` ("findings.lesions[2].note", "findings.declarations[0]"), from
/// the field table (model/field_table.hpp); a line for a path that names no findings text.
TextKind text_kind(std::string_view path);

inline std::size_t max_characters(TextKind kind) {
  return kind == TextKind::line ? kMaxLineCharacters : kMaxParagraphCharacters;
}

}  // namespace medcert::model
