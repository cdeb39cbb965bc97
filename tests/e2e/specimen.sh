#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Training specimens (render --specimen): every page says so, the XMP says so, PDF/A-1b stays valid
# (opaque greys, no transparency), and no medcert step will sign one or call it valid.
source "$(dirname "$0")/lib.sh"

mark="SPÉCIMEN — document fictif de formation"
long="$SRC/examples/medecin/long.yaml"

"$MEDCERT" render "$long" --specimen -o "$WORK/specimen.pdf"
pages=$(pdfinfo "$WORK/specimen.pdf" | awk '/^Pages:/ {print $2}')
[ "$pages" -ge 2 ] || fail "the long example should take several pages, got $pages"
for ((page = 1; page <= pages; page++)); do
  text=$(pdftotext -enc UTF-8 -f "$page" -l "$page" "$WORK/specimen.pdf" -)
  count=$(grep -c -F "$mark" <<<"$text" || true)
  [ "$count" -ge 2 ] || fail "page $page carries the specimen banner $count times, expected at least 2 (top and bottom)"
done
pass "every page ($pages) carries « $mark » at its top and bottom"

qpdf --check "$WORK/specimen.pdf" >/dev/null || fail "qpdf --check"
python3 - "$WORK/specimen.pdf" <<'PY' || fail "the XMP does not say medcert:Specimen True"
import re, sys
data = open(sys.argv[1], "rb").read()
# The metadata stream is written uncompressed (PDF/A readers must find it without a filter).
packets = re.findall(rb"<x:xmpmeta.*?</x:xmpmeta>", data, re.S)
assert packets, "no XMP packet"
assert any(re.search(rb"<medcert:Specimen>True</medcert:Specimen>", p) for p in packets), "Specimen is not True"
PY
pass "XMP: medcert:Specimen True"

"$MEDCERT" render "$long" -o "$WORK/real.pdf"
grep -a -q "<medcert:Specimen>False</medcert:Specimen>" "$WORK/real.pdf" || fail "a certificate's XMP should say Specimen False"
pdf_text "$WORK/real.pdf" | grep -q "SPÉCIMEN" && fail "a certificate must not carry the specimen mark"
pass "without --specimen: no mark, medcert:Specimen False"

"$MEDCERT" render "$long" --specimen --pdfa 1b -o "$WORK/specimen-1b.pdf"
verdict=$(preflight "$WORK/specimen-1b.pdf")
[ "$verdict" = valid ] || fail "a PDF/A-1b specimen: PDFBox preflight reports $verdict"
pass "a PDF/A-1b specimen is valid for PDFBox preflight (no transparency)"

pki="$WORK/pki"
bash "$SRC/tests/e2e/make_test_pki.sh" "$pki" >/dev/null
expect_exit 1 "$MEDCERT" sign "$WORK/specimen.pdf" -o "$WORK/signed.pdf" --p12 "$pki/signer.p12" --password-file "$pki/password"
grep -q "S-SPECIMEN" "$WORK/err" || fail "sign should name rule S-SPECIMEN"
[ ! -e "$WORK/signed.pdf" ] || fail "a signed specimen was written"
pass "medcert sign refuses a specimen (exit 1, S-SPECIMEN, nothing written)"

expect_exit 2 "$MEDCERT" render "$long" --specimen --sign --p12 "$pki/signer.p12" --password-file "$pki/password" -o "$WORK/x.pdf"
[ ! -e "$WORK/x.pdf" ] || fail "render --specimen --sign wrote a file"
pass "render --specimen --sign is a usage error"

expect_exit 1 "$MEDCERT" verify "$WORK/specimen.pdf" --format json
jq -e '.diagnostics | map(.rule) | index("V-SPECIMEN")' "$WORK/out" >/dev/null || fail "verify does not report V-SPECIMEN"
pass "verify reports a specimen (V-SPECIMEN)"
