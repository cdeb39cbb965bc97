#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The signed signature box (docs/signing.md, "What a signed box shows"): once signed, the box shows who
# signed and when, so that a printed copy shows the signature; unsigned, it stays an empty frame. Checked
# with programs that are not medcert: pdftoppm (the box's pixels before and after), pdftotext (the box's
# words), pdffonts (the box's font embedded), PDFBox preflight (PDF/A-1b), pdfsig (the signature valid).
source "$(dirname "$0")/lib.sh"
pki="$WORK/pki"
bash "$SRC/tests/e2e/make_test_pki.sh" "$pki" >/dev/null
key=(--p12 "$pki/signer.p12" --password-file "$pki/password")
# The long example: its box is not on the first page, as a real certificate's often is not.
"$MEDCERT" render "$SRC/examples/medecin/long.yaml" -o "$WORK/unsigned.pdf"
"$MEDCERT" sign "$WORK/unsigned.pdf" -o "$WORK/signed.pdf" "${key[@]}"

# The signature field's page (1-based) and its box in pixels at 100 dpi, inside the frame (3 px in):
# "PAGE X Y W H", from the widget's /Rect and /P (qpdf's JSON), with the page's height for PDF's y-up.
box_pixels() {
  qpdf --json=2 "$1" | python3 -c '
import json, sys
doc = json.load(sys.stdin)
objects = doc["qpdf"][1]
pages = [p["object"] for p in doc["pages"]]
field = next(v["value"] for v in objects.values() if isinstance(v.get("value"), dict) and v["value"].get("/FT") == "/Sig")
page = pages.index(field["/P"])
media = objects["obj:" + field["/P"]]["value"]["/MediaBox"]
left, bottom, right, top = field["/Rect"]
px = lambda points: round(points * 100 / 72)
print(page + 1, px(left) + 3, px(media[3] - top) + 3, px(right - left) - 6, px(top - bottom) - 6)'
}
read -r page x y w h <<<"$(box_pixels "$WORK/signed.pdf")"
[ "$(box_pixels "$WORK/unsigned.pdf")" = "$page $x $y $w $h" ] || fail "signing moved the signature box"

# Ink: the share of dark pixels (grey < 128) in a PGM crop of the box, read by python3.
ink() {
  pdftoppm -r 100 -gray -f "$page" -l "$page" -x "$x" -y "$y" -W "$w" -H "$h" "$1" >"$WORK/crop.pgm"
  python3 -c '
import sys
data = open(sys.argv[1], "rb").read()
fields, at = [], 0
while len(fields) < 4:  # P5, width, height, maximum: whitespace-separated, then one byte before the pixels
    while data[at:at + 1].isspace(): at += 1
    start = at
    while not data[at:at + 1].isspace(): at += 1
    fields.append(data[start:at])
pixels = data[at + 1:]
assert fields[0] == b"P5" and len(pixels) == int(fields[1]) * int(fields[2]), "not a PGM"
print(sum(1 for p in pixels if p < 128) / len(pixels))' "$WORK/crop.pgm"
}
before=$(ink "$WORK/unsigned.pdf")
after=$(ink "$WORK/signed.pdf")
python3 -c "import sys; sys.exit(0 if float('$before') == 0 else 1)" || fail "the unsigned box is not blank inside (ink $before)"
python3 -c "import sys; sys.exit(0 if float('$after') > 0.01 else 1)" || fail "the signed box is blank (ink $after)"
pass "pdftoppm: the box is blank before signing (ink $before) and drawn after (ink $after), page $page"

# The box's words, by pdftotext on the same crop (pdftotext's -x -y -W -H count pixels at -r).
box_text() {
  pdftotext -enc UTF-8 -r 100 -f "$page" -l "$page" -x "$x" -y "$y" -W "$w" -H "$h" "$1" - |
    sed 's/\xc2\xa0/ /g; s/\xe2\x80\xaf/ /g' | tr '\n\f' '  ' | tr -s ' ' | sed 's/^ //; s/ $//'
}
[ -z "$(box_text "$WORK/unsigned.pdf")" ] || fail "the unsigned box holds text: $(box_text "$WORK/unsigned.pdf")"
# The signer's common name; 2026-11-21T00:00:00Z (SOURCE_DATE_EPOCH) is 1 h in Paris, in winter time.
expected="Signé électroniquement par Dr Claire Martin (TEST) le 21 novembre 2026 à 1 h"
[ "$(box_text "$WORK/signed.pdf")" = "$expected" ] || fail "the signed box reads «$(box_text "$WORK/signed.pdf")»"
pass "pdftotext: the unsigned box is empty; the signed box reads «$expected»"

