"""Iterable unpacking in displays and print(): [*a, x], {*s, x}, (*t, x), print(*xs, sep=...).
Items are evaluated left to right and each starred iterable runs to its end where it stands."""


def noisy(tag: str, n: int) -> int:
    print("eval", tag)
    return n


def numbers(k: int) -> list[int]:
    print("numbers", k)
    return list(range(k))




def gen(k: int) -> "list[str]":
    return [str(i) * 2 for i in range(k)]


def main() -> None:
    a = [1, 2, 3]
    b = [10, 20]
    both = [*a, *b]
    print(both, len(both))
    with_ends = [0, *a, 99, *b, 100]
    print(with_ends)
    empty: list[int] = []
    print([*empty], [*empty, 7], [7, *empty])
    copy = [*a]
    copy.append(4)
    print(a, copy)
    order = [noisy("first", 1), *numbers(3), noisy("last", 2)]
    print(order)
    print([*"abc", "d"])
    print([*range(4), 4])
    print([*(5, 6), 7])
    d = {"x": 1, "y": 2}
    print([*d, "z"])
    nested = [[1], [2]]
    shared = [*nested]
    shared[0].append(9)
    print(nested, shared)
    t = (1, "one")
    u = (*t, 2.5)
    print(u, len(u))
    v = (0, *t, *t)
    print(v)
    w = (*a, *b)
    print(w, len(w))
    print((*gen(2), "end"))
    s = {*a, *b, 3}
    print(sorted(s), len(s))
    print(*a)
    print(*a, sep=", ")
    print("head", *b, "tail", sep="|", end="!\n")
    print(*empty, sep="-")
    print(*"xyz", sep="")
    print(*gen(3))
    print(*[1.5, 2.0, -0.0], True, None)
    words = ["alpha", "beta"]
    print(*words, *a, sep="; ")
    floats: list[float] = [0.5]
    print([*floats, 1.25])


if __name__ == "__main__":
    main()
