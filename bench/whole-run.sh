#!/usr/bin/env bash
# Whole runs of `portalis-accel transpile`: the Python standard library and a generated typed corpus
# (bench/gen-corpus.py, variants of examples/), each under CpuOnly with 1 and 2 threads, GpuOnly and
# Hybrid (on POCL's CPU device: PORTALIS_OPENCL_CPU=1). The configurations run interleaved, RUNS
# rounds, so the machine's noise hits all of them alike; the table gives medians and the ratios.
#
# Environment (all optional):
#   RUNS=3            rounds per configuration
#   FILES=3000        files in the generated corpus
#   STDLIB=DIR        the stdlib folder (default: python3's; site-packages excluded)
#   CORPORA="stdlib generated"   which corpora to run
#   CONFIGS="cpu:1 cpu:2 gpu:2 hybrid:2"   STRATEGY:THREADS pairs
#   WORK=/tmp/portalis-bench     scratch folder (corpus, outputs, reports, the raw TSV)
#   JAR=target/portalis-accel.jar   built with ./mvnw -B -DskipTests package when missing
# Output: a Markdown table on stdout; raw per-run rows in $WORK/runs.tsv; each run's report, stderr
# and /usr/bin/time output in $WORK/{report,stderr,time}-CORPUS-STRATEGY-THREADS-rROUND.*
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-3}"
FILES="${FILES:-3000}"
STDLIB="${STDLIB:-$(python3 -c "import sysconfig;print(sysconfig.get_paths()['stdlib'])")}"
CORPORA="${CORPORA:-stdlib generated}"
CONFIGS="${CONFIGS:-cpu:1 cpu:2 gpu:2 hybrid:2}"
WORK="${WORK:-/tmp/portalis-bench}"
JAR="${JAR:-$root/target/portalis-accel.jar}"

. "$root/bench/lib.sh"
need_gnu_time whole-run
ensure_jar whole-run
mkdir -p "$WORK"

corpus_dir() {
  case "$1" in
    stdlib) echo "$STDLIB" ;;
    generated)
      local dir="$WORK/corpus-$FILES"
      if [ ! -f "$dir/.complete" ]; then
        rm -rf "$dir"
        python3 "$root/bench/gen-corpus.py" "$dir" --files "$FILES" >&2
        touch "$dir/.complete"
      fi
      echo "$dir" ;;
    *) echo "whole-run: unknown corpus $1" >&2; exit 2 ;;
  esac
}

tsv="$WORK/runs.tsv"
printf 'corpus\tconfig\tround\trc\twall_ms\tmax_rss_kb\texec_ms\tfiles\tok\tfailed\tbytes_in\tused\tfallback\n' > "$tsv"

for corpus in $CORPORA; do
  src="$(corpus_dir "$corpus")"
  for round in $(seq 1 "$RUNS"); do
    for config in $CONFIGS; do
      strategy="${config%:*}"
      threads="${config##*:}"
      out="$WORK/out-$corpus-${config//:/-}"
      tag="$corpus-${config//:/-}-r$round"
      report="$WORK/report-$tag.json"
      timing="$WORK/time-$tag.txt"
      rm -rf "$out" "$report"
      start=$(date +%s%N)
      set +e
      PORTALIS_OPENCL_CPU=1 /usr/bin/time -v -o "$timing" java -jar "$JAR" -q transpile "$src" \
        --exclude 'site-packages/**' -o "$out" -s "$strategy" -t "$threads" --report "$report" \
        >/dev/null 2>"$WORK/stderr-$tag.txt"
      rc=$?
      set -e
      end=$(date +%s%N)
      wall_ms=$(( (end - start) / 1000000 ))
      rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$timing")
      if [ "$rc" -le 1 ] && [ -f "$report" ]; then
        fields=$(python3 - "$report" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
s = r["summary"]
ev = r.get("fallback_events") or []
fb = ",".join(sorted({e["cause"] for e in ev})) if r.get("fallback_occurred") else "-"
print("\t".join(str(x) for x in (r["execution_time_ms"], s["files"], s["ok"], s["failed"], s["bytes_in"],
                                   r["strategy"]["used"])) + "\t" + fb)
PY
)
      else
        fields=$'-\t-\t-\t-\t-\t-\t-'
        echo "whole-run: $corpus $config exited $rc; see $WORK/stderr-$tag.txt" >&2
      fi
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$corpus" "$config" "$round" "$rc" "$wall_ms" "$rss" "$fields" >> "$tsv"
      echo "whole-run: $corpus $config round $round: ${wall_ms} ms wall, rc $rc, fallback: ${fields##*$'\t'}" >&2
    done
  done
done

python3 "$root/bench/whole-run-table.py" "$tsv"
