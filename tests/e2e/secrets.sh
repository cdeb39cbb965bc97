#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# No argument value is ever printed back by a usage error (docs/security.md, promise 4): a password typed
# after a mistyped option (--pass, -p, --password-fil), attached to one (--pass=…, -p…), given to
# --password, or given where --password-file expects a path. Each message names the option, never the value;
# stdout and stderr are searched for the secret, in French and in English.
source "$(dirname "$0")/lib.sh"
secret='Tr3s-s3cret!pw'
"$MEDCERT" render "$SRC/examples/medecin/court.yaml" -o "$WORK/unsigned.pdf"
pki="$WORK/pki"
bash "$SRC/tests/e2e/make_test_pki.sh" "$pki" >/dev/null

# no_secret CODE OPTION ARGS...: medcert ARGS exits CODE, names OPTION and prints nothing of the secret.
no_secret() {
  local code=$1 option=$2 lang
  shift 2
  for lang in fr en; do
    expect_exit "$code" "$MEDCERT" --lang "$lang" "$@"
    ! grep -qaF -- "$secret" "$WORK/out" "$WORK/err" || fail "$*: the secret is printed: $(cat "$WORK/err")"
    grep -qaF -- "$option" "$WORK/err" || fail "$*: the message does not name $option: $(cat "$WORK/err")"
  done
}

sign=(sign "$WORK/unsigned.pdf" -o "$WORK/signed.pdf" --p12 "$pki/signer.p12")
no_secret 2 --pass "${sign[@]}" --pass "$secret"
no_secret 2 --pass "${sign[@]}" --pass="$secret"
no_secret 2 -p "${sign[@]}" -p "$secret"
no_secret 2 -p "${sign[@]}" -p"$secret"
no_secret 2 --password-fil "${sign[@]}" --password-fil "$secret"
no_secret 2 --password-fil "${sign[@]}" --password-fil="$secret"
no_secret 2 --password "${sign[@]}" --password "$secret"
no_secret 2 --password "${sign[@]}" --password="$secret"
pass "a password after a mistyped or refused option is never printed, only the option's name"

# A password where the password file's path is expected: the file cannot be read, and its "name" is not shown.
no_secret 2 --password-file "${sign[@]}" --password-file "$secret"
[ ! -e "$WORK/signed.pdf" ] || fail "a PDF was signed without a password"
pass "--password-file given a password: the message names the option, not the value"

# Values CLI11 would quote: an option's value that is not allowed, or not a number, or an argument too many.
no_secret 2 --lang --lang "$secret" check "$SRC/examples/medecin/court.yaml"
no_secret 2 --mode render "$SRC/examples/medecin/court.yaml" -o "$WORK/x.pdf" --mode "$secret"
expect_exit 2 "$MEDCERT" check "$SRC/examples/medecin/court.yaml" "$secret"
! grep -qaF -- "$secret" "$WORK/out" "$WORK/err" || fail "an unexpected argument is printed: $(cat "$WORK/err")"
pass "values refused by the parser are not printed either"
