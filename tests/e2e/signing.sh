#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Signing and verification, checked by programs that are not medcert: pdfsig (poppler, NSS), openssl cms,
# qpdf, PDFBox preflight; and poppler as a third-party signer of medcert's field. The keys come from a PKI
# generated for this run (make_test_pki.sh): nothing secret is committed.
source "$(dirname "$0")/lib.sh"
court="$SRC/examples/medecin/court.yaml"
pki="$WORK/pki"
bash "$SRC/tests/e2e/make_test_pki.sh" "$pki" >/dev/null
key=(--p12 "$pki/signer.p12" --password-file "$pki/password")

cms_of() {  # cms_of PDF OUT: /Contents as DER (with its zero padding, which DER readers ignore)
  read -r a b c d <<<"$(byte_range "$1")"
  slice "$1" "$((b + 1))" "$((c - b - 2))" | from_hex >"$2"
}
from_hex() { perl -e 'local $/; my $h = <STDIN>; $h =~ s/\s//g; print pack("H*", $h)'; }
to_hex() { perl -e 'local $/; print unpack("H*", <STDIN>), "\n"'; }
flip_byte() {  # flip_byte FILE OFFSET [hex]: one byte changed in place (with "hex": to another hex digit)
  perl -e 'open(F, "+<", $ARGV[0]) or die; binmode F; seek(F, $ARGV[1], 0); read(F, $c, 1);
           $n = $ARGV[2] ? ($c eq "a" ? "b" : "a") : chr(ord($c) ^ 1);
           seek(F, $ARGV[1], 0); print F $n; close F' "$1" "$2" "${3:-}"
}
stream_offset() {  # stream_offset PDF OBJ: where the data of stream object OBJ starts
  local at
  at=$(qpdf --show-xref "$1" | awk -F'offset = ' "/^$2\\/0:/{print \$2}")
  perl -e 'local $/; open(F, "<", $ARGV[0]) or die; binmode F; my $d = <F>; print index($d, "stream", $ARGV[1]) + 7' \
    "$1" "$at"
}
sig_report() { pdfsig -nssdir "sql:$WORK/nss" "$1" 2>/dev/null || true; }

# --- the unsigned certificate: pdfsig lists the empty field -------------------------------------------
"$MEDCERT" render "$court" -o "$WORK/unsigned.pdf"
report=$(pdfsig "$WORK/unsigned.pdf" 2>&1 || true)
grep -q "Signature Field Name: medcert_signature" <<<"$report" || fail "pdfsig does not list medcert_signature: $report"
grep -q "not signed" <<<"$report" || fail "pdfsig does not see the field as unsigned: $report"
expect_exit 1 "$MEDCERT" --lang en verify "$WORK/unsigned.pdf"
grep -q "document not signed" "$WORK/out" || fail "verify of an unsigned PDF: $(cat "$WORK/out")"
pass "render: an empty signature field pdfsig lists; verify says not signed (exit 1)"

# --- sign with a software key ------------------------------------------------------------------------
expect_exit 0 "$MEDCERT" sign "$WORK/unsigned.pdf" -o "$WORK/signed.pdf" "${key[@]}"
[ "$(stat -c %a "$WORK/signed.pdf")" = 600 ] || fail "the signed PDF is not created with mode 0600"
cmp -s -n "$(stat -c %s "$WORK/unsigned.pdf")" "$WORK/unsigned.pdf" "$WORK/signed.pdf" ||
  fail "the signed PDF does not start with the unsigned bytes (not an incremental update)"
qpdf --check "$WORK/signed.pdf" >/dev/null || fail "qpdf --check fails on the signed PDF"
report=$(pdfsig "$WORK/signed.pdf" 2>&1 || true)
for expected in "Signature is Valid" "Total document signed" "ETSI.CAdES.detached" "Dr Claire Martin (TEST)" \
                "SHA-256" "Nov 21 2026 00:00:00"; do
  grep -q "$expected" <<<"$report" || fail "pdfsig does not say '$expected': $report"
