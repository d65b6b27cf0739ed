"""with statements: a file is closed however the block ends (return, exception, falling off);
contextlib.suppress swallows the listed exceptions and only those."""
import contextlib
from contextlib import suppress

opened: list[str] = []


def first_line(path: str) -> str:
    with open(path) as f:
        opened.append(f.name)
        for line in f:
            if line.strip():
                return line.strip()
        return ""


def failing_write(path: str) -> None:
    with open(path, "w") as f:
        f.write("partial")
        raise RuntimeError("stopped inside the block")


def parse_all(items: list[str]) -> list[int]:
    out: list[int] = []
    for item in items:
        with suppress(ValueError):
            out.append(int(item))
            print("parsed", item)
    return out


def lookups(d: dict[str, int], keys: list[str]) -> int:
    total = 0
    for k in keys:
        with contextlib.suppress(KeyError, IndexError):
            total += d[k]
    return total


def main() -> None:
    with open("lines.txt", "w") as w:
        w.write("\n\nthird\nfourth\n")
    print(first_line("lines.txt"), opened)
    try:
        failing_write("partial.txt")
    except RuntimeError as e:
        print("caught:", e)
    with open("partial.txt") as r:
        print("flushed at close:", repr(r.read()))
    f = open("lines.txt")
    with f as same:
        print(same.readline() == "\n", f is same)
    print(f.closed, same.closed)

    print(parse_all(["1", "x", "3", "4.5", "-7"]))
    print(lookups({"a": 1, "b": 2}, ["a", "z", "b"]))
    with suppress(FileNotFoundError):
        open("does-not-exist.txt")
        print("not printed")
    with suppress(OSError):
        with open("nested.txt", "w") as n:
            n.write("inside")
        print(open("nested.txt").read())
    with suppress():
        print("suppress() with no classes suppresses nothing")
    count = 0
    with open("lines.txt") as a, open("copy.txt", "w") as b:
        for line in a:
            count += 1
            b.write(line)
    print(count, a.closed, b.closed, repr(open("copy.txt").read()))
    with suppress(ZeroDivisionError):
        print(1 // 0)
    with suppress(KeyError):
        print(1 // 0)
    print("not reached")


if __name__ == "__main__":
    main()
