#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# `verify` checks the signer's certificate as `sign` does, at the signature's /M, with or without --trust:
# a certificate that could not sign then (expired, not yet valid, keyEncipherment only, keyCertSign only)
# makes the signature invalid (V-CERTIFICATE, exit 1); a --trust file holding no certificate is an error
# (V-TRUST-LIST, exit 2), never silently ignored. `sign` refuses such certificates, so the signatures are made
# as an external signer would: medcert prepares the field with the valid signer's certificate, openssl cms
# signs the prepared bytes with the other certificate, medcert completes.
source "$(dirname "$0")/lib.sh"
pki="$WORK/pki"
bash "$SRC/tests/e2e/make_test_pki.sh" "$pki" >/dev/null
"$MEDCERT" render "$SRC/examples/medecin/court.yaml" -o "$WORK/unsigned.pdf"
"$MEDCERT" sign --prepare "$WORK/unsigned.pdf" -o "$WORK/prepared.pdf" --cert "$pki/signer.pem" --chain "$pki/ca.pem" >/dev/null
signed_bytes "$WORK/prepared.pdf" "$WORK/ranges.bin"

# signed_by NAME: $WORK/NAME.pdf, the prepared certificate completed with a CMS signed by pki/NAME.
signed_by() {
  openssl cms -sign -binary -nosmimecap -md sha256 -in "$WORK/ranges.bin" -signer "$pki/$1.pem" -inkey "$pki/$1.key" \
    -certfile "$pki/ca.pem" -outform DER -out "$WORK/$1.der" 2>"$WORK/err" || fail "openssl cms -sign $1: $(cat "$WORK/err")"
  "$MEDCERT" sign --complete "$WORK/prepared.pdf" --signature "$WORK/$1.der" -o "$WORK/$1.pdf" ||
    fail "sign --complete with $1's CMS"
}

# The control: the same path with the valid signer's certificate is valid (a CMS signing-time: a warning).
signed_by signer
expect_exit 0 "$MEDCERT" --lang en verify "$WORK/signer.pdf" --trust "$pki/ca.pem"
pass "the external-CMS path itself gives a valid, trusted signature with the valid signer"

# refused NAME VARIANT TEXT: invalid, exit 1, without and with the CA as trust list.
refused() {
  signed_by "$1"
  local trust
  for trust in "" "$pki/ca.pem"; do
    expect_exit 1 "$MEDCERT" --lang en verify --format json "$WORK/$1.pdf" ${trust:+--trust "$trust"}
    [ "$(jq -r .status "$WORK/out")" = invalid ] || fail "$1: status $(jq -r .status "$WORK/out")"
    jq -r '.diagnostics[] | select(.severity == "error") | "\(.rule) \(.message)"' "$WORK/out" >"$WORK/errors"
    grep -q "^V-CERTIFICATE .*$3" "$WORK/errors" || fail "$1${trust:+ (--trust)}: no V-CERTIFICATE '$3': $(cat "$WORK/errors")"
    expect_exit 1 "$MEDCERT" verify "$WORK/$1.pdf" ${trust:+--trust "$trust"}
    grep -q "V-CERTIFICATE" "$WORK/out" || fail "$1: the text report does not say V-CERTIFICATE"
  done
}
refused encipher key_usage "neither digitalSignature nor nonRepudiation"
refused ca-only key_usage "neither digitalSignature nor nonRepudiation"
refused expired validity "was not valid at the signing time"
refused future validity "was not valid at the signing time"
pass "keyEncipherment only, keyCertSign only, expired and not yet valid at /M: invalid (V-CERTIFICATE), with and without --trust"

# --trust files that hold no certificate: exit 2, V-TRUST-LIST, whatever the signature.
echo "not a certificate" >"$WORK/text.txt"
head -c 300 "$pki/ca.pem" >"$WORK/truncated.pem"
: >"$WORK/empty.pem"
for file in "$WORK/text.txt" "$pki/signer.key" "$WORK/truncated.pem" "$WORK/empty.pem"; do
  expect_exit 2 "$MEDCERT" --lang en verify "$WORK/signer.pdf" --trust "$pki/ca.pem" --trust "$file"
  grep -q "V-TRUST-LIST.*trust list item 2" "$WORK/out" || fail "--trust $(basename "$file"): $(cat "$WORK/out" "$WORK/err")"
  ! grep -q "BEGIN" "$WORK/out" "$WORK/err" || fail "--trust $(basename "$file"): the file's content is echoed"
done
pass "a --trust file with no certificate (text, private key, truncated PEM, empty): V-TRUST-LIST, exit 2"
