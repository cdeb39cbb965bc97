#!/usr/bin/env bash
# Every faulty example (examples/<profession>/faulty/*.yaml) produces exactly the diagnostics listed in
# its FILE.expect — the exit code, then one "RULE LINE:COLUMN SEVERITY" line per diagnostic — from
# `check --format json`, from `check` in text and from `render`; render writes no file when there is an
# error, and writes the PDF when there are only warnings.
source "$(dirname "$0")/lib.sh"

# The "RULE LINE:COLUMN SEVERITY" lines of a FILE.expect, sorted.
expected_list() { grep -av '^#' "$1" | sed '/^$/d' | sort; }
# The same lines from `check --format json` output.
reported_list() {
  jq -r '.diagnostics[] | "\(.rule) \(if .line == 0 then "-" else "\(.line):\(.column)" end) \(.severity)"' "$1" | sort
}

shopt -s nullglob
count=0
for input in "$SRC"/examples/*/faulty/*.yaml; do
  name=${input#"$SRC"/examples/}
  [ -f "$input.expect" ] || fail "$name: no $name.expect beside it"
  line=$(expectation "$input")
  want_exit=$(sed -n 's/.*exit=\([0-9]\).*/\1/p' <<<"$line")
  [ -n "$want_exit" ] || fail "$name.expect: no '# expect: exit=N' line"
  expected_list "$input.expect" >"$WORK/expected"
  [ -s "$WORK/expected" ] || fail "$name.expect lists no diagnostic"

  set +e
  "$MEDCERT" check --format json "$input" >"$WORK/json" 2>/dev/null
  code=$?
  set -e
  [ "$code" = "$want_exit" ] || fail "$name: check exit $code, expected $want_exit"
  reported_list "$WORK/json" >"$WORK/reported"
  diff -u "$WORK/expected" "$WORK/reported" >&2 || fail "$name: check --format json does not report exactly $name.expect"

  # The text output names file:line:column and the rule of each positioned diagnostic.
  set +e
  "$MEDCERT" check "$input" >"$WORK/text" 2>&1
  set -e
  while read -r rule at severity; do
    if [ "$at" = "-" ]; then
      grep -qF "[$rule]" "$WORK/text" || fail "$name: check (text) lacks [$rule]"
    else
      grep -qF "$input:$at: " "$WORK/text" || fail "$name: check (text) lacks $input:$at"
    fi
  done <"$WORK/expected"

  out="$WORK/out.pdf"
  set +e
  "$MEDCERT" render "$input" -o "$out" 2>"$WORK/err" >/dev/null
  code=$?
  set -e
  [ "$code" = "$want_exit" ] || { cat "$WORK/err" >&2; fail "$name: render exit $code, expected $want_exit"; }
  while read -r rule at severity; do
    grep -qF "[$rule]" "$WORK/err" || { cat "$WORK/err" >&2; fail "$name: render does not print [$rule]"; }
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
  count=$((count + 1))
  pass "$name: exit $code, exactly $(grep -acv '^#' "$input.expect") listed diagnostic(s)"
done
[ "$count" -ge 20 ] || fail "expected at least 20 faulty examples, found $count"
# Each profession's folder (one with good examples) shows its typical mistakes too.
for folder in "$SRC"/examples/*/; do
  good=("$folder"*.yaml)
  [ ${#good[@]} -eq 0 ] || [ -n "$(ls "$folder"faulty/*.yaml 2>/dev/null)" ] || fail "$(basename "$folder"): no faulty example"
done