done
pass "sign: an incremental update; pdfsig: Signature is Valid, Total document signed, ETSI.CAdES.detached"

signed_bytes "$WORK/signed.pdf" "$WORK/ranges.bin"
cms_of "$WORK/signed.pdf" "$WORK/cms.der"
openssl cms -verify -binary -inform DER -in "$WORK/cms.der" -content "$WORK/ranges.bin" -noverify -out /dev/null 2>"$WORK/err" ||
  fail "openssl cms -verify refuses the signature: $(cat "$WORK/err")"
openssl cms -verify -binary -cades -inform DER -in "$WORK/cms.der" -content "$WORK/ranges.bin" \
  -CAfile "$pki/ca.pem" -purpose any -out /dev/null 2>"$WORK/err" ||
  fail "openssl cms -verify -cades (signing-certificate-v2 against the certificate) fails: $(cat "$WORK/err")"
attributes=$(openssl cms -cmsout -print -inform DER -in "$WORK/cms.der" | sed -n '/signedAttrs:/,/signatureAlgorithm:/p')
for attribute in "contentType" "messageDigest" "id-smime-aa-signingCertificateV2"; do
  grep -q "object: $attribute " <<<"$attributes" || fail "the CMS has no $attribute signed attribute"
done
grep -q "signingTime" <<<"$attributes" && fail "the CMS carries a signingTime attribute (PAdES B-B forbids it)"
[ "$(grep -c 'object: ' <<<"$attributes")" = 3 ] || fail "the CMS has other signed attributes: $attributes"
pass "openssl cms: verifies (also -cades); signed attributes exactly contentType, messageDigest, signingCertificateV2"

expect_exit 0 "$MEDCERT" --lang en verify "$WORK/signed.pdf"
for expected in "signature valid, document unmodified since signing; signer not verified against a trust list" \
                "CN=Dr Claire Martin (TEST)" "2026-11-21T00:00:00Z" "PAdES B-B: yes" "PDF/A: PDF/A-3B" \
                "template: medecin." "embedded findings: present, matching their hash" "location: Lyon"; do
  grep -qF "$expected" "$WORK/out" || fail "verify does not say '$expected': $(cat "$WORK/out")"
done
grep -qi "trusted" "$WORK/out" && fail "verify calls an unlisted signer trusted"
expect_exit 0 "$MEDCERT" --lang en verify "$WORK/signed.pdf" --trust "$pki/ca.pem"
grep -q "signer verified against the trust list" "$WORK/out" || fail "verify --trust: $(cat "$WORK/out")"
expect_exit 1 "$MEDCERT" verify "$WORK/signed.pdf" --trust "$pki/auth.pem"
expect_exit 0 "$MEDCERT" verify "$WORK/signed.pdf" --format json
[ "$(jq -r .status "$WORK/out")" = valid ] || fail "verify --format json: $(cat "$WORK/out")"
[ "$(jq -r '.signatures[0].pades_b_b' "$WORK/out")" = true ] || fail "verify --format json: not PAdES B-B"
[ "$(jq -r '.signatures[0].trust' "$WORK/out")" = not_checked ] || fail "verify --format json: trust"
[ "$(jq -r '.pdfa.part' "$WORK/out")" = 3 ] || fail "verify --format json: pdfa part"
pass "verify: valid, signer not verified against a trust list (verified with --trust CA, refused with another)"

