#!/usr/bin/env bash
# Long random differential runs (issue 11): JOBS processes, each checking COUNT programs from its own
# seed range, every difference minimised and written to OUT (seed-N.py the program as generated,
# seed-N.min.py the minimised one, seed-N.min.out CPython's stdout of it, seed-N.txt both outputs).
#
#   bench/fuzz.sh [FIRST_SEED] [COUNT_PER_JOB] [JOBS] [OUT] [FEATURES] [MINIMISE_SECONDS]
#
# FEATURES: `suite` (what the suite's FuzzDifferentialTest generates: constructs already on the
# worklist are left out) or `all`. Defaults: seed 1000, 50 programs, 1 job, /tmp/portalis-fuzz,
# all, 600 s per minimisation. Each job runs under `nice -n 19`; each rustc uses one core.
# Summaries (programs per outcome, refusal rate, refusals by diagnostic) go to OUT/job-N.summary.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
first="${1:-1000}"
count="${2:-50}"
jobs="${3:-1}"
out="${4:-/tmp/portalis-fuzz}"
features="${5:-all}"
minimise="${6:-600}"

command -v rustc >/dev/null || { echo "fuzz.sh: rustc is needed" >&2; exit 2; }
command -v python3 >/dev/null || { echo "fuzz.sh: python3 is needed" >&2; exit 2; }
cd "$root"
./mvnw -B -q test-compile >&2
cp_file="$(mktemp)"
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
classpath="target/classes:target/test-classes:$(cat "$cp_file")"
rm -f "$cp_file"
mkdir -p "$out"

pids=()
for ((j = 0; j < jobs; j++)); do
  seed=$((first + j * count))
  nice -n 19 java -cp "$classpath" io.portalis.accel.rust.fuzz.FuzzMain "$seed" "$count" "$out" "$features" "$minimise" \
    > "$out/job-$j.summary" 2> "$out/job-$j.log" &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do
  wait "$pid" || status=1
done
cat "$out"/job-*.summary
echo "fuzz.sh: differences (if any) under $out" >&2
exit "$status"
