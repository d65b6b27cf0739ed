#!/usr/bin/env bash
# Ints (issue 12), the lowering: what translated programs cost now that int slots may be
# int::Int (--ints). Unlike bench/int.sh, which times hand-written Rust, every program here is
# the translator's own output.
#
# 1. Paired: bench/int/arith.py (Collatz steps and an LCG; every value fits in 64 bits)
#    translated with --ints fixed (i64, checked) and with --ints big (every int an int::Int),
#    both built with rustc -O and run alternately RUNS times; the ratio big/fixed of the median
#    CPU times is what the arbitrary-precision lowering costs where ints stay small.
# 2. Big ints: bench/int/big.py (factorial(5000), the 10,000th Fibonacci number, a 2048-bit
#    modular exponentiation) translated with the default --ints auto (the module has ** and a
#    product accumulated in a loop, so its ints are int::Int) against python3, in one run.
# Each program's output is checked against python3's before any time is reported.
#
# Environment (all optional): RUNS=7, WORK=/tmp/portalis-int-lowering, JAR=target/portalis-accel.jar
# Output: a Markdown table on stdout.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-7}"
WORK="${WORK:-/tmp/portalis-int-lowering}"
JAR="${JAR:-$root/target/portalis-accel.jar}"

. "$root/bench/lib.sh"
ensure_jar int-lowering
command -v rustc >/dev/null || { echo "int-lowering: rustc is needed" >&2; exit 2; }
command -v python3 >/dev/null || { echo "int-lowering: python3 is needed" >&2; exit 2; }
rm -rf "$WORK"
mkdir -p "$WORK/arith" "$WORK/big"
cp "$root/bench/int/arith.py" "$WORK/arith/"
cp "$root/bench/int/big.py" "$WORK/big/"
for ints in fixed big; do
  java -jar "$JAR" -q transpile "$WORK/arith" -o "$WORK/arith-$ints" -s cpu --layout files --ints "$ints" \
    --report "$WORK/arith-$ints.json"
done
java -jar "$JAR" -q transpile "$WORK/big" -o "$WORK/big-auto" -s cpu --layout files --report "$WORK/big-auto.json"
grep -q 'int::Int' "$WORK/big-auto/big.rs" || { echo "int-lowering: big.py was not lowered to int::Int" >&2; exit 3; }
for p in "$WORK/arith-fixed/arith.rs" "$WORK/arith-big/arith.rs" "$WORK/big-auto/big.rs"; do
  rustc --edition 2021 -O "$p" -o "${p%.rs}.bin" 2> "$WORK/rustc.log" || { cat "$WORK/rustc.log" >&2; exit 3; }
done

python3 - "$RUNS" "$WORK" "$root" <<'PY'
import resource, statistics, subprocess, sys

runs, work, root = int(sys.argv[1]), sys.argv[2], sys.argv[3]

def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime

def run(cmd):
    """The command's CPU time (user + system) and its stdout."""
    t = cpu()
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return cpu() - t, out

def check(name, cmd, expected):
    _, out = run(cmd)
    if out != expected:
        sys.exit(f"int-lowering: {name} prints differently from python3:\n{out}\nexpected:\n{expected}")

arith_py = [sys.executable, f"{root}/bench/int/arith.py"]
big_py = [sys.executable, f"{root}/bench/int/big.py"]
fixed, big, auto = [f"{work}/arith-fixed/arith.bin"], [f"{work}/arith-big/arith.bin"], [f"{work}/big-auto/big.bin"]
_, arith_expected = run(arith_py)
_, big_expected = run(big_py)
check("arith.py --ints fixed", fixed, arith_expected)
check("arith.py --ints big", big, arith_expected)
check("big.py --ints auto", auto, big_expected)

times = {k: [] for k in ("fixed", "big", "auto", "cpython_big")}
for _ in range(runs):
    times["fixed"].append(run(fixed)[0])
    times["big"].append(run(big)[0])
    times["auto"].append(run(auto)[0])
    times["cpython_big"].append(run(big_py)[0])
med = {k: statistics.median(v) for k, v in times.items()}
lo = {k: min(v) for k, v in times.items()}
print("| program | median CPU s | best CPU s | ratio (median) |")
print("|---|---|---|---|")
print(f"| arith.py translated, --ints fixed (i64, checked) | {med['fixed']:.3f} | {lo['fixed']:.3f} | 1.00 |")
print(f"| arith.py translated, --ints big (int::Int) | {med['big']:.3f} | {lo['big']:.3f} | {med['big'] / med['fixed']:.2f} |")
print(f"| big.py under python3 | {med['cpython_big']:.3f} | {lo['cpython_big']:.3f} | 1.00 |")
print(f"| big.py translated, --ints auto (int::Int) | {med['auto']:.3f} | {lo['auto']:.3f} | {med['auto'] / med['cpython_big']:.2f} |")
print(f"\n{runs} runs each, alternating; CPU time (user + system) of each process; outputs equal to python3's.")
PY
