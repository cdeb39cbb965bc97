#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The finalized certificate, checked by programs that are not medcert: PDFBox preflight (PDF/A-1b),
# qpdf --json (the PDF/A-3 structure), python3 (the XMP is XML; the extracted findings equal the YAML's
# values), pdffonts, pdftotext, pdfsig. See docs/pdf.md for what a certificate holds.
source "$(dirname "$0")/lib.sh"

mapfile -t examples < <(find "$SRC/examples" -name '*.yaml' -not -path '*/faulty/*' | sort)
[ ${#examples[@]} -ge 2 ] || fail "expected at least two examples under $SRC/examples"
long=$(printf '%s\n' "${examples[@]}" | grep -m1 'long' || echo "${examples[0]}")

render() {  # render FINDINGS OUT [--pdfa LEVEL]
  local findings=$1 out=$2; shift 2
  "$MEDCERT" render "$findings" -o "$out" "$@" 2>"$WORK/render.err" || { cat "$WORK/render.err" >&2; fail "render $findings $*"; }
}

# --- --pdfa: exactly 1b, 2b, 3b, each written as asked (the XMP read back by poppler's pdfinfo) --------
for level in 1b 2b 3b; do render "$long" "$WORK/long-$level.pdf" --pdfa "$level"; done
render "$long" "$WORK/long-default.pdf"
cmp -s "$WORK/long-default.pdf" "$WORK/long-3b.pdf" || fail "the default level is not 3b"
for level in 1b 2b 3b; do
  pdfinfo -meta "$WORK/long-$level.pdf" >"$WORK/meta-$level.xml" || fail "--pdfa $level: pdfinfo -meta"
  written=$(python3 - "$WORK/meta-$level.xml" <<'PY'
import sys, xml.etree.ElementTree as ET
text = open(sys.argv[1], encoding="utf-8").read()
root = ET.fromstring(text[text.index("<x:xmpmeta"):text.index("</x:xmpmeta>") + len("</x:xmpmeta>")])
ns = {"pdfaid": "http://www.aiim.org/pdfa/ns/id/"}
print(root.find(".//pdfaid:part", ns).text + root.find(".//pdfaid:conformance", ns).text)
PY
  ) || fail "--pdfa $level: the XMP has no pdfaid:part and pdfaid:conformance"
  [ "$written" = "${level%b}B" ] || fail "--pdfa $level wrote pdfaid part+conformance $written"
done
# CLI11 used to accept the enum's numbers as well: "--pdfa 2" wrote 1b, "--pdfa 1" wrote 2b.
for wrong in 1 2 3 0 3B a1b; do
  expect_exit 2 "$MEDCERT" render "$long" -o "$WORK/wrong.pdf" --pdfa "$wrong"
  [ ! -e "$WORK/wrong.pdf" ] || fail "--pdfa $wrong wrote a file"
done
"$MEDCERT" render --help | grep -qF -- '--pdfa TEXT:{3b,2b,1b}' || { "$MEDCERT" render --help >&2; fail "render --help does not list exactly 3b, 2b, 1b"; }
pass "--pdfa 1b, 2b, 3b: pdfinfo reads pdfaid part and conformance 1B, 2B, 3B; 1, 2, 3, 0, 3B, a1b refused; help exact"

# --- PDF/A levels, by PDFBox (a PDF/A-1b validator) ------------------------------------------------

for example in "${examples[@]}"; do
  name=$(basename "$(dirname "$example")")-$(basename "$example" .yaml)
  render "$example" "$WORK/$name-1b.pdf" --pdfa 1b
  verdict=$(preflight "$WORK/$name-1b.pdf")
  [ "$verdict" = valid ] || fail "$name --pdfa 1b: PDFBox preflight reports $verdict"
done
pass "--pdfa 1b: PDFBox preflight says valid PDF/A-1b (${#examples[@]} examples)"

# PDFBox knows only PDF/A-1: a correct 2b fails only "part must be 1"; a correct 3b also its attachment.
verdict=$(preflight "$WORK/long-2b.pdf")
[ "$verdict" = "7.11.2" ] || fail "--pdfa 2b: PDFBox reports $verdict, expected only 7.11.2"
verdict=$(preflight "$WORK/long-3b.pdf")
[ "$verdict" = "1.2.9 1.4.7 7.11.2" ] || fail "--pdfa 3b: PDFBox reports $verdict, expected only 1.2.9 1.4.7 7.11.2"
pass "--pdfa 2b and 3b: PDFBox reports nothing but what PDF/A-1 forbids and PDF/A-2/3 allow"

# --- PDF/A-3 structure, by qpdf --json and python3 ---------------------------------------------------
qpdf --json=2 --json-key=qpdf "$WORK/long-3b.pdf" >"$WORK/long-3b.json"
metadata=$(python3 - "$WORK/long-3b.json" <<'PY'
import json, sys
objects = json.load(open(sys.argv[1]))["qpdf"][1]
def get(ref): return objects["obj:" + ref]
catalog = get(objects["trailer"]["value"]["/Root"])["value"]
def check(cond, what):
    if not cond: sys.exit("PDF/A-3 structure: " + what)
check(isinstance(catalog.get("/AF"), list) and len(catalog["/AF"]) == 1, "the catalog has no /AF array of one file")
spec = get(catalog["/AF"][0])["value"]
check(spec.get("/AFRelationship") == "/Source", "/AFRelationship is not /Source")
check(spec.get("/F") == "u:medcert-findings.json" and spec.get("/UF") == "u:medcert-findings.json", "/F and /UF")
check(spec.get("/Desc", "").startswith("u:"), "no /Desc")
stream = get(spec["/EF"]["/F"])["stream"]["dict"]
check(stream.get("/Type") == "/EmbeddedFile", "the embedded stream's /Type")
check(stream.get("/Subtype") == "/application/json", "the MIME /Subtype")
check("/ModDate" in stream.get("/Params", {}), "no /Params /ModDate")
names = get(catalog["/Names"])["value"] if isinstance(catalog.get("/Names"), str) else catalog.get("/Names", {})
check("/EmbeddedFiles" in names, "the file is not in /Names /EmbeddedFiles")
intent = catalog["/OutputIntents"][0]
check(intent["/S"] == "/GTS_PDFA1" and "/DestOutputProfile" in intent, "the output intent")
form = get(catalog["/AcroForm"])["value"]
check(form.get("/SigFlags") == 1 and "/NeedAppearances" not in form and "/DA" not in form, "the AcroForm")
print(catalog["/Metadata"].split()[0])
PY
) || fail "qpdf --json: the PDF/A-3 structure is wrong"
qpdf --show-object="$metadata" --filtered-stream-data "$WORK/long-3b.pdf" >"$WORK/xmp.xml"
python3 - "$WORK/xmp.xml" >"$WORK/xmp.txt" <<'PY' || fail "the XMP packet does not parse or lacks PDF/A-3b identification"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
ns = {"pdfaid": "http://www.aiim.org/pdfa/ns/id/", "medcert": "urn:medcert:pdfa:certificate:1p0#"}
part = root.find(".//pdfaid:part", ns).text
conformance = root.find(".//pdfaid:conformance", ns).text
assert (part, conformance) == ("3", "B"), (part, conformance)
print(root.find(".//medcert:FindingsSHA256", ns).text)
print(root.find(".//medcert:TemplateId", ns).text)
PY
pass "3b: /AF, /AFRelationship, MIME type, /F and /UF, output intent, AcroForm; the XMP parses, part 3"

# --- fonts, text, the signature field -----------------------------------------------------------------
for level in 1b 2b 3b; do
  file="$WORK/long-$level.pdf"
  qpdf --check "$file" >"$WORK/qpdf.out" 2>&1 || { cat "$WORK/qpdf.out" >&2; fail "$level: qpdf --check"; }
  not_embedded=$(pdffonts "$file" | tail -n +3 | awk '{ if ($(NF-4) != "yes") print }' | wc -l)
  [ "$not_embedded" -eq 0 ] || { pdffonts "$file" >&2; fail "$level: a font is not embedded"; }
  pdftotext -enc UTF-8 "$file" "$WORK/text.txt" 2>"$WORK/pdftotext.err"
  [ ! -s "$WORK/pdftotext.err" ] || { cat "$WORK/pdftotext.err" >&2; fail "$level: pdftotext warns (ToUnicode?)"; }
  grep -q "Je soussigné" "$WORK/text.txt" || fail "$level: pdftotext does not find the certificate's text"
  pdfsig "$file" >"$WORK/pdfsig.out" 2>&1 || true
  grep -q "Signature Field Name: medcert_signature" "$WORK/pdfsig.out" || { cat "$WORK/pdfsig.out" >&2; fail "$level: pdfsig lists no medcert_signature"; }
  grep -q "The signature form field is not signed." "$WORK/pdfsig.out" || fail "$level: the field is not reported unsigned"
done
pass "1b, 2b, 3b: qpdf clean, every font embedded, pdftotext without warning, pdfsig lists medcert_signature unsigned"

# --- medcert extract --------------------------------------------------------------------------------
for example in "${examples[@]}"; do
  name=$(basename "$(dirname "$example")")-$(basename "$example" .yaml)
  render "$example" "$WORK/$name.pdf"
  "$MEDCERT" extract "$WORK/$name.pdf" >"$WORK/$name.json" || fail "$name: extract failed"
  python3 - "$example" "$WORK/$name.json" <<'PY' || fail "$name: the extracted findings differ from the YAML's values"
import datetime, json, sys, yaml
def normal(v):
    if isinstance(v, dict): return {k: normal(x) for k, x in v.items() if x is not None and x != [] and x != ""}
    if isinstance(v, list): return [normal(x) for x in v]
    if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()
    return v
# YAML reads "…Z" as a datetime that writes "+00:00": the same instant, compared so.
def utc(v):
    if isinstance(v, dict): return {k: utc(x) for k, x in v.items()}
    if isinstance(v, list): return [utc(x) for x in v]
    if isinstance(v, str) and len(v) > 10 and v[10] == "T" and v.endswith("Z"): return v[:-1] + "+00:00"
    return v
findings = normal(yaml.safe_load(open(sys.argv[1], encoding="utf-8")))
extracted = utc(json.load(open(sys.argv[2], encoding="utf-8")))
# medcert records each photograph's SHA-256 (R-PH-6): the one value the YAML need not give.
for photo in extracted.get("photos", []):
    photo.pop("sha256", None)
if findings != extracted:
    sys.exit("YAML: %s\nextracted: %s" % (findings, extracted))
PY
  # The extracted JSON is findings in the input format: it renders the very same certificate (its photographs
  # beside it, as beside the YAML).
  if [ -d "$(dirname "$example")/photos" ]; then cp -r "$(dirname "$example")/photos" "$WORK/"; fi
  render "$WORK/$name.json" "$WORK/$name-again.pdf"
  cmp -s "$WORK/$name.pdf" "$WORK/$name-again.pdf" || fail "$name: the extracted findings do not render the same PDF"
done
hash=$(sha256sum "$WORK/$(basename "$(dirname "$long")")-$(basename "$long" .yaml).json" | cut -d' ' -f1)
[ "$hash" = "$(sed -n 1p "$WORK/xmp.txt")" ] || fail "medcert:FindingsSHA256 is not the SHA-256 of the extracted JSON"
pass "extract: the YAML's values, the XMP's hash, and the same PDF again when rendered (${#examples[@]} examples)"

set +e
"$MEDCERT" extract "$WORK/long-1b.pdf" >"$WORK/out" 2>"$WORK/err"; code_1b=$?
"$MEDCERT" extract "$long" >"$WORK/out" 2>"$WORK/err"; code_yaml=$?
"$MEDCERT" extract "$WORK/nowhere.pdf" >"$WORK/out" 2>"$WORK/err"; code_missing=$?
set -e
[ "$code_1b" = 2 ] && [ "$code_yaml" = 2 ] && [ "$code_missing" = 2 ] ||
  fail "extract: exit $code_1b (1b), $code_yaml (not a PDF), $code_missing (missing); expected 2"
pass "extract: exit 2 for a 1b certificate, a file that is no PDF, a missing file"

# --- determinism ------------------------------------------------------------------------------------
render "$long" "$WORK/long-3b-again.pdf" --pdfa 3b
cmp -s "$WORK/long-3b.pdf" "$WORK/long-3b-again.pdf" || fail "two renders with the same SOURCE_DATE_EPOCH differ"
SOURCE_DATE_EPOCH=$((SOURCE_DATE_EPOCH + 60)) render "$long" "$WORK/long-later.pdf"
trailer_id() { qpdf --json=2 --json-key=qpdf "$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["qpdf"][1]["trailer"]["value"]["/ID"][0])'; }
[ "$(trailer_id "$WORK/long-3b.pdf")" != "$(trailer_id "$WORK/long-later.pdf")" ] || fail "the trailer /ID does not follow the content"
pass "same input and SOURCE_DATE_EPOCH: same bytes; another time: another /ID"
