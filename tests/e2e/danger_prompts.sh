#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The danger prompts (R-DG-*, docs/rules.md): `check` on the long physician example shows a notice for the
# strangulation, the repeated violence and the children, each at its first place in the file with its source
# line and caret, in French and English, in JSON as "notice"; none blocks (exit 0, ok true, the PDF written)
# and none reaches the PDF. A lesion of the neck alone is a criterion; the midwife's pregnancy is one.
source "$(dirname "$0")/lib.sh"

# The messages' no-break spaces (inside « », before « : ») read as spaces here.
spaces() { sed 's/\xe2\x80\xaf/ /g; s/\xc2\xa0/ /g' "$1" >"$1.plain" && mv "$1.plain" "$1"; }

long=$SRC/examples/medecin/long.yaml
"$MEDCERT" check "$long" >"$WORK/fr.txt" 2>&1 || { cat "$WORK/fr.txt" >&2; fail "check long.yaml: exit $?"; }
spaces "$WORK/fr.txt"
grep -qF "$long:45:5: information [R-DG-1] « serré le cou », « pétéchies également visibles sur les conjonctives », lésion n° 4 (cou), lésion n° 5 (cou)" "$WORK/fr.txt" ||
  { cat "$WORK/fr.txt" >&2; fail "R-DG-1 at the declaration, with the words and the neck lesions"; }
grep -qF "$long:48:5: information [R-DG-6] « pas la première fois »" "$WORK/fr.txt" || fail "R-DG-6 at the last declaration"
grep -qF "$long:54:5: information [R-DG-5] « les enfants »" "$WORK/fr.txt" || fail "R-DG-5 at the last complaint"
grep -qF "Consignez l’examen du cou" "$WORK/fr.txt" || grep -qF "Consignez l'examen du cou" "$WORK/fr.txt" || fail "R-DG-1 says to record the neck"
grep -qF "Ce rappel ne décide rien." "$WORK/fr.txt" || fail "the notice says it decides nothing"
grep -qE '^ +\^$' "$WORK/fr.txt" || fail "no caret under the source line"
grep -qx "0 erreur(s), 0 avertissement(s), 3 information(s)" "$WORK/fr.txt" || { tail -1 "$WORK/fr.txt" >&2; fail "the count line"; }
[ "$(grep -c '\[R-DG-' "$WORK/fr.txt")" = 3 ] || fail "one notice per criterion, three in all"
pass "check long.yaml: three notices (R-DG-1, R-DG-6, R-DG-5) at file:line:column, exit 0"

"$MEDCERT" --lang en check "$long" >"$WORK/en.txt" 2>&1 || fail "check --lang en: exit $?"
spaces "$WORK/en.txt"
grep -qF "$long:45:5: notice [R-DG-1] \"serré le cou\"" "$WORK/en.txt" || { cat "$WORK/en.txt" >&2; fail "English notice"; }
grep -qF "This reminder decides nothing." "$WORK/en.txt" || fail "English reminder"
grep -qx "0 error(s), 0 warning(s), 3 notice(s)" "$WORK/en.txt" || fail "English count line"
pass "check --lang en: notices in English"

"$MEDCERT" check --format json "$long" >"$WORK/long.json" || fail "check --format json: exit $?"
[ "$(jq -r '.ok' "$WORK/long.json")" = true ] || fail "ok is not true with notices only"
[ "$(jq -r '[.diagnostics[] | "\(.rule) \(.severity) \(.path)"] | join(";")' "$WORK/long.json")" = \
  "R-DG-1 notice findings.declarations[1];R-DG-6 notice findings.declarations[4];R-DG-5 notice findings.complaints[4]" ] ||
  { cat "$WORK/long.json" >&2; fail "JSON: rule, severity notice, path"; }
pass "check --format json: severity \"notice\", ok true"

"$MEDCERT" render "$long" -o "$WORK/long.pdf" 2>"$WORK/render.err" || { cat "$WORK/render.err" >&2; fail "render with notices"; }
[ "$(grep -c '\[R-DG-' "$WORK/render.err")" = 3 ] || fail "render prints the three notices"
text=$(pdf_text "$WORK/long.pdf")
case "$text" in *"rappel"* | *"R-DG"* | *"danger"*) fail "a notice reached the PDF" ;; esac
pass "render: the PDF is written, the notices printed and never in the document"

# A lesion of the neck, and nothing said: the criterion is the finding.
sed 's/^    region: bras$/    region: cou/' "$SRC/examples/medecin/court.yaml" >"$WORK/cou.yaml"
grep -q 'region: cou' "$WORK/cou.yaml" || fail "court.yaml has no lesion on the arm to move to the neck"
"$MEDCERT" check --format json "$WORK/cou.yaml" >"$WORK/cou.json" || fail "check cou.yaml: exit $?"
[ "$(jq -r '[.diagnostics[] | select(.severity == "notice") | .rule] | join(",")' "$WORK/cou.json")" = R-DG-1 ] ||
  { cat "$WORK/cou.json" >&2; fail "a neck lesion alone gives R-DG-1"; }
pass "a lesion of the neck alone: R-DG-1"

"$MEDCERT" check --format json "$SRC/examples/sage-femme/certificat.yaml" >"$WORK/sf.json" || fail "check sage-femme: exit $?"
jq -e '[.diagnostics[] | select(.rule == "R-DG-4" and .severity == "notice")] | length == 1' "$WORK/sf.json" >/dev/null ||
  { cat "$WORK/sf.json" >&2; fail "the midwife's pregnancy gives R-DG-4"; }
pass "the midwife's pregnancy: R-DG-4"
