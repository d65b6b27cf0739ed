#!/usr/bin/env python3
"""CPython's side of the parse benchmark: reads the file list (one path per line) from argv[1],
keeps every file's bytes in memory, warms up with one pass of ast.parse, then times `rounds`
passes (argv[2]) and prints one JSON line: files, bytes, and the wall and CPU seconds of each pass
(CPU time of the process: the per-core measure that a busy machine does not distort)."""
import ast
import json
import sys
import time
import warnings

warnings.simplefilter("ignore")
paths = [p for p in open(sys.argv[1], encoding="utf-8").read().splitlines() if p]
rounds = int(sys.argv[2])
sources = [open(p, "rb").read() for p in paths]
for s in sources:
    ast.parse(s)
wall = []
cpu = []
for _ in range(rounds):
    t0 = time.perf_counter()
    c0 = time.process_time()
    for s in sources:
        ast.parse(s)
    cpu.append(time.process_time() - c0)
    wall.append(time.perf_counter() - t0)
print(json.dumps({"files": len(sources), "bytes": sum(map(len, sources)), "wall": wall, "cpu": cpu}))
