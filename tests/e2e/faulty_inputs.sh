#!/usr/bin/env bash
# Every faulty example is refused: the exit code it announces, a message naming file:line:column
# and its rule, and no output file — for render and for check (text and JSON).
source "$(dirname "$0")/lib.sh"

shopt -s nullglob
count=0
for input in "$SRC"/examples/faulty/*.yaml; do
  name=$(basename "$input")
  line=$(expectation "$input")
  [ -n "$line" ] || fail "$name: no '# expect:' line"
  want_exit=$(sed -n 's/.*exit=\([0-9]\).*/\1/p' <<<"$line")
  want_rule=$(sed -n 's/.*rule=\([A-Z0-9-]*\).*/\1/p' <<<"$line")
  want_at=$(sed -n 's/.*at=\([0-9]*:[0-9]*\).*/\1/p' <<<"$line")

  out="$WORK/$name.pdf"
  set +e
  "$MEDCERT" render "$input" -o "$out" 2>"$WORK/err" >/dev/null
  code=$?
  set -e
  [ "$code" = "$want_exit" ] || { cat "$WORK/err" >&2; fail "$name: exit $code, expected $want_exit"; }
  [ ! -e "$out" ] || fail "$name: an output file was written"
  grep -qF "[$want_rule]" "$WORK/err" || { cat "$WORK/err" >&2; fail "$name: rule $want_rule not reported"; }
  if [ -n "$want_at" ]; then
    grep -qF "$input:$want_at:" "$WORK/err" || { cat "$WORK/err" >&2; fail "$name: position $want_at not reported"; }
  fi
  # No partial or temporary file either.
  [ -z "$(ls -A "$WORK" | grep -v '^err$' || true)" ] || fail "$name: files left behind: $(ls -A "$WORK")"

  set +e
  "$MEDCERT" check --format json "$input" >"$WORK/json" 2>/dev/null
  code=$?
  set -e
  [ "$code" = "$want_exit" ] || fail "$name: check exit $code, expected $want_exit"
  grep -qF "\"rule\": \"$want_rule\"" "$WORK/json" || { cat "$WORK/json" >&2; fail "$name: JSON lacks $want_rule"; }
  rm -f "$WORK/json" "$WORK/err"
  count=$((count + 1))
  pass "$name: exit $code, [$want_rule] at ${want_at:-no position}, no file"
done
[ "$count" -ge 10 ] || fail "expected at least 10 faulty examples, found $count"
