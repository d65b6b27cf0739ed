"""Text files: open() in the text modes, reading, writing, with blocks and closing."""


def write_sample(path: str) -> None:
    with open(path, "w") as f:
        n = f.write("alpha\nbeta\n")
        print("wrote", n)
        f.write("gamma")
    print("closed after with:", f.closed)


def read_whole(path: str) -> str:
    with open(path) as f:
        return f.read()


def count_lines(path: str) -> int:
    total = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            total += 1
            print(repr(line))
    return total


def main() -> None:
    write_sample("sample.txt")
    text = read_whole("sample.txt")
    print(repr(text))
    print("lines:", count_lines("sample.txt"))
    f = open("sample.txt", "r")
    print(f.name, f.mode, f.closed)
    print(repr(f.readline()))
    print(repr(f.read(3)))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
    f.close()
    f.close()
    print(f.closed)

    with open("sample.txt", "a") as g:
        g.write("\ndelta é ü\n")
        g.writelines(["x\n", "y\n"])
        print("to file", 1, 2.5, sep="|", file=g)
        print("no newline", end="", file=g)
    with open("sample.txt") as h:
        print(h.readlines())

    # Universal newlines: \r\n and \r read as \n; write keeps what it is given.
    with open("crlf.txt", "w") as w:
        w.write("one\r\ntwo\rthree\n")
    with open("crlf.txt") as r:
        print(r.readlines())

    with open("empty.txt", "w"):
        pass
    with open("empty.txt") as e:
        print(repr(e.read()), repr(e.readline()), e.readlines())

    # Buffered until closed: another reader sees nothing yet.
    out = open("buffered.txt", "w")
    out.write("pending")
    print(repr(open("buffered.txt").read()))
    out.flush()
    print(repr(open("buffered.txt").read()))
    out.close()
    logged = open("flushed.txt", "w")
    print("one", file=logged, flush=True)
    print("two", file=logged, flush=False)
    print(repr(open("flushed.txt").read()))
    logged.close()
    print(repr(open("flushed.txt").read()))

    # r+ reads and overwrites from the start.
    with open("rplus.txt", "w") as w:
        w.write("abcdef")
    with open("rplus.txt", "r+") as rw:
        rw.write("XY")
    with open("rplus.txt") as r:
        print(r.read())

    # x creates a new file only.
    with open("new.txt", "x") as x:
        print(x.write("made"), x.writable(), x.readable())
    print(open("new.txt").read())

    lines = [line.rstrip("\n") for line in open("sample.txt")]
    print(lines)
    with open("sample.txt") as a, open("copy.txt", "w") as b:
        for line in a:
            b.write(line.upper())
    with open("copy.txt") as c:
        print(c.read().splitlines())


if __name__ == "__main__":
    main()
