#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Every good example (examples/<profession>/*.yaml) is checked and rendered with no error and no warning (a
# danger prompt or a signalement's reminder on children, a notice, follows its words: printed, never
# blocking) — and independent programs read the PDF back: qpdf (structure), pdffonts (every font embedded);
# same input and SOURCE_DATE_EPOCH give identical bytes.
source "$(dirname "$0")/lib.sh"

shopt -s nullglob
examples=("$SRC"/examples/*/*.yaml)
[ ${#examples[@]} -ge 8 ] || fail "expected at least eight good examples in $SRC/examples/<profession>/"

for example in "${examples[@]}"; do
  name=$(basename "$(dirname "$example")")-$(basename "$example" .yaml)
  "$MEDCERT" check --format json "$example" >"$WORK/$name.json" || fail "$name: check exits non-zero"
  [ "$(jq '[.diagnostics[] | select(.severity != "notice")] | length' "$WORK/$name.json")" = 0 ] ||
    { cat "$WORK/$name.json" >&2; fail "$name: errors or warnings"; }
  notices=$(jq '.diagnostics | length' "$WORK/$name.json")
  out="$WORK/$name.pdf"
  "$MEDCERT" render "$example" -o "$out" 2>"$WORK/$name.err" || { cat "$WORK/$name.err" >&2; fail "$name: render failed"; }
  # render prints the notices and nothing else: each one's line, its source line and caret, the count.
  [ -z "$(beyond_notices "$WORK/$name.err")" ] || { cat "$WORK/$name.err" >&2; fail "$name: render printed an error or a warning"; }
  [ "$(grep -cE "$notice_line" "$WORK/$name.err")" = "$notices" ] ||
    { cat "$WORK/$name.err" >&2; fail "$name: render does not print the $notices notice(s) check lists"; }
  [ -s "$out" ] || fail "$name: empty output"

  qpdf --check "$out" >"$WORK/$name.qpdf" 2>&1 || { cat "$WORK/$name.qpdf" >&2; fail "$name: qpdf --check"; }
  grep -q "No syntax or stream encoding errors found" "$WORK/$name.qpdf" || fail "$name: qpdf reports problems"

  # pdffonts: two header lines, then one line per font; the "emb" column must say yes for all.
  pdffonts "$out" >"$WORK/$name.fonts"
  fonts=$(tail -n +3 "$WORK/$name.fonts" | wc -l)
  [ "$fonts" -ge 1 ] || fail "$name: no font listed"
  not_embedded=$(tail -n +3 "$WORK/$name.fonts" | awk '{ n = NF; if ($(n-4) != "yes") print }' | wc -l)
  [ "$not_embedded" -eq 0 ] || { cat "$WORK/$name.fonts" >&2; fail "$name: a font is not embedded"; }

  "$MEDCERT" render "$example" -o "$WORK/$name-again.pdf" 2>/dev/null
  cmp -s "$out" "$WORK/$name-again.pdf" || fail "$name: two renders with the same SOURCE_DATE_EPOCH differ"
  pass "$name: no error or warning ($notices notice(s)), renders, qpdf clean, $fonts font(s) embedded, deterministic"
done
