"""with over files inside try/except/finally and loops: return, continue and exceptions leave the block with the file closed."""


def find(path: str, word: str) -> int:
    try:
        with open(path) as f:
            for n, line in enumerate(f):
                if word in line:
                    return n
    except FileNotFoundError:
        return -2
    finally:
        print("searched", path)
    return -1


def per_file(paths: list[str]) -> list[int]:
    out: list[int] = []
    for p in paths:
        try:
            with open(p) as f:
                out.append(len(f.read()))
        except OSError as e:
            out.append(-(e.errno or 0))
            continue
        out.append(0)
    return out


def main() -> None:
    with open("w.txt", "w") as f:
        f.write("alpha\nbeta\ngamma\n")
    print(find("w.txt", "gam"), find("w.txt", "zzz"), find("nope.txt", "a"))
    print(per_file(["w.txt", "nope", "w.txt"]))
    with open("w.txt") as f:
        with open("w2.txt", "w") as g:
            for line in f:
                g.write(line[::-1])
    with open("w2.txt") as h:
        print(h.read().split())


if __name__ == "__main__":
    main()
