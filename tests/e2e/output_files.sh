#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# How medcert writes files (src/cli/output_file.cpp): whole or not at all, also when interrupted; mode 0600
# unless --mode asks for another; something at the output path is kept without --force; a symbolic link is
# never followed (with --force the link itself is replaced, its target untouched); a folder or a FIFO is
# never replaced; no temporary ".NAME.XXXXXX" file ever stays behind.
source "$(dirname "$0")/lib.sh"

FINDINGS=$SRC/tests/hostile/base.yaml
OUT=$WORK/files
mkdir "$OUT"
cd "$OUT"

# No temporary file beside the output, whatever happened.
no_temp() { [ -z "$(find . -maxdepth 1 -name '.*.pdf.*' -print -quit)" ] || fail "$1: temporary file left: $(ls -A)"; }
mode_of() { stat -c %a "$1"; }

# Mode: 0600 by default, whatever the umask; --mode as asked; a mode that would lock the owner out refused.
(umask 000 && "$MEDCERT" render "$FINDINGS" -o default.pdf >/dev/null 2>&1) || fail "render"
[ "$(mode_of default.pdf)" = 600 ] || fail "default mode is $(mode_of default.pdf), not 600 (umask 000)"
qpdf --check default.pdf >/dev/null || fail "qpdf --check"
"$MEDCERT" render "$FINDINGS" -o shared.pdf --mode 0640 >/dev/null 2>&1 || fail "render --mode 0640"
[ "$(mode_of shared.pdf)" = 640 ] || fail "--mode 0640 gave $(mode_of shared.pdf)"
for bad in 0400 0800 12345 rw abc 0o640; do
  expect_exit 2 "$MEDCERT" render "$FINDINGS" -o bad.pdf --mode "$bad"
  grep -q -- "--mode" "$WORK/err" || fail "--mode $bad: the message does not name --mode"
  [ ! -e bad.pdf ] || fail "--mode $bad: a file was written"
done
expect_exit 2 "$MEDCERT" sign default.pdf -o signed.pdf --mode 0200
no_temp "modes"
pass "mode 0600 by default (umask 000), --mode 0640 honoured, modes without owner read-write refused"

# Something at the path: kept without --force; a regular file replaced with --force.
cp default.pdf keep.pdf
expect_exit 2 "$MEDCERT" render "$FINDINGS" -o keep.pdf
grep -q -- "--force" "$WORK/err" || fail "exists: the message does not mention --force"
cmp -s default.pdf keep.pdf || fail "an existing file was changed without --force"
echo "old" >old.pdf
"$MEDCERT" render "$FINDINGS" -o old.pdf --force >/dev/null 2>&1 || fail "render --force"
qpdf --check old.pdf >/dev/null || fail "--force did not write a whole PDF"
[ "$(mode_of old.pdf)" = 600 ] || fail "a replaced file keeps mode $(mode_of old.pdf), not 600"
pass "an existing file is kept without --force, replaced whole (mode 0600) with it"

# A symbolic link: never followed. Without --force it "exists" (dangling too); with --force the link
# itself becomes the PDF and its target is untouched.
echo "secret notes" >target.txt
ln -s target.txt link.pdf
ln -s nowhere.txt dangling.pdf
expect_exit 2 "$MEDCERT" render "$FINDINGS" -o link.pdf
expect_exit 2 "$MEDCERT" render "$FINDINGS" -o dangling.pdf
[ ! -e nowhere.txt ] || fail "a dangling link was followed"
"$MEDCERT" render "$FINDINGS" -o link.pdf --force >/dev/null 2>&1 || fail "render --force onto a link"
[ ! -L link.pdf ] && [ -f link.pdf ] || fail "--force did not replace the link itself"
[ "$(cat target.txt)" = "secret notes" ] || fail "the link's target was changed"
[ "$(mode_of target.txt)" = 644 ] || fail "the link's target changed mode"
qpdf --check link.pdf >/dev/null || fail "the PDF that replaced the link"
no_temp "links"
pass "a symbolic link is not followed: refused without --force, replaced itself with it, target untouched"

# A folder, a FIFO: never replaced, even with --force, and nothing written.
mkdir folder.pdf
mkfifo fifo.pdf
for path in folder.pdf fifo.pdf; do
  expect_exit 2 "$MEDCERT" render "$FINDINGS" -o "$path" --force
done
[ -d folder.pdf ] && [ -z "$(ls -A folder.pdf)" ] || fail "the folder was changed"
[ -p fifo.pdf ] || fail "the FIFO was replaced"
expect_exit 2 "$MEDCERT" render "$FINDINGS" -o missing-folder/out.pdf
no_temp "special files"
pass "a folder or a FIFO at the output path is refused, even with --force; a missing folder too"

# Interrupted while the file is written: the temporary file is removed, no output, exit 128 + signal.
# strace holds the fsync(2) of the temporary file for 5 s, so that the signal lands inside the write.
if ! command -v strace >/dev/null || ! strace -qq -o /dev/null true 2>/dev/null; then
  echo "skip: interruption during the write (strace missing, or ptrace not allowed here)"
  exit 0
fi
for signal in INT:130 TERM:143 HUP:129; do
  name=${signal%%:*} want=${signal##*:}
  strace -f -qq -o /dev/null -e trace=fsync -e inject=fsync:delay_enter=5s \
    "$MEDCERT" render "$FINDINGS" -o interrupted.pdf 2>/dev/null &
  tracer=$!
  for _ in $(seq 300); do
    [ -n "$(find . -maxdepth 1 -name '.interrupted.pdf.*' -print -quit)" ] && break
    sleep 0.1
  done
  [ -n "$(find . -maxdepth 1 -name '.interrupted.pdf.*' -print -quit)" ] || fail "SIG$name: no temporary file seen"
  kill "-$name" "$(pgrep -P "$tracer")"
  set +e
  wait "$tracer"
  code=$?
  set -e
  [ "$code" = "$want" ] || fail "SIG$name during the write: exit $code, expected $want"
  [ ! -e interrupted.pdf ] || fail "SIG$name: an output file was left"
  no_temp "SIG$name"
  pass "SIG$name while the PDF is written: exit $code, no output, no temporary file"
done
