#!/usr/bin/env bash
# What py::Num costs float arithmetic (issue 11.2). One float-heavy program in two forms that
# differ in one token: `energy: float = 0.0` keeps every float slot an f64; `energy: float = 0`
# puts an int in a float slot, so the module is translated with its float slots as py::Num.
# Both are translated, compiled with rustc -O, checked against python3, then run in alternation
# (paired runs); prints each run's seconds and the median ratio num/f64.
# Usage: bench/num-tower.sh [RUNS] [STEPS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$root/target/portalis-accel.jar"
source "$root/bench/lib.sh"
ensure_jar num-tower.sh
runs="${1:-7}"
steps="${2:-3000}"
work="$(mktemp -d /tmp/num-tower-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

program() { # $1: how energy starts
  cat <<PY
def step(xs: list[float], vs: list[float], dt: float) -> float:
    energy: float = $1
    for i in range(len(xs)):
        a: float = -xs[i] * 0.5 + vs[i] * -0.01
        vs[i] = vs[i] + a * dt
        xs[i] = xs[i] + vs[i] * dt
        energy += vs[i] * vs[i] * 0.5 + xs[i] * xs[i] * 0.25
    return energy


def main() -> None:
    n = 2000
    xs: list[float] = [i * 0.001 for i in range(n)]
    vs: list[float] = [0.0 for _ in range(n)]
    e: float = 0.0
    for _ in range($steps):
        e = step(xs, vs, 0.01)
    print(round(e, 6), max(xs), min(vs))


if __name__ == "__main__":
    main()
PY
}

for form in f64 num; do
  mkdir -p "$work/$form/src"
  if [ "$form" = f64 ]; then program 0.0; else program 0; fi > "$work/$form/src/kernel.py"
  java -jar "$JAR" -q transpile "$work/$form/src" -o "$work/$form/out" --strategy cpu --no-calibration > /dev/null
  grep -q "py::Num" "$work/$form/out/kernel.rs" && kind=num || kind=f64
  [ "$kind" = "$form" ] || { echo "num-tower.sh: the $form form was translated with $kind slots" >&2; exit 1; }
  rustc --edition 2021 -O "$work/$form/out/kernel.rs" -o "$work/$form/kernel" 2> /dev/null
  want="$(python3 "$work/$form/src/kernel.py")"
  got="$("$work/$form/kernel")"
  [ "$want" = "$got" ] || { echo "num-tower.sh: $form prints '$got', python3 '$want'" >&2; exit 1; }
done

seconds() { # wall seconds of one run
  local t0 t1
  t0=$(date +%s.%N); "$1" > /dev/null; t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l
}

echo "run f64_s num_s ratio"
ratios=()
for r in $(seq 1 "$runs"); do
  a=$(seconds "$work/f64/kernel")
  b=$(seconds "$work/num/kernel")
  ratio=$(echo "$b / $a" | bc -l)
  ratios+=("$ratio")
  printf '%d %.3f %.3f %.3f\n' "$r" "$a" "$b" "$ratio"
done
printf '%s\n' "${ratios[@]}" | sort -g | awk '{v[NR]=$1} END {printf "median ratio num/f64: %.3f over %d paired runs\n", v[int((NR+1)/2)], NR}'