# In summer, the same instant of UTC is one hour later in Paris.
SOURCE_DATE_EPOCH=1814522400 "$MEDCERT" sign "$WORK/unsigned.pdf" -o "$WORK/summer.pdf" "${key[@]}"  # 2027-07-02T10:00Z
[ "$(box_text "$WORK/summer.pdf")" = "Signé électroniquement par Dr Claire Martin (TEST) le 2 juillet 2027 à 12 h" ] ||
  fail "the box signed in summer reads «$(box_text "$WORK/summer.pdf")»"
pass "pdftotext: signed at 10:00 UTC in July, the box says 12 h (Paris, summer time)"

# The font: embedded (emb yes), a subset, with a ToUnicode map — and every other font still embedded.
fonts=$(pdffonts "$WORK/signed.pdf")
grep -E '^MEDSIG\+LiberationSerif +CID TrueType +Identity-H +yes +yes +yes ' <<<"$fonts" >/dev/null ||
  fail "pdffonts does not show the box's font embedded: $fonts"
tail -n +3 <<<"$fonts" | awk '$(NF-4) != "yes" {exit 1}' || fail "a font is not embedded: $fonts"
if pdffonts "$WORK/unsigned.pdf" | grep -q MEDSIG; then fail "the unsigned PDF holds the box's font"; fi
pass "pdffonts: the box's font is embedded (emb yes, sub yes, uni yes); none before signing"

# Part of the signed revision: pdfsig validates the whole file, medcert verify says valid.
report=$(pdfsig "$WORK/signed.pdf" 2>&1 || true)
for expected in "Signature is Valid" "Total document signed"; do
  grep -q "$expected" <<<"$report" || fail "pdfsig does not say '$expected': $report"
done
"$MEDCERT" verify "$WORK/signed.pdf" >/dev/null || fail "medcert verify does not accept the signed file"
qpdf --check "$WORK/signed.pdf" >/dev/null || fail "qpdf --check fails on the signed file"
pass "pdfsig: Signature is Valid, Total document signed; medcert verify: valid; qpdf --check"

# Two steps: the prepared file already shows the box (it is what the card signs), the completed one too.
"$MEDCERT" sign --prepare "$WORK/unsigned.pdf" -o "$WORK/prepared.pdf" --cert "$pki/signer.pem" --chain "$pki/ca.pem" \
  --digest-out "$WORK/digest.bin" >/dev/null
openssl pkeyutl -sign -inkey "$pki/signer.key" -in "$WORK/digest.bin" -pkeyopt digest:sha256 -out "$WORK/signature.bin"
"$MEDCERT" sign --complete "$WORK/prepared.pdf" --signature "$WORK/signature.bin" -o "$WORK/two-step.pdf"
[ "$(box_text "$WORK/prepared.pdf")" = "$(box_text "$WORK/signed.pdf")" ] || fail "the prepared box reads «$(box_text "$WORK/prepared.pdf")»"
cmp -s "$WORK/two-step.pdf" "$WORK/signed.pdf" || fail "two-step signing does not give the one-step file"
pass "two steps: the prepared file shows the box; the completed file is the one-step file"

# PDF/A: the signed 1b file passes PDFBox preflight, the box's font included.
"$MEDCERT" render "$SRC/examples/medecin/long.yaml" --pdfa 1b -o "$WORK/unsigned-1b.pdf"
"$MEDCERT" sign "$WORK/unsigned-1b.pdf" -o "$WORK/signed-1b.pdf" "${key[@]}"
verdict=$(preflight "$WORK/signed-1b.pdf")
[ "$verdict" = valid ] || fail "PDFBox preflight on the signed PDF/A-1b file: $verdict"
pass "PDFBox preflight: the signed PDF/A-1b file is valid"
