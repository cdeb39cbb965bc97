#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Every faulty input produces exactly the diagnostics listed in its FILE.expect — the exit code, then one
# "RULE LINE:COLUMN SEVERITY" line per diagnostic — from `check --format json`, from `check` in text and
# from `render`; render writes no file when there is an error, and writes the PDF when there are only
# warnings. Faulty inputs are the examples' typical mistakes (examples/<profession>/faulty/) and the
# hostile corpus (tests/hostile/: findings, the ones generate.py writes, templates). No input may crash
# medcert (an exit code of 128 or more is a signal) nor make a sanitizer speak; none may leave a file.
# Usage: faulty_inputs.sh [examples|hostile] (both when absent): CTest runs the two halves side by side.
source "$(dirname "$0")/lib.sh"
part=${1:-all}
case $part in all | examples | hostile) ;; *) fail "faulty_inputs.sh: examples or hostile, not '$part'" ;; esac

# The "RULE LINE:COLUMN SEVERITY" lines of a FILE.expect, sorted.
expected_list() { grep -av '^#' "$1" | sed '/^$/d' | sort; }
# The same lines from `check --format json` output.
reported_list() {
  jq -r '.diagnostics[] | "\(.rule) \(if .line == 0 then "-" else "\(.line):\(.column)" end) \(.severity)"' "$1" | sort
}
# Fails when a run ended by a signal or a sanitizer reported something on its standard error.
assert_sane() {  # NAME CODE STDERR_FILE
  [ "$2" -lt 128 ] || fail "$1: medcert died of signal $(($2 - 128))"
  if grep -qaE 'Sanitizer|runtime error:' "$3"; then cat "$3" >&2; fail "$1: a sanitizer report"; fi
}
# The exit code a FILE.expect announces.
expected_exit() {
  local line want
  line=$(expectation "$1")
  want=$(sed -n 's/.*exit=\([0-9]\).*/\1/p' <<<"$line")
  [ -n "$want" ] || fail "$1.expect: no '# expect: exit=N' line"
  echo "$want"
}

# check_case INPUT [SHOWN]: the assertions above, for one faulty findings file with INPUT.expect beside it.
check_case() {
  local input=$1 name=${2:-$1} want_exit code
  [ -f "$input.expect" ] || fail "$name: no $name.expect beside it"
  want_exit=$(expected_exit "$input")
  expected_list "$input.expect" >"$WORK/expected"
  [ -s "$WORK/expected" ] || fail "$name.expect lists no diagnostic"

  set +e
  "$MEDCERT" check --format json "$input" >"$WORK/json" 2>"$WORK/err"
  code=$?
  set -e
  assert_sane "$name" "$code" "$WORK/err"
  [ "$code" = "$want_exit" ] || fail "$name: check exit $code, expected $want_exit"
  reported_list "$WORK/json" >"$WORK/reported"
  diff -u "$WORK/expected" "$WORK/reported" >&2 || fail "$name: check --format json does not report exactly $name.expect"

  # The text output names file:line:column and the rule of each positioned diagnostic.
  set +e
  "$MEDCERT" check "$input" >"$WORK/text" 2>&1
  code=$?
  set -e
  assert_sane "$name" "$code" "$WORK/text"
  while read -r rule at severity; do
    if [ "$at" = "-" ]; then
      grep -qaF "[$rule]" "$WORK/text" || fail "$name: check (text) lacks [$rule]"
    else
      grep -qaF "$input:$at: " "$WORK/text" || fail "$name: check (text) lacks $input:$at"
    fi
  done <"$WORK/expected"

  out="$WORK/out.pdf"
  set +e
  "$MEDCERT" render "$input" -o "$out" 2>"$WORK/err" >/dev/null
  code=$?
  set -e
  assert_sane "$name" "$code" "$WORK/err"
  [ "$code" = "$want_exit" ] || { cat "$WORK/err" >&2; fail "$name: render exit $code, expected $want_exit"; }
  while read -r rule at severity; do
    grep -qaF "[$rule]" "$WORK/err" || { cat "$WORK/err" >&2; fail "$name: render does not print [$rule]"; }
  done <"$WORK/expected"
  if [ "$want_exit" = 0 ]; then
    [ -s "$out" ] || fail "$name: warnings only, yet no PDF was written"
    qpdf --check "$out" >/dev/null 2>&1 || fail "$name: qpdf --check"
  else
    [ ! -e "$out" ] || fail "$name: an output file was written"
  fi
  # No partial or temporary file either.
  rm -f "$out" "$WORK/json" "$WORK/text" "$WORK/err" "$WORK/expected" "$WORK/reported"
  [ -z "$(ls -A "$WORK")" ] || fail "$name: files left behind: $(ls -A "$WORK")"
  pass "$name: exit $code, exactly $(grep -acv '^#' "$input.expect") listed diagnostic(s)"
}

