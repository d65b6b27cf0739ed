"""Files passed around: typing.TextIO parameters and returns, a file held by an object,
print(file=f) in a loop, comprehensions and generators over a file's lines."""
from typing import TextIO


def dump(f: TextIO, items: list[int]) -> int:
    n = 0
    for i in items:
        n += f.write(f"{i}\n")
    return n


def reopen(path: str) -> TextIO:
    return open(path)


class Log:
    def __init__(self, path: str) -> None:
        self.f = open(path, "w")
        self.count = 0

    def line(self, s: str) -> None:
        self.count += 1
        print(self.count, s, sep=": ", file=self.f)

    def close(self) -> None:
        self.f.close()


def squares(path: str) -> None:
    with open(path, "w") as f:
        for i in range(4):
            print(i, i * i, file=f)
            print("-", end="", file=f)
            print(file=f)


def main() -> None:
    with open("x.txt", "w") as w:
        print(dump(w, [1, 22, 333]))
    r = reopen("x.txt")
    print(r.readlines(), r.closed)
    r.close()
    log = Log("log.txt")
    log.line("one")
    log.line("two")
    print(log.f.closed)
    log.close()
    print(log.f.closed, log.f.name)
    with open("log.txt") as g:
        print(g.read().splitlines())
    squares("sq.txt")
    with open("sq.txt") as f:
        print([line.strip() for line in f])
    with open("sq.txt") as f:
        print(sum(len(line) for line in f if " " in line))
    with open("sq.txt") as f:
        first = f.readline()
        print(repr(first), repr(f.readline()))


if __name__ == "__main__":
    main()
