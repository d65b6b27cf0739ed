#!/usr/bin/env python3
"""How much of a corpus of `mypy --strict` programs translates, and whether it prints the same.

Issue 11's measure: typed programs that pass `python3 -m mypy --strict` and import nothing outside
typing / dataclasses / collections.abc / __future__ should translate (target: at least 95%), and
every program that translates must print exactly what python3 prints.

For each `.py` under CORPUS (default src/test/resources/mypy-strict) the script:
  1. (with --mypy) checks that the corpus itself passes `mypy --strict`, and stops if not;
  2. transpiles the whole folder with the jar (--layout files, --strategy cpu) and reads the report;
  3. compiles each translated program with rustc, runs it and python3 (PYTHONHASHSEED=0), and
     compares stdout and exit status;
  4. prints: how many translate, how many of those print the same (must be all), the programs that
     differ or do not compile, and the refusals grouped by reason (largest group first).

Usage: python3 bench/mypy_strict.py [--mypy] [--jobs N] [--json OUT.json] [CORPUS]
Exit status: 0 when every translated program compiles and prints the same, 1 otherwise.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JAR = Path(os.environ.get("JAR", ROOT / "target" / "portalis-accel.jar"))

# Messages that name a specific type or name are folded into one group per construct, so the
# groups count constructs, not spellings. Order matters: the first pattern that matches wins.
GROUPS: list[tuple[str, str]] = [
    (r"^unsupported: union type .*", "union of unrelated types (X | Y)"),
    (r"^expected (\w+)\[.*\], found (\w+)\[.*", r"argument of another container type (\2 for \1)"),
    (r"^expected (\w+)\[.*\], found (\w+)$", r"argument of another type (\2 for \1[...])"),
    (r"^expected (\w+), found (Optional|None).*", r"Optional/None where \1 is declared"),
    (r"^cannot settle the element type of .*", "empty collection's element type"),
    (r"^cannot unpack .*", "unpacking a computed sequence"),
    (r"^unsupported: 'and' of .*", "and/or of values of different types"),
    (r"^unsupported: 'or' of .*", "and/or of values of different types"),
    (r"^unsupported: type annotation '(\w+)'$", r"type annotation '\1'"),
    (r"^unsupported: string annotation .*", "string (forward) annotation of a union"),
]


def group_of(message: str) -> str:
    for pattern, name in GROUPS:
        m = re.match(pattern, message)
        if m:
            return m.expand(name)
    return message


def run(cmd: list[str], cwd: Path | None = None, timeout: int = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONHASHSEED="0")
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env,
                          stdin=subprocess.DEVNULL)


def check_one(name: str, src: Path, rs: Path, work: Path) -> tuple[str, str]:
    """('same'|'diff'|'rustc', detail)"""
    exe = work / name
    c = run(["rustc", "--edition", "2021", "-C", "opt-level=0", str(rs), "-o", str(exe)], timeout=300)
    if c.returncode != 0:
        first = next((l for l in c.stderr.splitlines() if l.startswith("error")), c.stderr[:200])
        return "rustc", first
    got = run([str(exe)], cwd=src.parent)
    exp = run([sys.executable, src.name], cwd=src.parent)
    if (got.stdout, got.returncode) == (exp.stdout, exp.returncode):
        return "same", ""
    return "diff", f"python3 rc={exp.returncode} {exp.stdout[:300]!r}\n    rust    rc={got.returncode} {got.stdout[:300]!r}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "src/test/resources/mypy-strict"))
    ap.add_argument("--mypy", action="store_true", help="first check that the corpus passes mypy --strict")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", help="write the per-file results here")
    args = ap.parse_args()
    corpus = Path(args.corpus).resolve()
    files = sorted(corpus.glob("*.py"))
    if not JAR.exists():
        print(f"no jar at {JAR}: run ./mvnw -B -q package -DskipTests", file=sys.stderr)
        return 2
    if args.mypy:
        m = run([sys.executable, "-m", "mypy", "--strict", *map(str, files)], timeout=600)
        if m.returncode != 0:
            print(m.stdout, file=sys.stderr)
            print("the corpus does not pass mypy --strict", file=sys.stderr)
            return 2
        print(f"mypy --strict: {m.stdout.strip()}")
    work = Path(tempfile.mkdtemp(prefix="mypy-strict-"))
    out = work / "out"
    t = run(["java", "-jar", str(JAR), "-q", "transpile", str(corpus), "-o", str(out),
             "--strategy", "cpu", "--layout", "files"], timeout=600)
    report = json.loads(t.stdout)
    refused: dict[str, list[str]] = defaultdict(list)
    messages: dict[str, str] = {}
    translated: list[str] = []
    for f in report["files"]:
        name = Path(f["path"]).stem
        if f["status"] == "ok":
            translated.append(name)
        else:
            d = f["diagnostics"][0] if f["diagnostics"] else {"message": f["status"], "line": 0}
            messages[name] = f"{d.get('code', '')} line {d.get('line', 0)}: {d['message']}"
            refused[group_of(d["message"])].append(name)
    results: dict[str, tuple[str, str]] = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {n: pool.submit(check_one, n, corpus / f"{n}.py", out / f"{n}.rs", work) for n in translated}
        for n, fut in futures.items():
            results[n] = fut.result()
    same = [n for n, (s, _) in results.items() if s == "same"]
    bad = {n: r for n, r in results.items() if r[0] != "same"}
    total = len(files)
    print(f"corpus: {total} programs ({corpus})")
    print(f"translated: {len(translated)} / {total} ({100.0 * len(translated) / total:.1f}%)")
    print(f"print the same as python3: {len(same)} / {len(translated)}")
    for n, (s, detail) in sorted(bad.items()):
        print(f"  {s.upper()}: {n}: {detail}")
    print(f"refused: {total - len(translated)}, by reason:")
    for reason, names in sorted(refused.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"  {len(names):3d}  {reason}: {', '.join(sorted(names))}")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "total": total, "translated": len(translated), "same": len(same),
            "differ": {n: r for n, r in bad.items()}, "refused": messages}, indent=1, sort_keys=True))
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
