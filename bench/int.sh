#!/usr/bin/env bash
# Ints (issue 12): what the arbitrary-precision int runtime (src/main/resources/rust/int.rs)
# costs where ints fit in 64 bits, and what it does where they do not.
#
# 1. Paired: bench/int/arith.py (Collatz steps and an LCG: every value fits in 64 bits) as the
#    current translation writes it (i64, checked arithmetic from the prelude) against
#    bench/int/arith_int.rs, the same program written on `int::Int` as the lowering will write
#    it. Both built with rustc -O, run alternately RUNS times each; the ratio new/old of the
#    median CPU times (user + system) is the fast path's cost.
# 2. Big ints: bench/int/big.py (factorial(5000), Fibonacci of 10,000, a 2048-bit modular
#    exponentiation) under python3 against bench/int/big_int.rs on `int::Int`, in one run.
# Each program's output is checked against python3's before any time is reported.
#
# Environment (all optional): RUNS=7, WORK=/tmp/portalis-int-bench, JAR=target/portalis-accel.jar
# Output: a Markdown table on stdout.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-7}"
WORK="${WORK:-/tmp/portalis-int-bench}"
JAR="${JAR:-$root/target/portalis-accel.jar}"

. "$root/bench/lib.sh"
ensure_jar int
command -v rustc >/dev/null || { echo "int: rustc is needed" >&2; exit 2; }
command -v python3 >/dev/null || { echo "int: python3 is needed" >&2; exit 2; }
rm -rf "$WORK"
mkdir -p "$WORK/src"
cp "$root/bench/int/arith.py" "$WORK/src/"
java -jar "$JAR" -q transpile "$WORK/src" -o "$WORK/out" -s cpu --report "$WORK/report.json"

# The hand-lowered programs get the whole runtime (rustc drops what they do not reach).
whole() {
  printf '#![allow(dead_code, unused_imports, unused_macros)]\n'
  cat "$root/src/main/resources/rust/prelude.rs" "$root/src/main/resources/rust/int.rs" "$1"
}
whole "$root/bench/int/arith_int.rs" > "$WORK/arith_int.rs"
whole "$root/bench/int/big_int.rs" > "$WORK/big_int.rs"
for p in "$WORK/out/arith.rs" "$WORK/arith_int.rs" "$WORK/big_int.rs"; do
  rustc --edition 2021 -O "$p" -o "${p%.rs}.bin" 2> "$WORK/rustc.log" || { cat "$WORK/rustc.log" >&2; exit 3; }
done

python3 - "$RUNS" "$WORK" "$root" <<'PY'
import resource, statistics, subprocess, sys, time

runs, work, root = int(sys.argv[1]), sys.argv[2], sys.argv[3]

def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime

def run(cmd):
    """The command's CPU time (user + system: on a shared machine its wall time is mostly
    waiting for a core) and its stdout."""
    t = cpu()
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return cpu() - t, out

def check(name, cmd, expected):
    _, out = run(cmd)
    if out != expected:
        sys.exit(f"int: {name} prints differently from python3:\n{out}\nexpected:\n{expected}")

arith_py = [sys.executable, f"{root}/bench/int/arith.py"]
big_py = [sys.executable, f"{root}/bench/int/big.py"]
old, new, big = [f"{work}/out/arith.bin"], [f"{work}/arith_int.bin"], [f"{work}/big_int.bin"]
_, arith_expected = run(arith_py)
_, big_expected = run(big_py)
check("arith (current translation)", old, arith_expected)
check("arith_int.rs", new, arith_expected)
check("big_int.rs", big, big_expected)

times = {k: [] for k in ("old", "new", "big", "cpython_big")}
for _ in range(runs):
    times["old"].append(run(old)[0])
    times["new"].append(run(new)[0])
    times["big"].append(run(big)[0])
    times["cpython_big"].append(run(big_py)[0])
med = {k: statistics.median(v) for k, v in times.items()}
lo = {k: min(v) for k, v in times.items()}
print(f"| program | median CPU s | best CPU s | ratio (median) |")
print(f"|---|---|---|---|")
print(f"| arith.py, current translation (i64, checked) | {med['old']:.3f} | {lo['old']:.3f} | 1.00 |")
print(f"| arith.py on int::Int (fast path) | {med['new']:.3f} | {lo['new']:.3f} | {med['new'] / med['old']:.2f} |")
print(f"| big.py under python3 | {med['cpython_big']:.3f} | {lo['cpython_big']:.3f} | 1.00 |")
print(f"| big.py on int::Int | {med['big']:.3f} | {lo['big']:.3f} | {med['big'] / med['cpython_big']:.2f} |")
print(f"\n{runs} runs each, alternating; CPU time (user + system) of each process; outputs equal to python3's.")
PY
