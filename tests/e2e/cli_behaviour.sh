#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The command line as a user meets it: help, version, templates, skeletons, output handling
# (no overwrite without --force, stdout, stdin), languages and exit codes.
source "$(dirname "$0")/lib.sh"
short="$SRC/examples/medecin/court.yaml"

expect_exit 0 "$MEDCERT" --help
grep -q "render" "$WORK/out" && grep -q "check" "$WORK/out" || fail "--help does not list the commands"
for cmd in render check templates new batch; do
  expect_exit 0 "$MEDCERT" "$cmd" --help
done
pass "--help everywhere"

expect_exit 0 "$MEDCERT" --version
grep -Eq '^medcert [0-9]+\.[0-9]+\.[0-9]+$' "$WORK/out" || fail "--version: $(cat "$WORK/out")"
pass "--version"

expect_exit 2 "$MEDCERT"
expect_exit 2 "$MEDCERT" frobnicate
expect_exit 2 "$MEDCERT" render
pass "usage errors exit 2"

expect_exit 0 "$MEDCERT" templates
grep -q "medecin / physician" "$WORK/out" || fail "templates does not list the physician's template"
pass "templates"

for profession in medecin physician; do
  expect_exit 0 "$MEDCERT" new "$profession"
  grep -q "^author:" "$WORK/out" || fail "new $profession: no author section"
  grep -qi "fictif\|fictive\|fictional" "$WORK/out" || fail "new $profession: the skeleton does not say it is fictional"
done
expect_exit 2 "$MEDCERT" new medcin
grep -q "medecin" "$WORK/err" || fail "new medcin: no 'did you mean medecin'"
pass "new (French and English ids, did you mean)"

# Output handling.
expect_exit 0 "$MEDCERT" render "$short" -o "$WORK/a.pdf"
[ "$(stat -c %a "$WORK/a.pdf")" = 600 ] || fail "the PDF is not created with mode 0600"
cp "$WORK/a.pdf" "$WORK/a.before"
expect_exit 2 "$MEDCERT" render "$short" -o "$WORK/a.pdf"
grep -q -- "--force" "$WORK/err" || fail "refusing to overwrite does not mention --force"
cmp -s "$WORK/a.pdf" "$WORK/a.before" || fail "the existing file was changed"
expect_exit 0 "$MEDCERT" render "$short" -o "$WORK/a.pdf" --force
pass "no overwrite without --force; mode 0600"

"$MEDCERT" render "$short" -o - >"$WORK/stdout.pdf"
cmp -s "$WORK/stdout.pdf" "$WORK/a.pdf" || fail "-o - does not write the same PDF to stdout"
"$MEDCERT" render - -o "$WORK/stdin.pdf" <"$short"
cmp -s "$WORK/stdin.pdf" "$WORK/a.pdf" || fail "reading findings from stdin gives another PDF"
expect_exit 2 "$MEDCERT" render - <"$short"
pass "stdin and stdout"

cp "$short" "$WORK/default.yaml"
expect_exit 0 "$MEDCERT" render "$WORK/default.yaml"
[ -s "$WORK/default.pdf" ] || fail "without -o the PDF is not written beside the findings"
pass "default output name"

expect_exit 2 "$MEDCERT" render "$WORK/does-not-exist.yaml" -o "$WORK/x.pdf"
[ ! -e "$WORK/x.pdf" ] || fail "an output was written for a missing input"
pass "missing input exits 2"

# JSON goes through the same loader: a JSON twin of a YAML case gives the same certificate. The twins hold
# every key, the statements "nothing to report" beside the content they deny too (R-SI-7), the blocks of
# other professions (R-SC-2), the signalement's, the minor's and the annexes' (last in the YAML twin, but who
# asked for a minor's certificate, in `issuance`): both lose them.
grep -v '_statement:\|requested_by:' "$SRC/tests/fixtures/load/full.yaml" | sed '/^care_reason:/,$d' >"$WORK/full.yaml"
jq 'del(.issuance.requested_by, .declarations_statement, .complaints_statement, .psychological_state_statement,
        .functional_impact_statement, .care_reason, .dental_reservations, .signalement, .danger_criteria,
        .emprise_elements, .household_children, .accompanying, .accompanying_words, .diagram, .photos,
        .annex_consent)' \
  "$SRC/tests/fixtures/load/full.json" >"$WORK/full.json"
"$MEDCERT" render "$WORK/full.yaml" -o "$WORK/yaml.pdf" 2>/dev/null
"$MEDCERT" render "$WORK/full.json" -o "$WORK/json.pdf" 2>/dev/null
cmp -s "$WORK/yaml.pdf" "$WORK/json.pdf" || fail "the JSON and YAML twins give different PDFs"
pass "JSON findings"

# Languages: French by default, English with --lang en or an English locale.
faulty="$SRC/examples/medecin/faulty/unknown-key.yaml"
expect_exit 1 "$MEDCERT" check "$faulty"
grep -q "erreur" "$WORK/out" || fail "default messages are not French"
expect_exit 1 "$MEDCERT" --lang en check "$faulty"
grep -q "error" "$WORK/out" && ! grep -q "erreur" "$WORK/out" || fail "--lang en does not give English"
LANG=en_GB.UTF-8 LC_ALL= expect_exit 1 "$MEDCERT" check "$faulty"
grep -q "did you mean" "$WORK/out" || fail "an English locale does not give English"
pass "French by default, English on request"

