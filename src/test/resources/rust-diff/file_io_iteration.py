"""A text file as an iterator: lazy where Python is lazy (a for loop, enumerate, zip, next, a
generator expression, any/all stopping early: the file's position is where Python leaves it),
read to its end by the consumers that take every item (list, sorted, set, max, join)."""


def lazy() -> None:
    with open("x.txt", "w") as w:
        w.write("a\nb\nc\nd\n")
    with open("x.txt") as f:
        for i, line in enumerate(f):
            if i == 1:
                break
        print(repr(f.read()))
    with open("x.txt") as f, open("x.txt") as g:
        next(g)
        for a, b in zip(f, g):
            print(a.strip(), b.strip())
    with open("x.txt") as f:
        f.readline()
        print(list(f))
        print(next(f, "end"))
    with open("x.txt") as f:
        print(sorted(f, reverse=True))
    with open("x.txt") as f:
        print("".join(f))
    with open("x.txt") as f:
        print(sum(1 for _ in f), [l[0] for l in open("x.txt")])
    with open("x.txt") as f:
        print(max(f), len(set(open("x.txt"))))
    f = open("x.txt")
    f.close()
    try:
        print(list(f))
    except ValueError as e:
        print(e)
    try:
        next(f)
    except ValueError as e:
        print(e)



def eager_and_short_circuit() -> None:
    with open("x.txt", "w") as w:
        w.write("\n\nz\nq\n")
    with open("x.txt") as f:
        print(any(x.strip() != "" for x in f), repr(f.read()))
    with open("x.txt") as f:
        print(all(len(x) > 1 for x in f), repr(f.read()))
    with open("x.txt") as f:
        print(list(f))
    with open("x.txt") as f:
        print(set(f) == set(["z\n"]))
    with open("x.txt") as f:
        print(min(f, key=len), repr(f.read()))
    with open("x.txt") as f:
        print([x for x in f if x.strip()], repr(f.read()))


if __name__ == "__main__":
    lazy()
    eager_and_short_circuit()
