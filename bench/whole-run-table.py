#!/usr/bin/env python3
"""Summarises bench/whole-run.sh's runs.tsv as Markdown: per corpus and configuration the medians
of wall time and of the report's execution_time_ms, files/s and MB/s on both, the largest peak RSS,
and the ratios (CpuOnly 1 thread / 2 threads; every configuration against cpu:1).
Usage: whole-run-table.py runs.tsv"""
import csv
import statistics
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: whole-run-table.py runs.tsv")
    with open(sys.argv[1], encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    groups = {}
    for r in rows:
        groups.setdefault(r["corpus"], {}).setdefault(r["config"], []).append(r)
    for corpus, configs in groups.items():
        stats = {}
        for config, runs in configs.items():
            good = [r for r in runs if r["exec_ms"] not in ("-", "")]
            if not good:
                stats[config] = None
                continue
            files = int(good[0]["files"])
            mb = int(good[0]["bytes_in"]) / 1e6
            wall = statistics.median(int(r["wall_ms"]) for r in good) / 1000
            exe = statistics.median(float(r["exec_ms"]) for r in good) / 1000
            stats[config] = dict(
                runs=len(good), of=len(runs), files=files, mb=mb, wall=wall, exe=exe,
                rss=max(int(r["max_rss_kb"]) for r in good) / 1024,
                failed=good[0]["failed"], used=sorted({r["used"] for r in good}),
                fallback=sorted({r["fallback"] for r in good}))
        first = next((s for s in stats.values() if s), None)
        if first is None:
            print(f"### {corpus}: no successful run\n")
            continue
        print(f"### {corpus}: {first['files']} files, {first['mb']:.1f} MB ({first['failed']} failed in the pipeline)\n")
        print("| config (strategy:threads) | runs | wall s | files/s (wall) | MB/s (wall) | execute s | "
              "files/s (execute) | MB/s (execute) | peak RSS MiB | used | fallback | wall vs cpu:1 |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|")
        base = stats.get("cpu:1")
        for config, s in stats.items():
            if s is None:
                print(f"| {config} | 0 of {len(configs[config])} | failed | | | | | | | | | |")
                continue
            ratio = f"{base['wall'] / s['wall']:.2f}x" if base else "n/a"
            print(f"| {config} | {s['runs']} | {s['wall']:.2f} | {s['files'] / s['wall']:,.0f} | {s['mb'] / s['wall']:.2f} | "
                  f"{s['exe']:.2f} | {s['files'] / s['exe']:,.0f} | {s['mb'] / s['exe']:.2f} | {s['rss']:.0f} | "
                  f"{','.join(s['used'])} | {','.join(s['fallback'])} | {ratio} |")
        one, two = stats.get("cpu:1"), stats.get("cpu:2")
        if one and two:
            print(f"\nScaling, CpuOnly 2 threads vs 1: {one['wall'] / two['wall']:.2f}x on wall time, "
                  f"{one['exe'] / two['exe']:.2f}x on the execute phase.")
        print()


if __name__ == "__main__":
    main()
