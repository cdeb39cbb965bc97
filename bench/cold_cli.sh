#!/usr/bin/env bash
# Cold command-line cost: a whole `medcert render` process per certificate (start, load templates
# and fonts, render, write), N times; prints the medians of wall time and of the process's CPU time
# (user + system: steadier on a shared machine), and the peak RSS.
# Usage: bench/cold_cli.sh [MEDCERT] [RUNS] [FINDINGS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
medcert=${1:-$here/build/release/medcert}
runs=${2:-50}
example=${3:-$here/examples/medecin/long.yaml}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1795219200

python3 - "$medcert" "$example" "$work/out.pdf" "$runs" <<'PY'
import resource, statistics, subprocess, sys, time
medcert, example, out, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
walls, cpus = [], []
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([medcert, "render", example, "-o", out, "--force"], check=True, stderr=subprocess.DEVNULL)
    walls.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
size = len(open(out, "rb").read())
print(f"cold medcert render ({example.split('/')[-1]}): median {statistics.median(walls) * 1e3:.2f} ms wall, "
      f"{statistics.median(cpus) * 1e3:.2f} ms CPU over {runs} runs; PDF {size} bytes; peak RSS {rss:.1f} MiB")
PY
