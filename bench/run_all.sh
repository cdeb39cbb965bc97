#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Every measure of README "Performance" (issue 8), printed as one table.
# Usage: bench/run_all.sh BUILD_DIR   (a RelWithDebInfo or Release build with -DMEDCERT_BUILD_BENCH=ON,
#        targets medcert and medcert_measures built)
# The signing key is an RSA-2048 key made now by openssl (tests/e2e/make_test_pki.sh) in a temporary folder.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:?usage: bench/run_all.sh BUILD_DIR}" && pwd)
medcert=$build/medcert
measures=$build/bench/medcert_measures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1795219200

echo "== in process (targets: render+finalize <= 1 ms; signed <= 2 ms; one page <= 30 KB)"
bash "$here/tests/e2e/make_test_pki.sh" "$work/pki" >/dev/null
"$measures" time "$work/pki"

echo "== memory (target: <= 20 MB over 1,000 certificates)"
"$measures" memory 1000

echo "== cold process (target: <= 15 ms)"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs 50 \
    "$medcert render $here/examples/medecin/court.yaml -o $work/cold.pdf --force"
else
  bash "$here/bench/cold_cli.sh" "$medcert" 50 "$here/examples/medecin/court.yaml"
fi

echo "== annexes: 12 lesions, the diagram, four 12-megapixel photographs (targets: <= 150 ms in process, <= 1.5 MB)"
"$measures" annexes "$work/annexes"
bash "$here/bench/cold_cli.sh" "$medcert" 10 "$work/annexes/annexes.yaml"

echo "== medcert batch, 2 cores against 1 (target: >= 1.8x)"
if ! "$medcert" --help 2>&1 | grep -qw batch; then
  echo "batch: not built"
  exit 0
fi
mkdir -p "$work/in"
for i in $(seq 1 200); do cp "$here/examples/medecin/long.yaml" "$work/in/case-$i.yaml"; done
batch_ms() {  # median wall time of 3 runs, milliseconds
  local jobs=$1 times=()
  for run in 1 2 3; do
    rm -rf "$work/out"
    local start end
    start=$(date +%s%N)
    "$medcert" batch "$work/in" -o "$work/out" --jobs "$jobs" -q >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}
one=$(batch_ms 1)
two=$(batch_ms 2)
awk -v one="$one" -v two="$two" 'BEGIN {
  printf "batch of 200 long certificates: %d ms with --jobs 1, %d ms with --jobs 2: speed-up %.2fx\n", one, two, one / two }'
