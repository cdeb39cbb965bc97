#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The annexes (docs/annexes.md), read back by programs that are not medcert: pdftotext page by page (the
# annex pages, the person's name on each, the markers' numbers), pdfimages (the photographs' size and
# encoding), exiftool (no metadata left), qpdf, PDFBox preflight at PDF/A-1b, pdfsig on a signed copy; and
# hostile or refused inputs: a clear diagnostic at file:line:column, exit 1, no PDF.
source "$(dirname "$0")/lib.sh"
example="$SRC/examples/medecin/annexes.yaml"

# --- the 12-lesion example with its diagram and four photographs ------------------------------------
render_good "$example" "$WORK/annexes.pdf"
pages=$(pdfinfo "$WORK/annexes.pdf" | awk '/^Pages:/ {print $2}')
page_text() { pdftotext -enc UTF-8 -f "$2" -l "$2" "$1" - 2>/dev/null | sed 's/\xc2\xa0/ /g; s/\xe2\x80\xaf/ /g' | tr '\n\f' '  ' | tr -s ' '; }
diagram_pages=() photo_pages=() annex=""
for ((p = 1; p <= pages; p++)); do
  text=$(page_text "$WORK/annexes.pdf" "$p")
  # R-PH-2: every page names the person, her birth date, the examination's date, the author and its number.
  for expected in "Madame Leïla Nour EXEMPLAIRE" "née le 3 février 1987" "examinée le 19 novembre 2026" \
                  "Docteur Paul Durand" "page $p/$pages"; do
    grep -qF "$expected" <<<"$text" || fail "page $p/$pages without « $expected »: $text"
  done
  # An annex runs from the page its title opens to the next annex.
  case "$text" in
    *"Annexe — Schéma corporel des lésions constatées"*) annex=diagram ;;
    *"Annexe — Photographies des lésions constatées"*) annex=photos ;;
  esac
  case "$annex" in
    diagram) diagram_pages+=("$p") ;;
    photos) photo_pages+=("$p") ;;
  esac
done
[ "${#diagram_pages[@]}" -ge 1 ] || fail "no page opens the body diagram's annex"
[ "${#photo_pages[@]}" -ge 1 ] || fail "no page opens the photographs' annex"
pass "annex pages: the diagram on page ${diagram_pages[*]}, the photographs from page ${photo_pages[*]}; every page of $pages names the person, the dates and the author"

# The body refers to the annexes, and lists the lesions by number.
text=$(pdf_text "$WORK/annexes.pdf")
assert_in_order "$text" "L’examen clinique met en évidence" "1. Hématome" "12. Œdème" \
  "Les repères des lésions figurent, sous leur numéro, sur le schéma corporel annexé" \
  "Des photographies des lésions, prises avec l’accord de la personne examinée, sont annexées"
pass "the lesions are numbered 1 to 12 in the text, which refers to the annexes"

