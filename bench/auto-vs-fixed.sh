#!/usr/bin/env bash
# `--strategy auto` (measured rates) against every fixed strategy, on four trees: small (examples/),
# large (a generated corpus of variants of examples/), uniform (the same corpus cut to files of one
# size band) and skewed (small files plus a few files each made of many variants). POCL's CPU device
# stands in for the GPU (PORTALIS_OPENCL_CPU=1). One isolated cache folder holds the calibration:
# `calibrate` runs once first, then each round runs cpu, gpu, hybrid:70 and auto back to back on the
# same tree (the order rotates every round), so load that comes and goes hits all of them alike. auto
# keeps learning from every run (as it does for a user); the fixed strategies' runs update the same file.
#
# Environment (all optional):
#   RUNS=3                 rounds per tree
#   FILES=600              files in the generated corpus (large)
#   TREES="small large uniform skewed"
#   THREADS=2
#   WORK=/tmp/portalis-bench-auto   scratch folder (corpora, outputs, reports, cache, runs.tsv)
#   JAR=target/portalis-accel.jar   built when missing
# Output: a Markdown table on stdout: median wall ms per strategy; the median (and range) over the
# rounds of auto's time over the best fixed strategy's and over cpu's in the same round (paired);
# the GPU's share of the bytes under hybrid:70; what auto chose. Raw rows in $WORK/runs.tsv.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-3}"
FILES="${FILES:-600}"
TREES="${TREES:-small large uniform skewed}"
THREADS="${THREADS:-2}"
WORK="${WORK:-/tmp/portalis-bench-auto}"
JAR="${JAR:-$root/target/portalis-accel.jar}"

. "$root/bench/lib.sh"
ensure_jar auto-vs-fixed
mkdir -p "$WORK"
export XDG_CACHE_HOME="$WORK/cache"
export PORTALIS_OPENCL_CPU=1

generated() {
  local dir="$WORK/corpus-$FILES"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    python3 "$root/bench/gen-corpus.py" "$dir" --files "$FILES" >&2
    touch "$dir/.complete"
  fi
  echo "$dir"
}

tree_dir() {
  local dir="$WORK/tree-$1"
  case "$1" in
    small) echo "$root/examples"; return ;;
    large) generated; return ;;
  esac
  if [ -f "$dir/.complete" ]; then echo "$dir"; return; fi
  rm -rf "$dir"; mkdir -p "$dir"
  local src; src="$(generated)"
  python3 - "$src" "$dir" "$1" <<'PY'