# Signing keeps PDF/A: the signed 1b file is still valid PDF/A-1b for PDFBox preflight.
"$MEDCERT" render "$court" --pdfa 1b -o "$WORK/unsigned-1b.pdf"
"$MEDCERT" sign "$WORK/unsigned-1b.pdf" -o "$WORK/signed-1b.pdf" "${key[@]}"
classpath=$(printf '/usr/share/java/%s.jar:' preflight pdfbox2 fontbox2 xmpbox commons-logging javax.activation jaxb-api)
verdict=$(java -cp "$classpath" org.apache.pdfbox.preflight.Validator_A1b "$WORK/signed-1b.pdf" 2>&1 || true)
grep -q "is a valid PDF/A-1b file" <<<"$verdict" || fail "the signed --pdfa 1b file is not PDF/A-1b: $verdict"
pdffonts "$WORK/signed.pdf" | tail -n +3 | awk '$(NF-4) != "yes" {exit 1}' || fail "a font is not embedded after signing"
pass "the signed PDF/A-1b file passes PDFBox preflight; every font still embedded"

# --- the password: a file, the environment or the terminal, never argv; a wrong one is exit 2 ------------
MEDCERT_P12_PASSWORD=$(head -1 "$pki/password") "$MEDCERT" sign "$WORK/unsigned.pdf" -o "$WORK/env.pdf" --p12 "$pki/signer.p12"
cmp -s "$WORK/env.pdf" "$WORK/signed.pdf" || fail "MEDCERT_P12_PASSWORD gives another file (same input and SOURCE_DATE_EPOCH)"
# script(1) gives the command a terminal; the password arrives once the prompt has turned echo off.
{ sleep 1; head -1 "$pki/password"; } | script -qec "'$MEDCERT' sign '$WORK/unsigned.pdf' -o '$WORK/typed.pdf' --p12 '$pki/signer.p12'" /dev/null >"$WORK/tty" 2>&1
cmp -s "$WORK/typed.pdf" "$WORK/signed.pdf" || fail "a password typed on the terminal did not sign: $(cat "$WORK/tty")"
grep -q "$(head -1 "$pki/password")" "$WORK/tty" && fail "the typed password was echoed"
echo "wrong password" >"$WORK/wrong"
expect_exit 2 "$MEDCERT" sign "$WORK/unsigned.pdf" -o "$WORK/wrong.pdf" --p12 "$pki/signer.p12" --password-file "$WORK/wrong"
grep -q "S-P12-PASSWORD" "$WORK/err" && grep -q "mot de passe incorrect" "$WORK/err" || fail "wrong password: $(cat "$WORK/err")"
[ ! -e "$WORK/wrong.pdf" ] || fail "a file was written despite the wrong password"
expect_exit 2 env -u MEDCERT_P12_PASSWORD setsid -w "$MEDCERT" --lang en sign "$WORK/unsigned.pdf" -o "$WORK/none.pdf" --p12 "$pki/signer.p12" </dev/null
grep -q "no password" "$WORK/err" || fail "no password and no terminal: $(cat "$WORK/err")"
expect_exit 2 "$MEDCERT" sign "$WORK/unsigned.pdf" -o "$WORK/argv.pdf" --p12 "$pki/signer.p12" --password secret
grep -qE -- '--password([^-]|$)' <<<"$("$MEDCERT" sign --help)" && fail "sign has a --password option"
[ ! -e "$WORK/argv.pdf" ] || fail "a file was written with a password on the command line"
pass "password from a file, MEDCERT_P12_PASSWORD or the terminal (echo off); wrong: exit 2, no file; no --password"

cp "$WORK/signed.pdf" "$WORK/before.pdf"
expect_exit 2 "$MEDCERT" sign "$WORK/unsigned.pdf" -o "$WORK/signed.pdf" "${key[@]}"
grep -q -- "--force" "$WORK/err" || fail "refusing to overwrite does not mention --force"
cmp -s "$WORK/signed.pdf" "$WORK/before.pdf" || fail "the existing file was changed"
expect_exit 1 "$MEDCERT" sign "$WORK/signed.pdf" -o "$WORK/twice.pdf" "${key[@]}"
grep -q "S-SIGNED" "$WORK/err" || fail "signing a signed PDF: $(cat "$WORK/err")"
expect_exit 0 "$MEDCERT" render "$court" -o "$WORK/rendered-signed.pdf" --sign "${key[@]}"
cmp -s "$WORK/rendered-signed.pdf" "$WORK/signed.pdf" || fail "render --sign differs from render then sign"
pass "no overwrite without --force; a signed PDF is not signed again (exit 1); render --sign = render + sign"