# One marker per lesion: on the diagram pages, each number from 1 to 12 in the markers' 7-point type (a lesion
# on both sides has a marker on each: its number twice); the running header and line print theirs larger.
numbers=$(for p in "${diagram_pages[@]}"; do pdftotext -f "$p" -l "$p" -bbox "$WORK/annexes.pdf" -; done |
          python3 -c 'import re, sys
for y0, y1, word in re.findall(r"yMin=\"([\d.]+)\" xMax=\"[\d.]+\" yMax=\"([\d.]+)\">(\d{1,2})<", sys.stdin.read()):
    if float(y1) - float(y0) < 8.2: print(word)' | sort -un | tr '\n' ' ' | sed 's/ $//')
[ "$numbers" = "1 2 3 4 5 6 7 8 9 10 11 12" ] || fail "the diagram's markers are not numbered 1 to 12: $numbers"
pass "the diagram holds a marker for each of the 12 lesions"

# The photographs: four JPEG (DCT) images, RGB, resized to at most 1300 pixels, one per photograph.
pdfimages -list "$WORK/annexes.pdf" | awk 'NR > 2' >"$WORK/images"
[ "$(wc -l <"$WORK/images")" = 4 ] || fail "not four images: $(cat "$WORK/images")"
awk '$4 != 1300 || $5 != 975 || $6 != "rgb" || $9 != "jpeg" { bad = 1 } END { exit bad }' "$WORK/images" ||
  fail "an image is not a 1300×975 RGB JPEG: $(cat "$WORK/images")"
pass "pdfimages: four RGB JPEG images of 1300×975 pixels (from 1600×1200)"
for p in "${photo_pages[@]}"; do page_text "$WORK/annexes.pdf" "$p"; done >"$WORK/photos.txt"
grep -qF "Photographie 1 — lésion n° 7 : ecchymose" "$WORK/photos.txt" || fail "no caption for photograph 1: $(cat "$WORK/photos.txt")"
grep -qF "Prise le 19 novembre 2026, à 10 h 20, par le signataire ; une échelle métrique est visible" "$WORK/photos.txt" ||
  fail "photograph 1's caption lacks when, by whom, the scale: $(cat "$WORK/photos.txt")"
grep -qF "par Madame Claire Exemple, infirmière du service ; sans échelle métrique" "$WORK/photos.txt" ||
  fail "photograph 4's caption lacks its photographer or its scale"
sha=$(sha256sum "$SRC/examples/medecin/photos/avant-bras-droit.jpg" | cut -d' ' -f1)
grep -qF "$sha" "$WORK/photos.txt" || fail "the caption does not print the original's SHA-256 $sha"
"$MEDCERT" extract "$WORK/annexes.pdf" >"$WORK/embedded.json" 2>/dev/null || fail "extract failed"
grep -q "\"sha256\": *\"$sha\"" "$WORK/embedded.json" || fail "the embedded findings do not record the photograph's SHA-256"
pass "captions: lesion, date and hour, photographer, scale, the original's SHA-256 (also in the embedded findings)"

# --- metadata: a photograph with GPS, maker and orientation tags prints without any of them -------------
mkdir -p "$WORK/gps/photos"
sed 's#photos/avant-bras-droit.jpg#photos/gps.jpg#' "$example" >"$WORK/gps/annexes.yaml"
cp "$SRC"/examples/medecin/photos/*.jpg "$WORK/gps/photos/"
cp "$SRC/examples/medecin/photos/avant-bras-droit.jpg" "$WORK/gps/photos/gps.jpg"
exiftool -q -overwrite_original -GPSLatitude=45.7640 -GPSLatitudeRef=N -GPSLongitude=4.8357 -GPSLongitudeRef=E \
  -Make=ExempleCam -Model=Exemple -Artist="Nom Secret" -UserComment="commentaire secret" -Orientation#=6 \
  "$WORK/gps/photos/gps.jpg"
exiftool -s -GPSLatitude "$WORK/gps/photos/gps.jpg" | grep -q GPSLatitude || fail "the test photograph has no GPS tag to remove"
render_good "$WORK/gps/annexes.yaml" "$WORK/gps.pdf"
mkdir -p "$WORK/extracted"
pdfimages -all "$WORK/gps.pdf" "$WORK/extracted/image"
for image in "$WORK"/extracted/*; do
  tags=$(exiftool -a -G1 -s "$image" | grep -E '^\[(EXIF|IFD0|GPS|ExifIFD|MakerNotes|XMP|IPTC|ICC_Profile|Photoshop)' || true)
  [ -z "$tags" ] || fail "$(basename "$image") keeps metadata: $tags"
  ! grep -qa -e 'Exif' -e 'GPS' -e 'Nom Secret' -e 'ExempleCam' "$image" || fail "$(basename "$image") holds EXIF or GPS bytes"
done
! grep -qa -e 'Nom Secret' -e 'ExempleCam' -e 'commentaire secret' "$WORK/gps.pdf" || fail "the PDF holds the photograph's metadata"
# Orientation 6 (turned 90° clockwise): the photograph prints upright, 975 pixels wide by 1300 high.
pdfimages -list "$WORK/gps.pdf" | awk 'NR > 2 && $4 == 975 && $5 == 1300 { found = 1 } END { exit !found }' ||
  fail "the EXIF orientation was not applied: $(pdfimages -list "$WORK/gps.pdf")"
pass "a photograph with GPS, maker, artist and orientation tags: turned upright, every metadata block removed"

# --- PDF/A-1b, and a signature covering the annexes --------------------------------------------------
render_good "$example" "$WORK/annexes-1b.pdf" --pdfa 1b
[ "$(preflight "$WORK/annexes-1b.pdf")" = valid ] || fail "PDFBox preflight: $(preflight "$WORK/annexes-1b.pdf")"
pass "PDFBox preflight: the certificate with its annexes is valid PDF/A-1b"
bash "$SRC/tests/e2e/make_test_pki.sh" "$WORK/pki" >/dev/null
"$MEDCERT" sign "$WORK/annexes.pdf" -o "$WORK/signed.pdf" --p12 "$WORK/pki/signer.p12" --password-file "$WORK/pki/password" \
  2>"$WORK/err" || fail "sign failed: $(cat "$WORK/err")"
report=$(pdfsig "$WORK/signed.pdf" 2>&1 || true)
for expected in "Signature is Valid" "Total document signed"; do
  grep -q "$expected" <<<"$report" || fail "pdfsig does not say '$expected': $report"
done
pass "pdfsig: the signature of the certificate with its annexes is valid and covers the whole document"

# --- refused inputs: a diagnostic at file:line:column, exit 1, no PDF ---------------------------------
refused_cases "$SRC/examples" <<'CASES'
medecin/faulty/photos-sans-accord|R-PH-4|162:5
infirmier/faulty/schema-region-genitale|R-PH-5|50:20
medecin/faulty/photo-bombe|P-IMAGE|163:11
CASES

# Files too large, not images, truncated: named, located, nothing written.
hostile() {  # hostile NAME: $WORK/hostile/photos/NAME replaces the first photograph of the example
  mkdir -p "$WORK/hostile"
  sed "s#photos/avant-bras-droit.jpg#photos/$1#" "$example" >"$WORK/hostile/annexes.yaml"
  expect_exit 1 "$MEDCERT" render "$WORK/hostile/annexes.yaml" -o "$WORK/hostile.pdf"
  [ ! -e "$WORK/hostile.pdf" ] || fail "$1: a PDF was written"
  grep -q "annexes.yaml:[0-9]*:[0-9]*: erreur \[$2\].*$1" "$WORK/err" || { cat "$WORK/err" >&2; fail "$1: no located $2 naming the file"; }
  pass "$1: $2 at the photograph's line, no PDF"
}
mkdir -p "$WORK/hostile/photos"
cp "$SRC"/examples/medecin/photos/*.jpg "$WORK/hostile/photos/"
{ printf '\xff\xd8\xff\xe0'; head -c $((21 * 1024 * 1024)) /dev/zero; } >"$WORK/hostile/photos/grande.jpg"
hostile grande.jpg P-IMAGE
echo "ceci n'est pas une image" >"$WORK/hostile/photos/texte.png"
hostile texte.png P-IMAGE
head -c 20000 "$SRC/examples/medecin/photos/avant-bras-droit.jpg" >"$WORK/hostile/photos/tronquee.jpg"
hostile tronquee.jpg P-IMAGE
hostile absente.jpg P-PHOTO
# A file of 8 GiB (sparse: it takes no disk) is refused from its size, never read: the process stays small.
truncate -s 8G "$WORK/hostile/photos/immense.jpg"
hostile immense.jpg P-IMAGE
grep -q $'8\u202f388\u202f608 Kio' "$WORK/err" || fail "the size of the 8 GiB file is not said: $(cat "$WORK/err")"
/usr/bin/time -f '%M' -o "$WORK/rss" "$MEDCERT" render "$WORK/hostile/annexes.yaml" -o "$WORK/hostile.pdf" \
  >/dev/null 2>&1 || true
[ "$(tail -1 "$WORK/rss")" -lt 1000000 ] || fail "refusing an 8 GiB photograph took $(tail -1 "$WORK/rss") KiB: it was read"
pass "an 8 GiB photograph is refused from its size ($(tail -1 "$WORK/rss") KiB resident), not read"
