#!/usr/bin/env bash
# A generated project of N modules that import each other (default 5000), transpiled as a crate,
# next to the same modules without imports transpiled as standalone files (today's layout) and as a
# crate: wall time, peak RSS and bytes written. Usage: bench/project.sh [N] [threads]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$root/target/portalis-accel.jar"
source "$root/bench/lib.sh"
need_gnu_time project.sh
ensure_jar project.sh
n="${1:-5000}"
threads="${2:-$(nproc)}"
work="$(mktemp -d /tmp/portalis-project-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/gen-project.py" "$work/imports" "$n"
python3 "$root/bench/gen-project.py" "$work/standalone" "$n" --no-imports
printf '%-34s %8s %10s %12s %6s\n' run wall_s peak_mb bytes_out failed
run() {
  local name="$1" src="$2" layout="$3" out="$work/out-$1"
  /usr/bin/time -f '%e %M' -o "$work/time" java -jar "$JAR" -q transpile "$src" -o "$out" \
      --layout "$layout" --strategy cpu --threads "$threads" --no-calibration > "$work/report.json" 2>/dev/null || true
  read -r wall rss < "$work/time"
  local bytes failed
  bytes=$(du -sb --exclude=target "$out" | cut -f1)
  failed=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary']['failed'])" "$work/report.json")
  printf '%-34s %8s %10d %12s %6s\n' "$name" "$wall" $((rss / 1024)) "$bytes" "$failed"
}
run "standalone modules, --layout files" "$work/standalone" files
run "standalone modules, --layout crate" "$work/standalone" crate
run "importing modules, --layout crate" "$work/imports" crate
