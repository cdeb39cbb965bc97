#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# PDFs made to crash, hang or exhaust a PDF reader (tests/hostile/pdf/make_hostile.py): `verify`, `extract`
# and `sign` each end within 5 s and 200 MB of resident memory, exit 1 or 2 with the rule listed in
# tests/hostile/pdf/hostile.expect, print nothing on extract's standard output, write no file, and raise no
# sanitizer report (run it under the asan preset too). PoDoFo 0.9.8 crashed or hung on each before qpdf
# screened untrusted PDFs (docs/security.md, "Hostile PDFs").
source "$(dirname "$0")/lib.sh"
signed_court
pki="$WORK/pki"
python3 "$SRC/tests/hostile/pdf/make_hostile.py" "$WORK/signed.pdf" "$WORK/hostile"

expect_file="$SRC/tests/hostile/pdf/hostile.expect"
listed=$(grep -v '^#' "$expect_file" | awk 'NF {print $1}' | sort)
made=$(cd "$WORK/hostile" && ls | sed 's/\.pdf$//' | sort)
[ "$listed" = "$made" ] || fail "hostile.expect and make_hostile.py disagree: $(diff <(echo "$listed") <(echo "$made"))"

# bounded NAME COMMAND RULE ARGS...: runs medcert within 5 s, its peak RSS measured by GNU time; exit 1
# or 2, RULE in what it says (standard output and error), no sanitizer report.
bounded() {
  local name=$1 command=$2 rule=$3; shift 3
  set +e
  timeout 5 /usr/bin/time -f %M -o "$WORK/rss" "$MEDCERT" --lang en "$command" "$@" >"$WORK/out" 2>"$WORK/err"
  local code=$?
  set -e
  [ "$code" != 124 ] || fail "$name: $command did not end within 5 s"
  [ "$code" = 1 ] || [ "$code" = 2 ] || fail "$name: $command exits $code, expected 1 or 2: $(head -c 2000 "$WORK/err")"
  local rss
  rss=$(tail -1 "$WORK/rss")
  [ "$rss" -lt 204800 ] || fail "$name: $command used $rss KB of memory (limit 200 MB)"
  ! grep -qE "Sanitizer|runtime error" "$WORK/err" || fail "$name: $command: sanitizer report: $(head -c 2000 "$WORK/err")"
  cat "$WORK/out" "$WORK/err" | grep -qF "[$rule]" || fail "$name: $command does not say $rule: $(head -c 2000 "$WORK/out" "$WORK/err")"
}

count=0
while read -r name verify_rule extract_rule sign_rule; do
  case $name in '#'* | '') continue ;; esac
  file="$WORK/hostile/$name.pdf"
  bounded "$name" verify "$verify_rule" "$file"
  bounded "$name" extract "$extract_rule" "$file"
  [ ! -s "$WORK/out" ] || fail "$name: extract printed $(stat -c %s "$WORK/out") bytes"
  bounded "$name" sign "$sign_rule" "$file" -o "$WORK/out.pdf" --p12 "$pki/signer.p12" --password-file "$pki/password"
  [ ! -e "$WORK/out.pdf" ] || fail "$name: sign wrote a file"
  count=$((count + 1))
done <"$expect_file"
pass "$count hostile PDFs: verify, extract and sign end within 5 s and 200 MB, exit 1 or 2 with the rule of hostile.expect"
