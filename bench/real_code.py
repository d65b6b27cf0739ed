#!/usr/bin/env python3
"""How much of a real Python tree translates, and whether what translates behaves as CPython.

The measure the project is judged by: code nobody here wrote. Point it at any source tree (it is
not part of the repository: fetch one, e.g. a clone of a public collection of typed Python
programs) and it runs the crate layout over it the way a user would:

    bin/portalis-accel transpile TREE -o OUT --strategy cpu [--verify]

then prints
  1. files translated / failed, the refusals grouped by construct (each failed file counted once,
     by its first error; the names and numbers in a message are folded so a group is a construct),
     with one example file per group;
  2. with --verify: the main modules and the doctests run both ways (same / differs / not run),
     and every module that differs (each one is a defect to turn into a differential test).

Usage: python3 bench/real_code.py TREE [--verify] [--top N] [--json OUT.json] [--out DIR]
Exit status: 0 when nothing that translated differs from CPython, 1 otherwise.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JAR = Path(os.environ.get("JAR", ROOT / "target" / "portalis-accel.jar"))


def construct(message: str) -> str:
    """A refusal message with its quoted names, numbers and type arguments folded away."""
    m = re.sub(r"'[^']*'|`[^`]*`", "X", message)
    m = re.sub(r"\b\d+\b", "N", m)
    m = re.sub(r"\[[^\[\]]*\]", "[..]", m)
    return m[:110]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("tree", type=Path)
    ap.add_argument("--verify", action="store_true")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--out", type=Path)
    a = ap.parse_args()
    out = a.out or Path(tempfile.mkdtemp(prefix="real-code-"))
    cmd = ["java", "-jar", str(JAR), "-q", "transpile", str(a.tree), "-o", str(out), "--strategy", "cpu"]
    if a.verify:
        cmd.append("--verify")
    t0 = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.monotonic() - t0
    try:
        report = json.loads(p.stdout)
    except json.JSONDecodeError:
        print(f"the run gave no report (exit {p.returncode}):\n{p.stderr[-2000:]}", file=sys.stderr)
        return 1
    s = report["summary"]
    print(f"{a.tree}: {s['files']} files, {s['ok']} translated ({100.0 * s['ok'] / max(1, s['files']):.1f}%), "
          f"{s['failed']} failed; exit {p.returncode}; {wall:.1f} s wall")
    groups: collections.Counter[str] = collections.Counter()
    example: dict[str, str] = {}
    for f in report["files"]:
        if f["status"] == "ok":
            continue
        errors = [d for d in f.get("diagnostics") or [] if d.get("severity") == "error"]
        if not errors:
            continue
        g = construct(errors[0]["message"])
        groups[g] += 1
        example.setdefault(g, f"{f['path']}:{errors[0].get('line')}")
    print(f"\nrefusals by construct (first error of each failed file), top {a.top}:")
    for g, n in groups.most_common(a.top):
        print(f"{n:6d}  {g}   e.g. {example[g]}")
    differs = 0
    v = (report.get("project") or {}).get("verification")
    if v:
        print(f"\nmain modules run both ways: {v['summary']}")
        for f in v.get("files", []):
            if f.get("status") == "differs":
                differs += 1
                print(f"  DIFFERS {f.get('source') or f.get('module')}: {json.dumps(f)[:400]}")
        d = v.get("doctests")
        if d:
            print(f"doctests run both ways: {d.get('summary')}")
            for f in d.get("files", []):
                if f.get("status") == "differs":
                    differs += 1
                    print(f"  DOCTESTS DIFFER {f.get('source') or f.get('module')}: {json.dumps(f)[:400]}")
    if a.json:
        a.json.write_text(json.dumps({"summary": s, "groups": groups.most_common(), "verification": v}, indent=1))
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
