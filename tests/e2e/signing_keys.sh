#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The signer's key and certificate: every unusable one refused with a clear message and no output file,
# the password accepted from a file (trailing newline or CRLF, or empty) and never printed (docs/signing.md).
source "$(dirname "$0")/lib.sh"
pki="$WORK/pki"
bash "$SRC/tests/e2e/make_test_pki.sh" "$pki" >/dev/null
password=$(head -1 "$pki/password")
"$MEDCERT" render "$SRC/examples/medecin/court.yaml" -o "$WORK/unsigned.pdf"

# sign_fails NAME P12 PASSWORD-FILE RULE TEXT: exit 2, the rule and the English text, no output, no secret.
sign_fails() {
  local name=$1
  set +e
  "$MEDCERT" --lang en sign "$WORK/unsigned.pdf" -o "$WORK/$name.pdf" --p12 "$2" --password-file "$3" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  set -e
  [ "$got" = 2 ] || fail "$name: exit $got, expected 2: $(cat "$WORK/err")"
  grep -q "$4" "$WORK/err" && grep -qF "$5" "$WORK/err" || fail "$name: expected $4 '$5': $(cat "$WORK/err")"
  [ ! -e "$WORK/$name.pdf" ] || fail "$name: a file was written"
  [ ! -s "$WORK/out" ] || fail "$name: something on standard output: $(cat "$WORK/out")"
  ! grep -qaF "$password" "$WORK/err" || fail "$name: the password is in the message"
}
sign_fails expired "$pki/expired.p12" "$pki/password" S-CERTIFICATE "is not valid at the signing time"
sign_fails future "$pki/future.p12" "$pki/password" S-CERTIFICATE "is not valid at the signing time"
sign_fails encipher "$pki/encipher.p12" "$pki/password" S-CERTIFICATE "neither digitalSignature nor nonRepudiation"
sign_fails agreement "$pki/agreement.p12" "$pki/password" S-CERTIFICATE "neither digitalSignature nor nonRepudiation"
pass "expired, not yet valid, keyEncipherment only, keyAgreement only: S-CERTIFICATE, exit 2, no file"

openssl pkcs12 -export -nokeys -in "$pki/signer.pem" -passout file:"$pki/password" -out "$WORK/nokey.p12"
sign_fails nokey "$WORK/nokey.p12" "$pki/password" S-P12 "does not hold both a private key and its certificate"
echo "not the password" >"$WORK/wrong"
sign_fails wrong "$pki/signer.p12" "$WORK/wrong" S-P12-PASSWORD "wrong password for this PKCS#12 file"
head -c 300 /dev/urandom >"$WORK/garbage.p12"
sign_fails garbage "$WORK/garbage.p12" "$pki/password" S-P12 "not a readable PKCS#12"
pass "a PKCS#12 without a key, a wrong password, a non-PKCS#12 file: their message, exit 2, no file, no password shown"

# The password file's first line is the password: "\n" or "\r\n" ends it; an empty one is a password too.
printf '%s\r\n' "$password" >"$WORK/crlf"
"$MEDCERT" sign "$WORK/unsigned.pdf" -o "$WORK/crlf.pdf" --p12 "$pki/signer.p12" --password-file "$WORK/crlf"
printf '%s' "$password" >"$WORK/bare"
"$MEDCERT" sign "$WORK/unsigned.pdf" -o "$WORK/bare.pdf" --p12 "$pki/signer.p12" --password-file "$WORK/bare"
cmp -s "$WORK/crlf.pdf" "$WORK/bare.pdf" || fail "a password with and without CRLF sign differently"
: >"$WORK/empty"
openssl pkcs12 -export -inkey "$pki/signer.key" -in "$pki/signer.pem" -passout pass: -out "$WORK/empty.p12"
"$MEDCERT" sign "$WORK/unsigned.pdf" -o "$WORK/empty.pdf" --p12 "$WORK/empty.p12" --password-file "$WORK/empty"
"$MEDCERT" verify "$WORK/empty.pdf" >/dev/null || fail "the PKCS#12 with an empty password did not sign"
sign_fails empty-wrong "$pki/signer.p12" "$WORK/empty" S-P12-PASSWORD "wrong password"
pass "password file: LF, CRLF or no end of line; an empty password opens a PKCS#12 exported without one"

# Never on the command line: --password is an unknown option, and the password is refused wherever it hides.
set +e
"$MEDCERT" sign "$WORK/unsigned.pdf" -o "$WORK/argv.pdf" --p12 "$pki/signer.p12" --password "$password" >"$WORK/out" 2>"$WORK/err"
got=$?
set -e
[ "$got" = 2 ] && [ ! -e "$WORK/argv.pdf" ] || fail "--password: exit $got"
grep -qi "password" "$WORK/err" || fail "--password is not named as the unknown option: $(cat "$WORK/err")"
! grep -qaF "$password" "$WORK/out" "$WORK/err" || fail "--password: the value is echoed back"
! grep -qaF "$password" "$WORK/crlf.pdf" || fail "the password is in the signed PDF"
pass "--password refused without echoing its value; the password never in a signed PDF"

# Ctrl-C at the prompt (signal keys are off there) cancels it: no file, and the terminal gets its echo back.
{ sleep 1; printf '\003'; } | script -qec "'$MEDCERT' --lang en sign '$WORK/unsigned.pdf' -o '$WORK/interrupted.pdf' --p12 '$pki/signer.p12'; stty -a" /dev/null >"$WORK/tty" 2>&1 || true
[ ! -e "$WORK/interrupted.pdf" ] || fail "a file was written after Ctrl-C at the prompt"
grep -q "no password" "$WORK/tty" || fail "Ctrl-C at the prompt: $(cat "$WORK/tty")"
grep -qE '(^| )echo( |$)' "$WORK/tty" && grep -qE '(^| )isig( |$)' "$WORK/tty" || fail "the terminal was not restored: $(cat "$WORK/tty")"
pass "Ctrl-C at the password prompt: cancelled, no file, echo and signal keys restored"
