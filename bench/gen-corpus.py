#!/usr/bin/env python3
"""Writes a large typed-Python corpus made of variants of the programs in examples/.

Variant k of an example renames every function and constant the module defines at top level to
NAME_vK wherever it is used, except after a dot (inside f-string fields too, never in their literal
text), and starts with a comment naming the variant: no two files are alike, yet each is the same
program and prints the same output. Layout:
OUT/vNNNN/<path under examples>. Deterministic: the same arguments give the same bytes.

Usage: gen-corpus.py OUT [--files N] [--examples DIR] [--check K]
  --check K  compiles every file and runs K of them with python3, comparing stdout with the
             example they came from (the generator's own test).
"""
import argparse
import io
import keyword
import pathlib
import re
import subprocess
import sys
import tokenize


def top_level_names(source):
    """Names bound at column 0 by def or assignment (NAME = / NAME: T =). Classes keep their names:
    a dataclass prints its class name, and the variant must print what its example prints."""
    names = set()
    toks = list(tokenize.generate_tokens(io.StringIO(source).readline))
    for i, t in enumerate(toks):
        if t.type != tokenize.NAME or t.start[1] != 0:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.string == "def" and nxt is not None and nxt.type == tokenize.NAME:
            names.add(nxt.string)
        elif not keyword.iskeyword(t.string) and nxt is not None and nxt.type == tokenize.OP \
                and nxt.string in ("=", ":"):
            names.add(t.string)
    names.discard("__name__")
    return names


def rename_in_fstring(text, names, k):
    """Renames the names inside the {...} fields of an f-string token, leaving its literal text alone."""
    prefix = re.match(r"[A-Za-z]*", text).group(0)
    if "f" not in prefix.lower():
        return text
    word = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names)) + r")\b") if names else None
    out = []
    depth = 0
    field = []
    i = 0
    while i < len(text):
        c = text[i]
        if depth == 0:
            if c in "{}" and text[i:i + 2] in ("{{", "}}"):
                out.append(text[i:i + 2])
                i += 2
                continue
            if c == "{":
                depth = 1
                field = []
            out.append(c)
        else:
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            if depth == 0:
                expr = "".join(field)
                out.append(word.sub(lambda m: f"{m.group(1)}_v{k}", expr) if word else expr)
                out.append(c)
            else:
                field.append(c)
        i += 1
    return "".join(out)


def variant(source, k):
    names = top_level_names(source)
    toks = list(tokenize.generate_tokens(io.StringIO(source).readline))
    out = []
    prev = None
    for t in toks:
        if t.type == tokenize.NAME and t.string in names and not (
                prev is not None and prev.type == tokenize.OP and prev.string == "."):
            t = t._replace(string=f"{t.string}_v{k}")
        elif t.type == tokenize.STRING:
            t = t._replace(string=rename_in_fstring(t.string, names, k))
        out.append(t)
        if t.type not in (tokenize.NL, tokenize.COMMENT):
            prev = t
    body = tokenize.untokenize(out)
    return f"# corpus variant {k}\n{body}"


def main():
    here = pathlib.Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=pathlib.Path)
    ap.add_argument("--files", type=int, default=3000)
    ap.add_argument("--examples", type=pathlib.Path, default=here.parent / "examples")
    ap.add_argument("--check", type=int, default=0, metavar="K")
    args = ap.parse_args()

    examples = sorted(p for p in args.examples.rglob("*.py"))
    if not examples:
        sys.exit(f"no .py files under {args.examples}")
    sources = {p: p.read_text(encoding="utf-8") for p in examples}
    written = []
    k = 0
    while len(written) < args.files:
        k += 1
        for p in examples:
            if len(written) == args.files:
                break
            target = args.out / f"v{k:04d}" / p.relative_to(args.examples)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(variant(sources[p], k), encoding="utf-8")
            written.append((p, target))
    total = sum(t.stat().st_size for _, t in written)
    print(f"{len(written)} files, {total / 1e6:.2f} MB, {k} variants of {len(examples)} examples in {args.out}",
          file=sys.stderr)

    if args.check:
        for _, t in written:
            compile(t.read_text(encoding="utf-8"), str(t), "exec")
        step = max(1, len(written) // args.check)
        for orig, t in written[::step][:args.check]:
            want = subprocess.run([sys.executable, str(orig)], capture_output=True, text=True, check=True).stdout
            got = subprocess.run([sys.executable, str(t)], capture_output=True, text=True, check=True).stdout
            if want != got:
                sys.exit(f"variant {t} prints differently from {orig}")
        print(f"check: all {len(written)} compile; {min(args.check, len(written[::step]))} run with the same output",
              file=sys.stderr)


if __name__ == "__main__":
    main()
