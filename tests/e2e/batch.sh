#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# `medcert batch`: every good example rendered exactly as `medcert render` renders it, faulty ones refused
# with their rules and the batch going on, manifests, output-name clashes, --jobs, progress lines, exit codes.
source "$(dirname "$0")/lib.sh"

# Every good example of every profession, plus two faulty ones.
cases="$WORK/cases"
mkdir "$cases"
goods=()
for file in "$SRC"/examples/*/*.yaml; do
  name="$(basename "$(dirname "$file")")-$(basename "$file")"
  cp "$file" "$cases/$name"
  goods+=("${name%.yaml}")
done
# The annexes' example reads its photographs beside it.
cp -r "$SRC/examples/medecin/photos" "$cases/photos"
cp "$SRC/examples/medecin/faulty/missing-field.yaml" "$cases/faulty-missing-field.yaml"
cp "$SRC/examples/medecin/faulty/unknown-key.yaml" "$cases/faulty-unknown-key.yaml"
[ "${#goods[@]}" -ge 6 ] || fail "only ${#goods[@]} good examples found"

expect_exit 1 "$MEDCERT" batch "$cases" -o "$WORK/json" --format json --quiet
report="$WORK/out"
[ "$(jq '.format_version' "$report")" = 1 ] || fail "the report has no format_version 1"
[ "$(jq '.rendered | length' "$report")" = "${#goods[@]}" ] || fail "not every good example was rendered"
[ "$(jq '.failed | length' "$report")" = 0 ] || fail "a file failed: $(jq -c .failed "$report")"
jq -e '.elapsed_ms | type == "number"' "$report" >/dev/null || fail "the report has no elapsed_ms"
jq -e --arg input "$cases/faulty-missing-field.yaml" \
  '.refused[] | select(.input == $input and .reason == "findings") | .diagnostics[] | select(.rule == "R-ID-3" and .line == 12)' \
  "$report" >/dev/null || fail "missing-field.yaml is not refused with R-ID-3 at line 12"
jq -e --arg input "$cases/faulty-unknown-key.yaml" \
  '.refused[] | select(.input == $input) | .diagnostics[] | select(.rule == "F-UNKNOWN-KEY")' \
  "$report" >/dev/null || fail "unknown-key.yaml is not refused with F-UNKNOWN-KEY"
[ ! -e "$WORK/json/faulty-missing-field.pdf" ] && [ ! -e "$WORK/json/faulty-unknown-key.pdf" ] \
  || fail "a refused file has a PDF"
[ -z "$(find "$WORK/json" -name '.*' -type f)" ] || fail "temporary files left in OUTDIR: $(ls -A "$WORK/json")"
[ "$(stat -c %a "$WORK/json")" = 700 ] || fail "OUTDIR is not created with mode 0700"
for name in "${goods[@]}"; do
  pdf="$WORK/json/$name.pdf"
  [ "$(stat -c %a "$pdf")" = 600 ] || fail "$name.pdf is not mode 0600"
  qpdf --check "$pdf" >/dev/null 2>&1 || fail "qpdf --check fails on $name.pdf"
  "$MEDCERT" render "$cases/$name.yaml" -o "$WORK/alone.pdf" --force 2>/dev/null
  cmp -s "$pdf" "$WORK/alone.pdf" || fail "$name.pdf differs from what medcert render writes"
done
pass "a folder: ${#goods[@]} rendered as render does, qpdf-clean; the 2 faulty refused with their rules; exit 1"

# Not a terminal: one plain line per file as it finishes, then the summary.
expect_exit 1 "$MEDCERT" --lang en batch "$cases" -o "$WORK/j1" --jobs 1
[ "$(grep -c '^ok ' "$WORK/err")" = "${#goods[@]}" ] || fail "not one 'ok' line per rendered file: $(cat "$WORK/err")"
grep -q "^refused *$cases/faulty-missing-field.yaml: 1 error (R-ID-3 findings.patient.birth_date at 12:3)" "$WORK/err" \
  || fail "no 'refused' line naming R-ID-3 and its position"
grep -q "^$cases/faulty-unknown-key.yaml:31:1: error \[F-UNKNOWN-KEY\]" "$WORK/err" || fail "the summary lacks the diagnostics"
grep -q "^${#goods[@]} rendered, 2 refused, 0 failed, in " "$WORK/err" || fail "no counts in the summary"
[ ! -s "$WORK/out" ] || fail "text mode writes to standard output"
expect_exit 1 "$MEDCERT" batch "$cases" -o "$WORK/j2" --jobs 2
grep -q "^${#goods[@]} rendu(s), 2 refusé(s), 0 en échec, en " "$WORK/err" || fail "the summary is not French by default"
for name in "${goods[@]}"; do
  cmp -s "$WORK/j1/$name.pdf" "$WORK/j2/$name.pdf" || fail "--jobs 1 and --jobs 2 give different $name.pdf"
done
expect_exit 1 "$MEDCERT" batch "$cases" -o "$WORK/quiet" --quiet
grep -q "^écrit " "$WORK/err" && fail "--quiet still prints progress"
pass "plain progress lines off a terminal, summary with diagnostics, --quiet; --jobs 1 and 2 give the same bytes"

# Existing outputs are refused one by one unless --force; the others are still rendered.
cp "$WORK/j1/${goods[0]}.pdf" "$WORK/before.pdf"
rm "$WORK/j1/${goods[1]}.pdf"
expect_exit 1 "$MEDCERT" batch "$cases" -o "$WORK/j1" --format json
[ "$(jq '[.refused[] | select(.reason == "exists")] | length' "$WORK/out")" = $((${#goods[@]} - 1)) ] \
  || fail "existing PDFs are not refused as 'exists'"
[ "$(jq -r '.rendered[].output' "$WORK/out")" = "$WORK/j1/${goods[1]}.pdf" ] || fail "the missing PDF was not rendered"
touch -d '2000-01-01' "$WORK/j1/${goods[0]}.pdf"
expect_exit 1 "$MEDCERT" batch "$cases" -o "$WORK/j1" --force --format json
[ "$(jq '.rendered | length' "$WORK/out")" = "${#goods[@]}" ] || fail "--force does not replace the PDFs"
[ "$(stat -c %Y "$WORK/j1/${goods[0]}.pdf")" != "$(date -d 2000-01-01 +%s)" ] || fail "--force left the old file"
cmp -s "$WORK/j1/${goods[0]}.pdf" "$WORK/before.pdf" || fail "--force wrote other bytes"
pass "existing PDFs refused without --force, replaced with it"

# Options shared with render.
expect_exit 0 "$MEDCERT" batch "$SRC/examples/medecin" -o "$WORK/2b" --pdfa 2b --quiet
"$MEDCERT" render "$SRC/examples/medecin/court.yaml" -o "$WORK/court-2b.pdf" --pdfa 2b 2>/dev/null
cmp -s "$WORK/2b/court.pdf" "$WORK/court-2b.pdf" || fail "--pdfa 2b is not passed on as render does"
expect_exit 0 "$MEDCERT" batch "$SRC/examples/medecin" -o "$WORK/specimen" --specimen --quiet
"$MEDCERT" render "$SRC/examples/medecin/court.yaml" -o "$WORK/court-specimen.pdf" --specimen 2>/dev/null
cmp -s "$WORK/specimen/court.pdf" "$WORK/court-specimen.pdf" || fail "--specimen is not passed on as render does"
pdf_text "$WORK/specimen/court.pdf" | grep -q "SPÉCIMEN" || fail "a --specimen PDF does not say SPÉCIMEN"
pass "--pdfa and --specimen as render; a folder with only good findings exits 0"

# A manifest: paths relative to its own folder, comments and blank lines skipped.
mkdir -p "$WORK/lists/more"
cp "$SRC/examples/medecin/court.yaml" "$WORK/lists/more/second.yaml"
printf '# this week\n\n../cases/%s.yaml\n  more/second.yaml\n# more/ignored.yaml\n' "${goods[0]}" >"$WORK/lists/manifest.txt"
(cd "$WORK" && expect_exit 0 "$MEDCERT" batch lists/manifest.txt -o fromlist --quiet)
[ "$(ls "$WORK/fromlist")" = "$(printf '%s\n' "${goods[0]}.pdf" second.pdf | sort)" ] \
  || fail "the manifest did not give exactly its two PDFs: $(ls "$WORK/fromlist")"
cmp -s "$WORK/fromlist/${goods[0]}.pdf" "$WORK/json/${goods[0]}.pdf" || fail "a manifest's PDF differs"
printf 'more/second.yaml\nmore/absent.yaml\n' >"$WORK/lists/partial.txt"
expect_exit 1 "$MEDCERT" --lang en batch "$WORK/lists/partial.txt" -o "$WORK/partial" --format json --quiet
[ "$(jq -r '.failed[0].input + " " + .failed[0].error' "$WORK/out")" = "$WORK/lists/more/absent.yaml cannot read this file" ] \
  || fail "a missing manifest entry is not reported as failed: $(jq -c .failed "$WORK/out")"
[ -s "$WORK/partial/second.pdf" ] || fail "the batch stopped at a missing manifest entry"
pass "a manifest with relative paths and comments; a missing entry fails alone"

# Two findings that would give the same PDF: nothing rendered, nothing created.
mkdir "$WORK/clash"
cp "$SRC/examples/medecin/court.yaml" "$WORK/clash/case.yaml"
cp "$SRC/tests/fixtures/load/full.json" "$WORK/clash/case.json"
cp "$SRC/examples/medecin/long.yaml" "$WORK/clash/other.yaml"
expect_exit 2 "$MEDCERT" --lang en batch "$WORK/clash" -o "$WORK/clash-out"
grep -q "same PDF" "$WORK/err" && grep -q "case.json" "$WORK/err" && grep -q "case.yaml" "$WORK/err" \
  || fail "the clash is not explained with both inputs: $(cat "$WORK/err")"
[ ! -e "$WORK/clash-out" ] || fail "something was written despite the clash"
pass "an output-name clash exits 2 before anything is written"

# Unusable input or OUTDIR: exit 2 with a message.
expect_exit 2 "$MEDCERT" --lang en batch "$WORK/no-such-folder" -o "$WORK/x"
grep -q "no-such-folder: error: neither a folder nor a readable manifest" "$WORK/err" || fail "missing DIR: $(cat "$WORK/err")"
[ ! -e "$WORK/x" ] || fail "OUTDIR created for a missing DIR"
mkdir "$WORK/empty"
expect_exit 2 "$MEDCERT" --lang en batch "$WORK/empty" -o "$WORK/x"
grep -q "no findings to render" "$WORK/err" || fail "an empty folder is not explained"
touch "$WORK/plain-file"
expect_exit 2 "$MEDCERT" --lang en batch "$cases" -o "$WORK/plain-file/out"
grep -q "plain-file/out: error: cannot create this folder" "$WORK/err" || fail "uncreatable OUTDIR: $(cat "$WORK/err")"
expect_exit 2 "$MEDCERT" batch "$cases" -o "$WORK/x" --jobs 0
expect_exit 2 "$MEDCERT" batch "$cases"
pass "missing DIR, empty DIR, uncreatable OUTDIR, bad --jobs, no -o: exit 2"

mkdir "$WORK/one"
cp "$SRC/examples/medecin/court.yaml" "$WORK/one/"
"$MEDCERT" batch "$WORK/one" -o "$WORK/one-out" --mode 0640 --quiet 2>/dev/null
[ "$(stat -c %a "$WORK/one-out/court.pdf")" = 640 ] || fail "--mode 0640 not applied by batch"
pass "--mode 0640 applies to the PDFs batch writes"
