#!/usr/bin/env python3
"""The differential oracle: for each file path read from stdin (one per line), print one JSON line,
{"ok": true, "dump": ast.dump(ast.parse(bytes))} or {"ok": false, "error": "..."}.
One process serves a whole corpus."""
import ast
import json
import sys
import warnings

warnings.simplefilter("ignore")
out = sys.stdout
for line in sys.stdin:
    path = line.rstrip("\n")
    if not path:
        continue
    try:
        with open(path, "rb") as f:
            source = f.read()
        result = {"ok": True, "dump": ast.dump(ast.parse(source))}
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        result = {"ok": False, "error": type(e).__name__ + ": " + str(e)}
    out.write(json.dumps(result) + "\n")
    out.flush()