shopt -s nullglob
if [ "$part" != hostile ]; then
count=0
for input in "$SRC"/examples/*/faulty/*.yaml; do
  check_case "$input" "${input#"$SRC"/examples/}"
  count=$((count + 1))
done
[ "$count" -ge 20 ] || fail "expected at least 20 faulty examples, found $count"
# Each profession's folder (one with good examples) shows its typical mistakes too.
for folder in "$SRC"/examples/*/; do
  good=("$folder"*.yaml)
  [ ${#good[@]} -eq 0 ] || [ -n "$(ls "$folder"faulty/*.yaml 2>/dev/null)" ] || fail "$(basename "$folder"): no faulty example"
done
fi
[ "$part" != examples ] || exit 0

# The hostile corpus: files of the repository, then those generate.py writes (too big, or bytes too odd
# for the repository), each checked against the .expect stored in tests/hostile/generated/.
HOSTILE=$SRC/tests/hostile
GEN=$(mktemp -d)
trap 'rm -rf "$WORK" "$GEN"' EXIT
python3 "$HOSTILE/generate.py" "$GEN"
cp "$HOSTILE"/generated/*.expect "$GEN/faulty/"
cp "$HOSTILE"/generated/templates/*.expect "$GEN/templates/"
count=0
for input in "$HOSTILE"/findings/*.yaml "$HOSTILE"/findings/*.json "$GEN"/faulty/*.yaml; do
  check_case "$input" "hostile/$(basename "$input")"
  count=$((count + 1))
done
[ "$count" -ge 35 ] || fail "expected at least 35 hostile findings, found $count"
for input in "$GEN"/faulty/*.yaml; do
  [ -f "$input.expect" ] || fail "generate.py wrote $(basename "$input"), which has no .expect in tests/hostile/generated/"
done

# Hostile but valid (anchors on scalars; a byte order mark with CRLF line ends): no diagnostic, and the
# certificate says exactly what base.yaml's says.
"$MEDCERT" render "$HOSTILE/base.yaml" -o "$WORK/base.pdf" >/dev/null 2>&1 || fail "base.yaml does not render"
pdftotext -enc UTF-8 "$WORK/base.pdf" "$WORK/base.txt"
for input in "$HOSTILE"/valid/*.yaml "$GEN"/valid/*.yaml; do
  name=hostile/valid/$(basename "$input")
  set +e
  "$MEDCERT" render "$input" -o "$WORK/valid.pdf" >"$WORK/out" 2>"$WORK/err"
  code=$?
  set -e
  assert_sane "$name" "$code" "$WORK/err"
  [ "$code" = 0 ] && [ ! -s "$WORK/err" ] || { cat "$WORK/err" >&2; fail "$name: exit $code, or diagnostics"; }
  pdftotext -enc UTF-8 "$WORK/valid.pdf" "$WORK/valid.txt"
  cmp -s "$WORK/base.txt" "$WORK/valid.txt" || fail "$name: not the same text as base.yaml"
  rm -f "$WORK/valid.pdf" "$WORK/valid.txt"
  pass "$name: renders the same certificate as base.yaml"
done
rm -f "$WORK"/*

# Hostile templates: medcert's data with one more template; the engine refuses the data (exit 2) and says
# where, for each line of the template's .expect (the rule ids themselves: tests/unit/load_test.cpp).
count=0
for template in "$HOSTILE"/templates/*.yaml "$GEN"/templates/*.yaml; do
  name=hostile/templates/$(basename "$template")
  data="$WORK/data"
  mkdir -p "$data"
  cp -r "$SRC/templates" "$data/templates"
  ln -s "$SRC/fonts" "$data/fonts"
  cp "$template" "$data/templates/professions/"
  set +e
  "$MEDCERT" --data-dir "$data" check "$HOSTILE/base.yaml" >"$WORK/out" 2>"$WORK/err"
  code=$?
  set -e
  assert_sane "$name" "$code" "$WORK/err"
  want_exit=$(expected_exit "$template")
  [ "$code" = "$want_exit" ] || { cat "$WORK/err" >&2; fail "$name: exit $code, expected $want_exit"; }
  while read -r rule at severity; do
    file="$data/templates/professions/$(basename "$template")"
    if [ "$at" = "-" ]; then grep -qaF "$file" "$WORK/err"; else grep -qaF "$file:$at:" "$WORK/err"; fi ||
      { cat "$WORK/err" >&2; fail "$name: no diagnostic at $at"; }
  done < <(expected_list "$template.expect")
  rm -rf "$data" "$WORK/out" "$WORK/err"
  count=$((count + 1))
  pass "$name: data refused, exit $code, every listed position named"
done
[ "$count" -ge 4 ] || fail "expected at least 4 hostile templates, found $count"
