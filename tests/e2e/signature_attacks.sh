#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The published attacks on PDF signatures (USF, ISA, SWA, shadow), applied by tests/hostile/pdf/make_attacks.py
# to a certificate signed here: `medcert verify` must never accept one (exit and rules from attacks.expect),
# and pdfsig's verdict is checked too (pdfsig exits 0 even on "Digest Mismatch": its output is parsed).
source "$(dirname "$0")/lib.sh"
signed_court
python3 "$SRC/tests/hostile/pdf/make_attacks.py" "$WORK/signed.pdf" "$WORK/attacks"
python3 "$SRC/tests/hostile/pdf/make_attacks.py" "$WORK/signed.pdf" "$WORK/again"
diff -r "$WORK/attacks" "$WORK/again" >/dev/null || fail "make_attacks.py is not deterministic"

expect_file="$SRC/tests/hostile/pdf/attacks.expect"
listed=$(grep -v '^#' "$expect_file" | awk 'NF {print $1}' | sort)
made=$(cd "$WORK/attacks" && ls | sed 's/\.pdf$//' | sort)
[ "$listed" = "$made" ] || fail "attacks.expect and make_attacks.py disagree: $(diff <(echo "$listed") <(echo "$made"))"

pdfsig_verdict() {
  local report
  report=$(pdfsig "$1" 2>/dev/null || true)
  if ! grep -q "Signature Validation: Signature is Valid" <<<"$report"; then echo rejected
  elif grep -q "Total document signed" <<<"$report" && ! grep -q "Not total document signed" <<<"$report"; then echo valid
  else echo partial; fi
}

count=0
while read -r name code status rules poppler; do
  case $name in '#'* | '') continue ;; esac
  file="$WORK/attacks/$name.pdf"
  set +e
  "$MEDCERT" --lang en verify --format json "$file" >"$WORK/report.json" 2>"$WORK/err"
  got=$?
  set -e
  ! grep -qE "Sanitizer|runtime error" "$WORK/err" || fail "$name: sanitizer report: $(cat "$WORK/err")"
  [ "$got" = "$code" ] || fail "$name: verify exits $got, expected $code: $(cat "$WORK/report.json" "$WORK/err")"
  [ "$(jq -r .status "$WORK/report.json")" = "$status" ] || fail "$name: status $(jq -r .status "$WORK/report.json"), expected $status"
  if [ "$rules" != - ]; then
    for rule in ${rules//,/ }; do
      jq -e --arg r "$rule" '[.diagnostics[] | select(.severity == "error" and .rule == $r)] | length > 0' \
        "$WORK/report.json" >/dev/null || fail "$name: no $rule error in $(jq -c .diagnostics "$WORK/report.json")"
    done
  fi
  [ "$(pdfsig_verdict "$file")" = "$poppler" ] || fail "$name: pdfsig says $(pdfsig_verdict "$file"), expected $poppler"
  count=$((count + 1))
done <"$expect_file"
pass "$count files of tests/hostile/pdf: verify and pdfsig verdicts as in attacks.expect (only valid_signed accepted)"

# The reasons are precise: where the appended bytes are, which hole is not /Contents.
"$MEDCERT" --lang en verify --format json "$WORK/attacks/isa_content_changed.pdf" >"$WORK/report.json" || true
size=$(stat -c %s "$WORK/signed.pdf")
jq -r '.diagnostics[].message' "$WORK/report.json" | grep -q "1 incremental update(s) appended after the signed part (bytes $size–" ||
  fail "isa_content_changed: no byte span in $(jq -c .diagnostics "$WORK/report.json")"
"$MEDCERT" --lang en verify --format json "$WORK/attacks/usf_byterange_other_hole.pdf" >"$WORK/report.json" || true
jq -r '.diagnostics[].message' "$WORK/report.json" | grep -q "its hole (bytes [0-9]*–[0-9]*) differs from the signature's /Contents" ||
  fail "usf_byterange_other_hole: $(jq -c .diagnostics "$WORK/report.json")"
pass "the reports say where: the appended update's bytes, the hole that is not /Contents"
