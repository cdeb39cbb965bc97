#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# fuzz.sh [--merge] TARGET SECONDS [JOBS] — runs one libFuzzer target (findings, templates, verify, extract, image) for
# SECONDS, on JOBS processes (default 1), and prints what it did: executions, speed, coverage, crashes.
#
# It starts from fuzz/corpus/TARGET and fuzz/regressions/TARGET and writes the inputs it finds to
# build/fuzz/corpus-work/TARGET, never to the checked-in corpus; with --merge, the ones that add
# coverage are then merged into fuzz/corpus/TARGET. Crashes, leaks, timeouts (over 2 s) and
# out-of-memory inputs land in build/fuzz/artifacts/TARGET/ (slow units too, reported apart);
# minimise one with
#   build/fuzz/fuzz/fuzz_TARGET -minimize_crash=1 -runs=10000 FILE
# and add it to fuzz/regressions/TARGET/ with its fix (docs/security.md).
# LIBFUZZER_FLAGS adds options to the run, e.g. LIBFUZZER_FLAGS=-len_control=0 (large inputs at once).
set -euo pipefail

usage() { echo "usage: $0 [--merge] findings|templates|verify|extract|image SECONDS [JOBS]" >&2; exit 2; }
merge=false
if [ "${1:-}" = "--merge" ]; then merge=true; shift; fi
[ $# -ge 2 ] || usage
target=$1 seconds=$2 jobs=${3:-1}
case $target in
  findings) max_len=65536 ;;   # findings files are a few KB; the loader's own limits are tested elsewhere
  templates) max_len=131072 ;; # the common template is 37 KB
  verify) max_len=1048576 ;;   # a certificate is about 100 KB
  extract) max_len=1048576 ;;  # the same PDFs, read back
  image) max_len=262144 ;;     # the seeds are a few hundred bytes; the decoders' paths need no more
  *) usage ;;
esac
[[ $seconds =~ ^[0-9]+$ && $jobs =~ ^[1-9][0-9]*$ ]] || usage

root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build/fuzz
binary=$build/fuzz/fuzz_$target
if [ ! -x "$binary" ]; then
  cmake --preset fuzz -S "$root" >/dev/null
  cmake --build --preset fuzz
fi

work=$build/corpus-work/$target
artifacts=$build/artifacts/$target
mkdir -p "$work" "$artifacts"
log=$build/fuzz-$target.log
# Failures are crash-, leak-, timeout- and oom- files; slow-unit- files (an input over 10 s, often only a busy
# machine) are listed apart and fail nothing.
failures() { find "$artifacts" -type f ! -name 'slow-unit-*' | wc -l; }
before=$(failures)
slow_before=$(find "$artifacts" -type f -name 'slow-unit-*' | wc -l)

# The first directory receives new inputs; the checked-in ones are only read. With several jobs,
# libFuzzer runs them as child processes, each with its own log (fuzz-N.log in the current directory).
parallel=()
if [ "$jobs" -gt 1 ]; then parallel=(-jobs="$jobs" -workers="$jobs"); fi
# Git keeps no empty folder: a target without regressions yet has no fuzz/regressions/TARGET.
seeds=("$root/fuzz/corpus/$target")
# extract reads the PDFs verify reads: it starts from verify's seeds too.
if [ "$target" = extract ]; then seeds+=("$root/fuzz/corpus/verify"); fi
if [ -d "$root/fuzz/regressions/$target" ]; then seeds+=("$root/fuzz/regressions/$target"); fi
cd "$build"
"$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=2 -max_len="$max_len" \
  -dict="$root/fuzz/dict/$target.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
  "${parallel[@]}" ${LIBFUZZER_FLAGS:-} \
  "$work" "${seeds[@]}" >"$log" 2>&1 || true
if [ "$jobs" -gt 1 ]; then cat "$build"/fuzz-[0-9]*.log >>"$log"; rm -f "$build"/fuzz-[0-9]*.log; fi

after=$(failures)
slow=$(($(find "$artifacts" -type f -name 'slow-unit-*' | wc -l) - slow_before))
executions=$(grep -h '^stat::number_of_executed_units' "$log" | awk '{s += $2} END {print s + 0}')
speed=$(grep -h '^stat::average_exec_per_sec' "$log" | awk '{s += $2} END {print s + 0}')
final=$(grep -hE '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -n 1)
echo "target:       $target ($jobs job(s), $seconds s)"
echo "executions:   $executions ($speed exec/s in all)"
echo "corpus:       $(find "$work" -type f | wc -l) new inputs in $work"
echo "last status:  ${final:-none}"
echo "crashes:      $((after - before)) new in $artifacts (log: $log)"
[ "$slow" -eq 0 ] || echo "slow units:   $slow new (slow-unit-*: run each alone: the code, or a busy machine?)"
grep -hE '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | sort | uniq -c | head -n 10 || true

if $merge; then
  "$binary" -merge=1 -max_len="$max_len" -rss_limit_mb=2048 -timeout=2 \
    "$root/fuzz/corpus/$target" "$work" >>"$log" 2>&1
  echo "merged into:  $root/fuzz/corpus/$target ($(find "$root/fuzz/corpus/$target" -type f | wc -l) files)"
fi
[ "$after" -eq "$before" ]