import pathlib, sys
src, dst, kind = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
files = sorted(p for p in src.rglob("*.py"))
if kind == "uniform":
    # the files within 20% of the median size: about equal work per file
    sizes = sorted(p.stat().st_size for p in files)
    med = sizes[len(sizes) // 2]
    keep = [p for p in files if 0.8 * med <= p.stat().st_size <= 1.2 * med]
    for p in keep:
        q = dst / p.relative_to(src); q.parent.mkdir(parents=True, exist_ok=True); q.write_bytes(p.read_bytes())
else:
    # skewed: the first half of the files as they are, plus 4 big files, each 40 variants one after the other
    half = files[: len(files) // 2]
    for p in half:
        q = dst / p.relative_to(src); q.parent.mkdir(parents=True, exist_ok=True); q.write_bytes(p.read_bytes())
    rest = files[len(files) // 2:]
    for b in range(4):
        chunk = rest[b * 40:(b + 1) * 40]
        (dst / f"big{b}.py").write_bytes(b"\n".join(p.read_bytes() for p in chunk))
PY
  touch "$dir/.complete"
  echo "$dir"
}

tsv="$WORK/runs.tsv"
printf 'tree\tstrategy\tround\trc\twall_ms\texec_ms\tfiles\tbytes_in\tselected\trule\tpredicted_ms\tgpu_share\n' > "$tsv"

echo "auto-vs-fixed: calibrating" >&2
java -jar "$JAR" -q calibrate --threads "$THREADS" --opencl-cpu >&2

strategies=(cpu gpu hybrid:70 auto)
for tree in $TREES; do
  src="$(tree_dir "$tree")"
  for round in $(seq 1 "$RUNS"); do
    for k in 0 1 2 3; do
      strategy="${strategies[$(( (k + round) % 4 ))]}"
      tag="$tree-${strategy//:/-}-r$round"
      out="$WORK/out-$tag"; report="$WORK/report-$tag.json"
      rm -rf "$out" "$report"
      start=$(date +%s%N)
      set +e
      java -jar "$JAR" -q transpile "$src" -o "$out" -s "$strategy" -t "$THREADS" --opencl-cpu \
        --report "$report" >/dev/null 2>"$WORK/stderr-$tag.txt"
      rc=$?
      set -e
      wall_ms=$(( ($(date +%s%N) - start) / 1000000 ))
      rm -rf "$out"
      if [ "$rc" -le 1 ] && [ -f "$report" ]; then
        fields=$(python3 - "$report" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
s = r["strategy"]; m = s.get("measured") or {}
gpu_bytes = sum(f["bytes_in"] for f in r["files"] if f["executor"] == "gpu")
share = gpu_bytes / r["summary"]["bytes_in"] if r["summary"]["bytes_in"] else 0
print("\t".join(str(x) for x in (r["execution_time_ms"], r["summary"]["files"], r["summary"]["bytes_in"],
                                   s["selected"], s["rule"], m.get("predicted_ms", "-"), f"{share:.2f}")))
PY
)
      else
        fields=$'-\t-\t-\t-\t-\t-\t-'
        echo "auto-vs-fixed: $tag exited $rc; see $WORK/stderr-$tag.txt" >&2
      fi
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tree" "$strategy" "$round" "$rc" "$wall_ms" "$fields" >> "$tsv"
      echo "auto-vs-fixed: $tag ${wall_ms} ms" >&2
    done
  done
done

python3 - "$tsv" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
trees = list(dict.fromkeys(r["tree"] for r in rows))
strats = ["cpu", "gpu", "hybrid:70", "auto"]
fixed = ["cpu", "gpu", "hybrid:70"]
ok = lambda r: r["rc"] in ("0", "1")
print("| tree | files | bytes | " + " | ".join(f"{s} (ms)" for s in strats)
      + " | auto / best fixed (paired) | auto / cpu (paired) | hybrid:70 GPU share of bytes | auto chose (rule) |")
print("|---|---:|---:|" + "---:|" * len(strats) + "---:|---:|---:|---|")
for t in trees:
    med = {}
    for s in strats:
        w = [int(r["wall_ms"]) for r in rows if r["tree"] == t and r["strategy"] == s and ok(r)]
        med[s] = statistics.median(w) if w else None
    # paired: within each round (the four runs back to back), auto over the best fixed one and over cpu
    best_ratios, cpu_ratios = [], []
    for rnd in sorted({r["round"] for r in rows if r["tree"] == t}):
        got = {r["strategy"]: int(r["wall_ms"]) for r in rows if r["tree"] == t and r["round"] == rnd and ok(r)}
        if "auto" in got and all(s in got for s in fixed):
            best_ratios.append(got["auto"] / min(got[s] for s in fixed))
            cpu_ratios.append(got["auto"] / got["cpu"])
    autos = [r for r in rows if r["tree"] == t and r["strategy"] == "auto"]
    chose = ", ".join(f'{r["selected"]} ({r["rule"]})' for r in autos)
    shares = [float(r["gpu_share"]) for r in rows if r["tree"] == t and r["strategy"] == "hybrid:70" and ok(r)]
    r0 = next(r for r in rows if r["tree"] == t)
    cells = " | ".join("-" if med[s] is None else f"{med[s]:.0f}" for s in strats)
    fmt = lambda xs: "-" if not xs else f"{statistics.median(xs):.2f} ({min(xs):.2f}-{max(xs):.2f})"
    share = "-" if not shares else f"{statistics.median(shares):.2f}"
    print(f'| {t} | {r0["files"]} | {r0["bytes_in"]} | {cells} | {fmt(best_ratios)} | {fmt(cpu_ratios)} | {share} | {chose} |')
PY
