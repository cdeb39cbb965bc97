#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Cold command-line cost: a whole `medcert COMMAND` process per certificate (start, load templates
# and fonts, then `render`: check, render and write the PDF, or `check`: check only, print the
# diagnostics), N times; prints the medians of wall time and of the process's CPU time (user + system:
# steadier on a shared machine), the fastest run (what the process costs when nothing else competes for
# the cores), and the peak RSS.
# Usage: bench/cold_cli.sh [MEDCERT] [RUNS] [FINDINGS] [COMMAND]
#   COMMAND: render (default) or check. The data (templates/, fonts/) is the binary's own unless
#   MEDCERT_DATA_DIR is set, e.g. to measure an older build against its own templates:
#   MEDCERT_DATA_DIR=/tmp/old-data bench/cold_cli.sh /tmp/old-build/medcert 50 examples/medecin/long.yaml check
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
medcert=${1:-$here/build/release/medcert}
runs=${2:-50}
example=${3:-$here/examples/medecin/long.yaml}
command=${4:-render}
case $command in
  render | check) ;;
  *) echo "cold_cli.sh: COMMAND is render or check, not '$command'" >&2; exit 2 ;;
esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1795219200

python3 - "$medcert" "$example" "$work/out.pdf" "$runs" "$command" <<'PY'
import resource, statistics, subprocess, sys, time
medcert, example, out, runs, command = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
argv = [medcert, "render", example, "-o", out, "--force"] if command == "render" else [medcert, "check", example]
walls, cpus = [], []
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    walls.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
made = f"; PDF {len(open(out, 'rb').read())} bytes" if command == "render" else ""
print(f"cold medcert {command} ({example.split('/')[-1]}): median {statistics.median(walls) * 1e3:.2f} ms wall, "
      f"{statistics.median(cpus) * 1e3:.2f} ms CPU over {runs} runs (fastest {min(walls) * 1e3:.2f} ms wall){made}; "
      f"peak RSS {rss:.1f} MiB")
PY
