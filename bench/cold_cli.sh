#!/usr/bin/env bash
# Cold command-line cost: a whole `medcert render` process per certificate (start, load templates
# and fonts, render, write), N times; prints the median and the peak RSS of one run.
# Usage: bench/cold_cli.sh [MEDCERT] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
medcert=${1:-$here/build/release/medcert}
runs=${2:-50}
example="$here/examples/medecin/long.yaml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1795219200

times=()
for ((i = 0; i < runs; i++)); do
  start=$(date +%s%N)
  "$medcert" render "$example" -o "$work/out.pdf" --force 2>/dev/null
  end=$(date +%s%N)
  times+=($(((end - start) / 1000)))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
size=$(stat -c %s "$work/out.pdf")
pages=$(pdfinfo "$work/out.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
rss=$(python3 - "$medcert" "$example" "$work/rss.pdf" <<'PY' 2>/dev/null || echo "?"
import resource, subprocess, sys
subprocess.run([sys.argv[1], "render", sys.argv[2], "-o", sys.argv[3], "--force"], check=True, stderr=subprocess.DEVNULL)
print(f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.1f}")
PY
)
printf 'cold medcert render (long example, %s page(s)): median %.2f ms over %d runs; PDF %d bytes; peak RSS %s MiB\n' \
  "${pages:-?}" "$(awk -v us="$median" 'BEGIN {print us / 1000}')" "$runs" "$size" "$rss"