# --- two steps, the key outside medcert (a card, an HSM): openssl pkeyutl stands in for it --------------
"$MEDCERT" sign --prepare "$WORK/unsigned.pdf" -o "$WORK/prepared.pdf" --cert "$pki/signer.pem" --chain "$pki/ca.pem" \
  --digest-out "$WORK/digest.bin" >"$WORK/digest.hex"
[ "$(cat "$WORK/digest.hex")" = "$(to_hex <"$WORK/digest.bin")" ] || fail "--prepare prints another digest than --digest-out"
openssl pkeyutl -sign -inkey "$pki/signer.key" -in "$WORK/digest.bin" -pkeyopt digest:sha256 -out "$WORK/signature.bin"
expect_exit 0 "$MEDCERT" sign --complete "$WORK/prepared.pdf" --signature "$WORK/signature.bin" -o "$WORK/two-step.pdf"
cmp -s "$WORK/two-step.pdf" "$WORK/signed.pdf" || fail "two-step signing does not give the one-step file"
to_hex <"$WORK/signature.bin" | fold -w 60 >"$WORK/signature.hex"  # in lines, as xxd -p writes it
expect_exit 0 "$MEDCERT" sign --complete "$WORK/prepared.pdf" --signature "$WORK/signature.hex" -o "$WORK/two-step-hex.pdf"
cmp -s "$WORK/two-step-hex.pdf" "$WORK/signed.pdf" || fail "a hexadecimal signature does not give the same file"
openssl pkeyutl -sign -inkey "$pki/ec-signer.key" -in "$WORK/digest.bin" -out "$WORK/other.bin"
expect_exit 2 "$MEDCERT" sign --complete "$WORK/prepared.pdf" --signature "$WORK/other.bin" -o "$WORK/other.pdf"
grep -q "S-SIGNATURE" "$WORK/err" && [ ! -e "$WORK/other.pdf" ] || fail "another key's signature was accepted"
# A whole CMS made elsewhere over the prepared bytes is taken too (OpenSSL adds a signing-time: not B-B).
signed_bytes "$WORK/prepared.pdf" "$WORK/prepared-ranges.bin"
openssl cms -sign -binary -nosmimecap -md sha256 -in "$WORK/prepared-ranges.bin" -signer "$pki/signer.pem" \
  -inkey "$pki/signer.key" -outform DER -out "$WORK/external.der"
expect_exit 0 "$MEDCERT" sign --complete "$WORK/prepared.pdf" --signature "$WORK/external.der" -o "$WORK/external.pdf"
expect_exit 0 "$MEDCERT" --lang en verify "$WORK/external.pdf"
grep -q "V-PADES" "$WORK/out" || fail "an external CMS with signing-time is not flagged as not PAdES B-B"
grep -q "Signature is Valid" <<<"$(pdfsig "$WORK/external.pdf" 2>&1)" || fail "pdfsig refuses the external CMS"
pass "two steps: pkeyutl's signature of the digest gives the one-step bytes; hex accepted; another key refused; a CMS"

# --- a third-party signer fills medcert's field: poppler's pdfsig with a test NSS database --------------
mkdir "$WORK/nss"
certutil -N -d "sql:$WORK/nss" --empty-password
: >"$WORK/empty"
pk12util -i "$pki/signer.p12" -d "sql:$WORK/nss" -w "$pki/password" -k "$WORK/empty" >/dev/null
certutil -A -d "sql:$WORK/nss" -n "medcert test CA" -t "CT,C,C" -i "$pki/ca.pem"
pdfsig -nssdir "sql:$WORK/nss" -sign medcert_signature -nick signer "$WORK/unsigned.pdf" "$WORK/poppler.pdf" >/dev/null 2>&1 ||
  fail "pdfsig -sign medcert_signature failed"
