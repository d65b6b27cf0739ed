"""Measures which identifier-like strings CPython has interned by the time `python3 FILE.py`
compiles FILE, and prints them one per line (the list in
src/main/resources/rust/cpython311-interned.txt). Run with PYTHONHASHSEED=0:

    PYTHONHASHSEED=0 python3 tools/interned_at_startup.py > words.txt

Candidates are the identifier-like strings reachable from a fresh interpreter (code objects,
type and module dicts) plus short strings. For each candidate W a probe program prints a display
of three constants {W, F1, F2} (F1, F2 fresh strings) chosen so that CPython's frozenset constant
has a different order when rebuilt a second time: CPython makes that second rebuild exactly when
interning replaced W by an object interned earlier. The probe runs as `python3 probe.py`, so it
sees the start-up a translated program's oracle sees.
"""
import gc
import json
import os
import random
import re
import string
import subprocess
import sys
import tempfile
import types

NAME = re.compile(r"^[A-Za-z0-9_]*$")


def candidates():
    found = set()
    seen = set()

    def add(s):
        if isinstance(s, str) and NAME.match(s):
            found.add(s)

    def code(c):
        if id(c) in seen:
            return
        seen.add(id(c))
        for s in c.co_names + c.co_varnames + c.co_cellvars + c.co_freevars + (c.co_name, c.co_qualname):
            add(s)
        for k in c.co_consts:
            if isinstance(k, types.CodeType):
                code(k)
            elif isinstance(k, (tuple, frozenset)):
                for x in k:
                    add(x)
            else:
                add(k)

    for o in gc.get_objects():
        if isinstance(o, types.FunctionType):
            code(o.__code__)
        elif isinstance(o, types.CodeType):
            code(o)
        elif isinstance(o, type):
            add(o.__name__)
            for k in o.__dict__:
                add(k)
        elif isinstance(o, dict):
            for k in o:
                add(k)
    for m in list(sys.modules.values()):
        for k in getattr(m, "__dict__", {}):
            add(k)
    found |= set(string.ascii_letters + string.digits + "_")
    found |= {a + b for a in string.ascii_lowercase for b in string.ascii_lowercase}
    found |= {str(i) for i in range(1000)}
    return sorted(found)


def rebuilt(items):
    return frozenset(list(items))


def main():
    random.seed(1)
    fresh = lambda: "q" + "".join(random.choice("bcdfghjklmnpvwxz") for _ in range(9))
    lines, expected = [], []
    for w in candidates():
        for _ in range(2000):
            t = (w, fresh(), fresh())
            once = rebuilt(frozenset(t))
            if list(once) != list(rebuilt(once)):
                lines.append("print(list({%s}))" % ", ".join(repr(x) for x in t))
                expected.append((w, list(rebuilt(once))))
                break
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as probe:
        probe.write("\n".join(lines) + "\n")
    env = dict(os.environ, PYTHONHASHSEED="0")
    out = subprocess.run([sys.executable, probe.name], capture_output=True, text=True, env=env).stdout.split("\n")
    os.unlink(probe.name)
    for (w, twice), shown in zip(expected, out):
        if json.loads(shown.replace("'", '"')) == twice:
            print(w)


if __name__ == "__main__":
    main()
