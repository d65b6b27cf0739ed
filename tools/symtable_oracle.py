#!/usr/bin/env python3
"""The scope oracle: for each file path read from stdin (one per line), print one JSON line,
{"ok": true, "tables": [[type, name, lineno, {symbol: scope}], ...]} with CPython's symbol tables
in pre-order (scope: 1 local, 2 global explicit, 3 global implicit, 4 free, 5 cell; the implicit
".0" argument of comprehensions left out), or {"ok": false, "error": "..."} when the file does not
compile. One process serves a whole corpus."""
import json
import symtable
import sys
import warnings

warnings.simplefilter("ignore")
SCOPE_OFFSET, SCOPE_MASK = 11, 15  # where a symbol's scope sits in its flags (Include/internal/pycore_symtable.h)


def tables(table, out):
    symbols = {}
    for name, flags in table._table.symbols.items():
        if not name.startswith("."):
            symbols[name] = (flags >> SCOPE_OFFSET) & SCOPE_MASK
    out.append([table.get_type(), table.get_name(), table.get_lineno(), symbols])
    for child in table.get_children():
        tables(child, out)


out = sys.stdout
for line in sys.stdin:
    path = line.rstrip("\n")
    if not path:
        continue
    try:
        with open(path, "rb") as f:
            source = f.read()
        compile(source, path, "exec", dont_inherit=True)
        found = []
        tables(symtable.symtable(source, path, "exec"), found)
        result = {"ok": True, "tables": found}
    except (SyntaxError, ValueError, MemoryError, RecursionError, UnicodeDecodeError, TypeError) as e:
        result = {"ok": False, "error": type(e).__name__ + ": " + str(e)}
    out.write(json.dumps(result) + "\n")
    out.flush()
