#!/usr/bin/env python3
"""Writes the expected dump NAME.ast next to every golden input NAME.py that CPython accepts,
using this interpreter's ast.dump(ast.parse(bytes)). Inputs CPython rejects need a NAME.err,
which holds our parser's rendered diagnostics (reviewed by hand against CPython's message);
this script lists those that lack one.

Run from the repository root: python3 tools/make_parser_goldens.py
"""
import ast
import pathlib
import warnings

warnings.simplefilter("ignore")
root = pathlib.Path("src/test/resources/golden/parser")
for src in sorted(root.glob("*.py")):
    data = src.read_bytes()
    try:
        dump = ast.dump(ast.parse(data))
    except SyntaxError as e:
        if not src.with_suffix(".err").exists():
            print(f"{src.name}: CPython rejects it ({e.msg}, line {e.lineno}); write {src.stem}.err")
        continue
    src.with_suffix(".ast").write_text(dump + "\n", encoding="utf-8", errors="surrogatepass")
