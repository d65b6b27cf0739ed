#!/usr/bin/env bash
# The Spark engine's overhead: `transpile --engine spark --master local[2]` against the local run on the
# same corpus (bench/gen-corpus.py, variants of examples/), both with two worker threads in all and the
# cpu strategy, so the difference is Spark's. Four configurations, interleaved for RUNS rounds:
#   local        java -jar ... transpile SRC --strategy cpu --threads 2
#   spark        bin/portalis-accel ... --engine spark --master local[2]   (default partitions: 4 per task slot)
#   spark-many   the same with --partitions $MANY (many small tasks: the per-task cost shows)
#   spark-one    --engine spark on a one-file corpus (the fixed cost: JVM + Spark context start, stop)
# and the one-file local run (local-one) for the JVM's own start.
#
# Environment (all optional):
#   RUNS=3  FILES=1000  MANY=200  WORK=/tmp/portalis-spark-bench
# Output: a Markdown table of medians on stdout, then the derived costs (per file, per Spark task,
# fixed); raw rows in $WORK/runs.tsv.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-3}"
FILES="${FILES:-1000}"
MANY="${MANY:-200}"
WORK="${WORK:-/tmp/portalis-spark-bench}"
JAR="${JAR:-$root/target/portalis-accel.jar}"

. "$root/bench/lib.sh"
ensure_jar spark-overhead
[ -s "$root/target/spark-classpath.txt" ] || { echo "spark-overhead: build first (./mvnw -B -DskipTests package)" >&2; exit 2; }
mkdir -p "$WORK"

corpus="$WORK/corpus-$FILES"
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  python3 "$root/bench/gen-corpus.py" "$corpus" --files "$FILES" >&2
  touch "$corpus/.complete"
fi
one="$WORK/corpus-one"
rm -rf "$one" && mkdir -p "$one" && cp "$root/examples/algorithms/primes.py" "$one/"

tsv="$WORK/runs.tsv"
printf 'config\tround\trc\twall_ms\texec_ms\tfiles\ttasks\n' > "$tsv"

run() { # config round args...
  local config="$1" round="$2"
  shift 2
  local report="$WORK/report-$config-r$round.json" out="$WORK/out-$config"
  rm -rf "$out" "$report"
  local start end rc
  start=$(date +%s%N)
  set +e
  PORTALIS_CDS=0 "$@" -o "$out" --report "$report" >/dev/null 2>"$WORK/stderr-$config-r$round.txt"
  rc=$?
  set -e
  end=$(date +%s%N)
  local fields=$'-\t-\t-'
  if [ -f "$report" ]; then
    fields=$(python3 -c "
import json, sys
r = json.load(open(sys.argv[1]))
print(r['execution_time_ms'], r['summary']['files'], len(r.get('tasks', [])), sep='\t')" "$report")
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$config" "$round" "$rc" "$(( (end - start) / 1000000 ))" "$fields" >> "$tsv"
  echo "spark-overhead: $config round $round: rc $rc, $(( (end - start) / 1000000 )) ms" >&2
}

for round in $(seq 1 "$RUNS"); do
  run local "$round" java -jar "$JAR" -q transpile "$corpus" --strategy cpu --threads 2
  run spark "$round" "$root/bin/portalis-accel" -q transpile "$corpus" --strategy cpu --engine spark --master 'local[2]'
  run spark-many "$round" "$root/bin/portalis-accel" -q transpile "$corpus" --strategy cpu --engine spark \
    --master 'local[2]' --partitions "$MANY"
  run local-one "$round" java -jar "$JAR" -q transpile "$one" --strategy cpu --threads 2
  run spark-one "$round" "$root/bin/portalis-accel" -q transpile "$one" --strategy cpu --engine spark --master 'local[2]'
done

python3 - "$tsv" "$FILES" "$WORK" <<'PY'
import csv, glob, json, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
files = int(sys.argv[2])
med = {}
print("| configuration | runs | wall ms (median) | execution_time_ms (median) | files | Spark tasks |")
print("|---|---|---|---|---|---|")
for config in ["local", "spark", "spark-many", "local-one", "spark-one"]:
    rs = [r for r in rows if r["config"] == config and r["rc"] in ("0", "1")]
    if not rs:
        print(f"| {config} | 0 | - | - | - | - |")
        continue
    wall = statistics.median(float(r["wall_ms"]) for r in rs)
    ex = statistics.median(float(r["exec_ms"]) for r in rs)
    med[config] = (wall, ex, int(rs[0]["tasks"]))
    print(f"| {config} | {len(rs)} | {wall:.0f} | {ex:.0f} | {rs[0]['files']} | {rs[0]['tasks']} |")
if all(k in med for k in med) and len(med) == 5:
    per_file = med["local"][1] * 2 / files
    tasks_few, tasks_many = med["spark"][2], med["spark-many"][2]
    per_task = (med["spark-many"][1] - med["spark"][1]) / max(1, tasks_many - tasks_few) * 2
    fixed = med["spark-one"][0] - med["local-one"][0]
    print()
    print(f"- CPU cost per file (local execution time x 2 threads / {files} files): {per_file:.1f} ms")
    print(f"- Spark cost per task (execution time of {tasks_many} vs {tasks_few} tasks, x 2 task slots): {per_task:.0f} ms")
    print(f"- fixed cost of the Spark engine (one-file wall time, spark minus local): {fixed:.0f} ms")
    per_task_file = sorted(t["execution_time_ms"] / t["files"]
                           for f in glob.glob(sys.argv[3] + "/report-spark-r*.json")
                           for t in json.load(open(f))["tasks"] if t["files"])
    if per_task_file:
        print(f"- CPU cost per file inside Spark tasks (one thread each): median {statistics.median(per_task_file):.1f} ms, "
              f"fastest task {per_task_file[0]:.1f} ms (a warm JVM)")
    print(f"- whole-run overhead on {files} files: {med['spark'][0] - med['local'][0]:.0f} ms wall "
          f"({(med['spark'][0] / med['local'][0] - 1) * 100:.0f} %)")
PY
