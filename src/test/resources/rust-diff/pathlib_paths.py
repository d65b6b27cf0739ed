"""pathlib.Path: pure path operations as CPython's PosixPath, and the file-system methods."""
from pathlib import Path


def describe(p: Path) -> None:
    print(repr(p), str(p), p.name, repr(p.suffix), p.suffixes, repr(p.stem), repr(p.parent), p.parts)


def main() -> None:
    for text in ["", ".", "/", "//", "///a", "a/./b/", "a/../b", "//a//b", "a.tar.gz", ".bashrc", "a.", "..",
                 "/usr/lib/python3.11/os.py", "dir/file.txt"]:
        describe(Path(text))
    p = Path("data") / "raw" / "x.csv"
    print(p, f"{p}", p == Path("data/raw/x.csv"), p != Path("data/raw"))
    print(Path("a", "b", "c.txt"), Path("a", "/abs", "c"), Path(p, "more"), "top" / Path("sub"))
    print(Path("a") / Path("/etc") / "passwd", Path("x").joinpath("y", "z"))
    print(p.with_suffix(".json"), p.with_suffix(""), p.with_name("y.txt"), p.with_stem("z"))
    print(Path("a.tar.gz").with_suffix(".bz2"), Path("noext").with_suffix(".md"))
    print(Path("/a/b").is_absolute(), Path("a/b").is_absolute(), Path("a//b").as_posix())
    print(sorted([Path("b"), Path("a/c"), Path("/z"), Path("a.b"), Path("a")]))
    print(Path("a") < Path("b"), Path("a/b") < Path("a.b"), Path("a") == Path("./a"))
    for bad in ["json", ".", "a/.b"]:
        try:
            print(p.with_suffix(bad))
        except ValueError as e:
            print("ValueError:", e)
    for bad_name in ["", "a/b", "."]:
        try:
            print(p.with_name(bad_name))
        except ValueError as e:
            print("ValueError:", e)
    try:
        print(Path("/").with_name("x"))
    except ValueError as e:
        print("ValueError:", e)

    base = Path("work")
    print(base.exists(), base.is_dir())
    base.mkdir()
    print(base.exists(), base.is_dir(), base.is_file())
    try:
        base.mkdir()
    except FileExistsError as e:
        print("FileExistsError:", e)
    base.mkdir(exist_ok=True)
    deep = base / "a" / "b"
    try:
        deep.mkdir()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    deep.mkdir(parents=True)
    notes = base / "notes.txt"
    print(notes.write_text("first line\nsecond\n"))
    print(repr(notes.read_text()), notes.is_file(), notes.exists())
    (base / "b.txt").write_text("bee")
    (base / "a.md").write_text("ay", encoding="utf-8")
    print(sorted(x.name for x in base.iterdir()))
    print(sorted(base.iterdir()))
    with notes.open() as f:
        print(f.readline().strip())
    with notes.open("a") as f:
        f.write("third\n")
    print(notes.read_text().splitlines())
    notes.unlink()
    print(notes.exists())
    notes.unlink(missing_ok=True)
    try:
        notes.unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    try:
        print(notes.read_text())
    except OSError as e:
        print("OSError:", e.errno, e.filename)
    deep.rmdir()
    print(deep.exists(), deep.parent.exists())
    print((base / "missing").read_text())


if __name__ == "__main__":
    main()