expect_exit 0 "$MEDCERT" check "$short"
expect_exit 0 "$MEDCERT" check --format json "$short"
grep -q '"format_version": 1' "$WORK/out" || fail "JSON output has no format_version"
grep -q '"ok": true' "$WORK/out" || fail "JSON output of a good case is not ok"
pass "check"

# A hostile file's bytes never reach the terminal raw: the echoed source line is made printable.
expect_exit 2 "$MEDCERT" check "$SRC/examples/medecin/faulty/binary-garbage.yaml"
LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f\xff]' "$WORK/out" && fail "raw control or non-UTF-8 bytes printed"
pass "source lines are sanitised before printing"

SOURCE_DATE_EPOCH=yesterday expect_exit 2 "$MEDCERT" check "$short"
pass "a malformed SOURCE_DATE_EPOCH is refused"

# A template with a misspelt variable: medcert refuses to start, whatever the command, and names the rule and
# the template's file:line:column (the block holding the text), in French by default and in English.
data="$WORK/broken-data"
mkdir -p "$data"
cp -r "$SRC/templates" "$data/templates"
ln -s "$SRC/fonts" "$data/fonts"
common="$data/templates/commun/violences-majeur.yaml"
sed -i 's/à {examination\.time},/à {examination.tim},/' "$common"
grep -qF '{examination.tim},' "$common" || fail "the common template no longer says « à {examination.time}, »: adjust this test"
block_line=$(grep -n -- "- id: date_lieu" "$common" | cut -d: -f1)
expect_exit 2 "$MEDCERT" --data-dir "$data" check "$short"
grep -qF "$common:$block_line:" "$WORK/err" || fail "start-up error without the template's file:line:column"
nnbsp=$'\u202F'
grep -qF "erreur [T-VARIABLE] variable inconnue «${nnbsp}examination.tim${nnbsp}»${nnbsp}; vouliez-vous dire «${nnbsp}examination.time${nnbsp}»${nnbsp}?" \
  "$WORK/err" || fail "start-up error without its rule id, or not in French: $(cat "$WORK/err")"
grep -q "unknown\|did you mean" "$WORK/err" && fail "the French start-up error holds English: $(cat "$WORK/err")"
grep -qF -- "- id: date_lieu" "$WORK/err" || fail "start-up error without the template's line under it"
expect_exit 2 "$MEDCERT" --lang en --data-dir "$data" templates
grep -qF "$common:$block_line:" "$WORK/err" || fail "start-up error without the template's file:line:column (en)"
grep -qF 'error [T-VARIABLE] unknown variable "examination.tim"; did you mean "examination.time"?' "$WORK/err" ||
  fail "start-up error not in English with --lang en: $(cat "$WORK/err")"
grep -q "inconnue\|vouliez" "$WORK/err" && fail "the English start-up error holds French: $(cat "$WORK/err")"
[ ! -s "$WORK/out" ] || fail "a refused engine still listed templates"
rm -rf "$data"
pass "a misspelt template variable stops medcert at start-up, with its rule id and position"

# A data directory without templates, or whose font manifest names a missing font: refused at start-up too,
# each problem with its rule id, in French by default and in English.
data="$WORK/empty-data"
mkdir -p "$data/templates"
expect_exit 2 "$MEDCERT" --data-dir "$data" templates
grep -qF "medcert: erreur [C-TEMPLATES] aucun modèle dans le dossier $data/templates" "$WORK/err" ||
  fail "no template: $(cat "$WORK/err")"
expect_exit 2 "$MEDCERT" --lang en --data-dir "$data" templates
grep -qF "medcert: error [C-TEMPLATES] no template in the directory $data/templates" "$WORK/err" ||
  fail "no template (en): $(cat "$WORK/err")"
cp -r "$SRC/templates" "$data/" && mkdir -p "$data/fonts"
sed 's#LiberationSerif-Bold.ttf#Absente-Bold.ttf#' "$SRC/fonts/manifest.yaml" >"$data/fonts/manifest.yaml"
missing=/usr/share/fonts/truetype/liberation2/Absente-Bold.ttf
expect_exit 2 "$MEDCERT" --data-dir "$data" check "$short"
grep -qF "$missing: erreur [C-FONT] Le fichier de police «${nnbsp}$missing${nnbsp}» est introuvable ou illisible." \
  "$WORK/err" || fail "missing font: $(cat "$WORK/err")"
expect_exit 2 "$MEDCERT" --lang en --data-dir "$data" check "$short"
grep -qF "$missing: error [C-FONT] The font file \"$missing\" is missing or unreadable." "$WORK/err" ||
  fail "missing font (en): $(cat "$WORK/err")"
rm -rf "$data"
pass "a data directory without templates, or with a missing font, stops medcert: C-TEMPLATES, C-FONT (fr, en)"