report=$(sig_report "$WORK/poppler.pdf")
grep -q "Signature is Valid" <<<"$report" && grep -q "Total document signed" <<<"$report" || fail "pdfsig: $report"
expect_exit 0 "$MEDCERT" --lang en verify "$WORK/poppler.pdf"
grep -q "PDF/A: PDF/A-3B" "$WORK/out" || fail "the third-party signature lost the PDF/A identification"
grep -a -q "<pdfaid:part>3</pdfaid:part>" "$WORK/poppler.pdf" || fail "no pdfaid:part in the XMP after pdfsig -sign"
pass "pdfsig -sign medcert_signature (NSS): pdfsig and medcert verify accept it; pdfaid kept"

# --- tampering: medcert verify says invalid or modified (exit 1), and pdfsig where it can tell ----------
tamper() {  # tamper NAME: $WORK/NAME.pdf, a copy of signed.pdf to change
  cp "$WORK/signed.pdf" "$WORK/$1.pdf"
}
expect_tampered() {  # expect_tampered NAME WORD PDFSIG-SAYS
  expect_exit 1 "$MEDCERT" --lang en verify "$WORK/$1.pdf"
  grep -q "$2" "$WORK/out" || fail "$1: verify does not say '$2': $(cat "$WORK/out")"
  [ -z "$3" ] || grep -q "$3" <<<"$(sig_report "$WORK/$1.pdf")" || fail "$1: pdfsig does not say '$3'"
}
content=$(qpdf --show-pages "$WORK/signed.pdf" | awk '/content:/{getline; if (!n++) print $1}')
tamper page && flip_byte "$WORK/page.pdf" "$(($(stream_offset "$WORK/signed.pdf" "$content") + 20))"
expect_tampered page "signature INVALID" "Digest Mismatch"
findings=$(qpdf --list-attachments "$WORK/signed.pdf" | awk '/medcert-findings.json/{split($3, o, ","); print o[1]}')
tamper findings && flip_byte "$WORK/findings.pdf" "$(($(stream_offset "$WORK/signed.pdf" "$findings") + 20))"
expect_tampered findings "signature INVALID" "Digest Mismatch"
read -r a b c d <<<"$(byte_range "$WORK/signed.pdf")"
der_length=$((16#$(slice "$WORK/signed.pdf" "$((b + 5))" 4) + 4))  # "3082LLLL": SEQUENCE, two length bytes
tamper value && flip_byte "$WORK/value.pdf" "$((b + 1 + 2 * (der_length - 100)))" hex  # inside the RSA signature
expect_tampered value "signature INVALID" "Signature is Invalid"
tamper appended && printf '\n%% appended after signing\n' >>"$WORK/appended.pdf"
expect_tampered appended "document MODIFIED after signing" "Not total document signed"
# A real new revision: Info /Title replaced by an incremental update, as any PDF editor would append it.
tamper revised
size=$(grep -a -o '/Size [0-9]*' "$WORK/signed.pdf" | tail -1 | cut -d' ' -f2)
root=$(grep -a -o '/Root [0-9]* [0-9]* R' "$WORK/signed.pdf" | tail -1)
info=$(grep -a -o '/Info [0-9]* [0-9]* R' "$WORK/signed.pdf" | tail -1 | cut -d' ' -f2)
prev=$(tail -c 40 "$WORK/signed.pdf" | grep -a -A1 startxref | tail -n 1)
at=$(stat -c %s "$WORK/signed.pdf")
object="$info 0 obj
<< /Title (Modified after signing) >>
endobj
"
xref=$((at + ${#object}))
printf '%sxref\n%s 1\n%010d 00000 n \ntrailer\n<< /Size %s %s /Info %s 0 R /Prev %s >>\nstartxref\n%s\n%%%%EOF\n' \
  "$object" "$info" "$at" "$size" "$root" "$info" "$prev" "$xref" >>"$WORK/revised.pdf"
qpdf --check "$WORK/revised.pdf" >/dev/null 2>&1 || fail "the appended revision is not a valid PDF update"
pdfinfo "$WORK/revised.pdf" | grep -q "Modified after signing" || fail "the appended revision is not read"
expect_tampered revised "incremental update" "Not total document signed"
pass "tampering (page content, embedded findings, signature value, appended bytes, a new revision): exit 1"

# --- the report speaks the language asked for: French by default, English with --lang en; its JSON too ------
nnbsp=$'\u202F'
expect_exit 1 "$MEDCERT" verify "$WORK/revised.pdf"
grep -qF "document MODIFIÉ après la signature" "$WORK/out" || fail "verify: no French verdict: $(cat "$WORK/out")"
grep -qF "erreur [V-MODIFIED] le document a été modifié après la signature${nnbsp}: 1 mise(s) à jour incrémentale(s) ajoutée(s) après la partie signée (octets" \
  "$WORK/out" || fail "verify: V-MODIFIED not in French: $(cat "$WORK/out")"
grep -q "modified after\|incremental update\|signed part" "$WORK/out" && fail "verify in French holds English: $(cat "$WORK/out")"
expect_exit 1 "$MEDCERT" --lang en verify "$WORK/revised.pdf"
grep -qF "error [V-MODIFIED] the document was modified after signing: 1 incremental update(s) appended after the signed part (bytes" \
  "$WORK/out" || fail "verify --lang en: V-MODIFIED not in English: $(cat "$WORK/out")"
grep -q "modifié\|incrémentale\|octets" "$WORK/out" && fail "verify --lang en holds French: $(cat "$WORK/out")"
expect_exit 1 "$MEDCERT" verify "$WORK/revised.pdf" --format json
modified='.diagnostics[] | select(.rule == "V-MODIFIED")'
jq -r "$modified | .message" "$WORK/out" | grep -q "^le document a été modifié après la signature${nnbsp}: 1 mise(s)" ||
  fail "verify --format json: message not in French: $(cat "$WORK/out")"
[ "$(jq -r "$modified | .message_id" "$WORK/out")" = V-MODIFIED ] || fail "verify --format json: message_id"
[ "$(jq -r "$modified | .params.revisions" "$WORK/out")" = 1 ] || fail "verify --format json: params"
[ "$(jq -r .verdict "$WORK/out")" = "document MODIFIÉ après la signature" ] || fail "verify --format json: verdict"
expect_exit 1 "$MEDCERT" --lang en verify "$WORK/revised.pdf" --format json
jq -r "$modified | .message" "$WORK/out" | grep -q "^the document was modified after signing: 1 incremental update(s)" ||
  fail "verify --lang en --format json: message not in English: $(cat "$WORK/out")"
[ "$(jq -r .verdict "$WORK/out")" = "document MODIFIED after signing" ] || fail "verify --lang en --format json: verdict"
pass "verify of a tampered PDF: French by default, English with --lang en, text and JSON (message_id, params)"

# --- untrusted input: an error message, never a crash -----------------------------------------------------
head -c $(($(stat -c %s "$WORK/signed.pdf") / 2)) "$WORK/signed.pdf" >"$WORK/truncated.pdf"
printf 'not a PDF at all' >"$WORK/garbage.pdf"
for file in truncated garbage; do
  set +e; "$MEDCERT" verify "$WORK/$file.pdf" >/dev/null 2>&1; code=$?; set -e
  [ "$code" = 1 ] || [ "$code" = 2 ] || fail "verify $file.pdf exited $code"
done
expect_exit 2 "$MEDCERT" verify "$WORK/garbage.pdf"
expect_exit 2 "$MEDCERT" sign "$WORK/garbage.pdf" -o "$WORK/g.pdf" "${key[@]}"
pass "a truncated or non-PDF file: verify and sign answer with a message and exit 1 or 2"
