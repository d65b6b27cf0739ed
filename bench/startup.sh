#!/usr/bin/env bash
# Start-up: wall time (and CPU time) of `portalis-accel --version` and of a one-file transpile, each
# plain and with an application class-data-sharing archive (AppCDS, JDK 17 dynamic archive made by
# one training transpile), side by side in one hyperfine run; falls back to a timed loop without
# hyperfine. When bin/portalis-accel exists it is measured too (it checks whether the jar is stale
# before starting Java), with its own archive and with PORTALIS_CDS=0.
#
# Environment (all optional): RUNS=15, WARMUP=2, WORK=/tmp/portalis-startup,
#   JAR=target/portalis-accel.jar, FILE=examples/algorithms/primes.py (the one file to transpile)
# Output: a Markdown table on stdout (means, and the ratio of each CDS row to its plain row).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-15}"
WARMUP="${WARMUP:-2}"
WORK="${WORK:-/tmp/portalis-startup}"
JAR="${JAR:-$root/target/portalis-accel.jar}"
FILE="${FILE:-$root/examples/algorithms/primes.py}"

. "$root/bench/lib.sh"
ensure_jar startup
rm -rf "$WORK"
mkdir -p "$WORK/one"
cp "$FILE" "$WORK/one/"
jsa="$WORK/portalis-accel.jsa"
transpile="-q transpile $WORK/one -o $WORK/one-out -s cpu --report $WORK/one-report.json"

# The archive: classes loaded by one training transpile, dumped at exit. Picocli's classes (class
# file version 49) cannot be archived; the JVM says so per class, hence -Xlog:cds=off.
java -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$JAR" $transpile
cds="-XX:SharedArchiveFile=$jsa -Xlog:cds=off"

names=("version" "version+CDS" "transpile 1 file" "transpile 1 file+CDS")
cmds=("java -jar $JAR --version"
      "java $cds -jar $JAR --version"
      "java -jar $JAR $transpile"
      "java $cds -jar $JAR $transpile")
launcher="$root/bin/portalis-accel"
if [ -x "$launcher" ]; then
  if grep -q PORTALIS_CDS "$launcher"; then
    # the launcher keeps its own archive (target/portalis-accel.jsa); make sure it exists first
    PORTALIS_NO_BUILD=1 "$launcher" --version >/dev/null
    names+=("launcher version" "launcher version+CDS" "launcher transpile 1 file" "launcher transpile 1 file+CDS")
    cmds+=("env PORTALIS_NO_BUILD=1 PORTALIS_CDS=0 $launcher --version"
           "env PORTALIS_NO_BUILD=1 $launcher --version"
           "env PORTALIS_NO_BUILD=1 PORTALIS_CDS=0 $launcher $transpile"
           "env PORTALIS_NO_BUILD=1 $launcher $transpile")
  else
    names+=("launcher version")
    cmds+=("env PORTALIS_NO_BUILD=1 $launcher --version")
  fi
fi

results="$WORK/startup.json"
if command -v hyperfine >/dev/null 2>&1; then
  args=()
  for i in "${!cmds[@]}"; do
    args+=(-n "${names[$i]}" "${cmds[$i]}")
  done
  hyperfine -N --warmup "$WARMUP" --runs "$RUNS" --export-json "$results" "${args[@]}" >&2
else
  echo "startup: no hyperfine (apt-get install hyperfine); timing a loop instead" >&2
  python3 - "$RUNS" "$WARMUP" "$results" "${names[@]}" -- "${cmds[@]}" <<'PY'
import json, resource, shlex, subprocess, sys, time
runs, warmup, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rest = sys.argv[4:]
cut = rest.index("--")
names, cmds = rest[:cut], rest[cut + 1:]
results = []
for name, cmd in zip(names, cmds):
    argv = shlex.split(cmd)
    for _ in range(warmup):
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    times, user, system = [], [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        user.append(after.ru_utime - before.ru_utime)
        system.append(after.ru_stime - before.ru_stime)
    results.append({"command": name, "mean": sum(times) / runs, "stddev": 0.0, "times": times,
                    "user": sum(user) / runs, "system": sum(system) / runs})
json.dump({"results": results}, open(out, "w"))
PY
fi

python3 - "$results" <<'PY'
import json, statistics, sys
res = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
print("| command | mean wall s | median wall s | CPU s (user+sys) | CDS / plain (wall) | CDS / plain (CPU) |")
print("|---|---|---|---|---|---|")
for name, r in res.items():
    cpu = r["user"] + r["system"]
    plain = res.get(name.removesuffix("+CDS")) if name.endswith("+CDS") else None
    ratio_wall = f"{r['mean'] / plain['mean']:.2f}x" if plain else ""
    ratio_cpu = f"{cpu / (plain['user'] + plain['system']):.2f}x" if plain else ""
    print(f"| {name} | {r['mean']:.3f} ± {r.get('stddev') or 0:.3f} | {statistics.median(r['times']):.3f} | "
          f"{cpu:.3f} | {ratio_wall} | {ratio_cpu} |")
PY
