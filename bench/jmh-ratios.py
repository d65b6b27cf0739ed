#!/usr/bin/env python3
"""Turns JMH JSON results (java -jar benchmarks.jar ... -rf json -rff FILE) into the ratio tables
of bench/README.md: executor overhead (manager / bare ForkJoinPool - 1), selection latency and the
hardware probe, fallback gap. Prints Markdown to stdout. Usage: jmh-ratios.py RESULT.json [...]"""
import json
import os
import sys

PKG = "io.portalis.accel.bench."


def load(paths):
    rows = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            rows.extend(json.load(f))
    return rows


def name(row):
    return row["benchmark"].removeprefix(PKG)


def score(row):
    m = row["primaryMetric"]
    return m["score"], m["scoreError"], m["scoreUnit"]


def fmt(x, err=None):
    def one(v):
        if v != v:  # NaN: too few iterations for an error bar
            return "n/a"
        if abs(v) >= 100:
            return f"{v:,.0f}"
        if abs(v) >= 10:
            return f"{v:.1f}"
        return f"{v:.2f}"
    return one(x) if err is None else f"{one(x)} ± {one(err)}"


def shape_key(shape):
    count, cost = shape.split("x")
    micros = int(cost[:-2]) * (1000 if cost.endswith("ms") else 1)
    return (micros, int(count))


def executor_overhead(rows):
    pairs = {}
    for r in rows:
        n = name(r)
        if n.startswith("ExecutorOverheadBenchmark."):
            key = (r["params"]["shape"], r["params"]["threads"])
            pairs.setdefault(key, {})[n.split(".")[1]] = r
    if not pairs:
        return
    print("### Executor overhead: StrategyManager.cpuOnly vs a bare ForkJoinPool, same tasks\n")
    print("| tasks x cost | threads | per task (bare) | bare us/batch | manager us/batch | overhead |")
    print("|---|---|---|---|---|---|")
    for (shape, threads) in sorted(pairs, key=lambda k: (shape_key(k[0]), k[1])):
        p = pairs[(shape, threads)]
        if "manager" not in p or "bareForkJoin" not in p:
            continue
        b, be, _ = score(p["bareForkJoin"])
        m, me, _ = score(p["manager"])
        workers = int(threads) or os.cpu_count()
        count = int(shape.split("x")[0])
        per_task = b * workers / count
        print(f"| {shape} | {workers} | {fmt(per_task)} us | {fmt(b, be)} | {fmt(m, me)} | {(m / b - 1) * 100:+.1f}% |")
    print()


def selection(rows):
    sel = [r for r in rows if name(r) == "SelectionBenchmark.select"]
    probe = [r for r in rows if name(r).startswith("HardwareProbeBenchmark.")]
    if not sel and not probe:
        return
    print("### Selection latency (target < 1 us) and the once-per-run hardware probe\n")
    if sel:
        print("| what | time | p50 vs target 1 us |")
        print("|---|---|---|")
    for r in sel:
        s, e, u = score(r)
        scale = 1 if u.startswith("ns") else 1000 if u.startswith("us") else 1e6
        pct = r["primaryMetric"].get("scorePercentiles") or {}
        if r["mode"] == "sample" and "50.0" in pct:
            p50, p90, p99 = pct["50.0"], pct["90.0"], pct["99.0"]
            text = f"p50 {fmt(p50)}, p90 {fmt(p90)}, p99 {fmt(p99)}, mean {fmt(s)} {u}"
            print(f"| select, rule {r['params']['rule']} | {text} | {p50 * scale / 1000:.2f}x |")
        else:
            print(f"| select, rule {r['params']['rule']} | {fmt(s, e)} {u} | {s * scale / 1000:.2f}x (mean) |")
    if probe:
        print("\n| hardware probe, once per run | time |")
        print("|---|---|")
    for r in probe:
        s, e, u = score(r)
        shots = "cold JVM each" if r["warmupIterations"] == 0 and r["measurementIterations"] == 1 \
            else "not all cold: run it without -wi/-i/-f"
        print(f"| {name(r).split('.')[1]} ({r['forks']} forks x {r['measurementIterations']} shot, {shots}) "
              f"| {fmt(s, e)} {u} |")
    print()


def fallback(rows):
    fb = {name(r).split(".")[1]: r for r in rows if name(r).startswith("FallbackBenchmark.")}
    if not fb:
        return
    print("### Fallback cost (target < 2 ms from the GPU failure to the CPU starting the unfinished tasks)\n")
    print("| what | value |")
    print("|---|---|")
    f = fb.get("gpuFailsHalfway")
    if f:
        sec = f["secondaryMetrics"]
        gaps = sec["gapNanos"]["score"]
        count = sec["fallbacks"]["score"]
        mean_us = gaps / count / 1000
        print(f"| mean gap over {count:,.0f} fallbacks | {fmt(mean_us)} us ({mean_us / 2000:.2f}x the 2 ms target) |")
        s, e, u = score(f)
        print(f"| batch of {f['params']['tasks']} tasks, GPU fails after half | {fmt(s, e)} {u} |")
    c = fb.get("gpuCompletesAll")
    if c:
        s, e, u = score(c)
        print(f"| same batch, GPU completes all | {fmt(s, e)} {u} |")
    if f and c:
        print(f"| ratio failing / completing | {score(f)[0] / score(c)[0]:.2f}x |")
    print()


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: jmh-ratios.py RESULT.json [...]")
    rows = load(sys.argv[1:])
    executor_overhead(rows)
    selection(rows)
    fallback(rows)


if __name__ == "__main__":
    main()
