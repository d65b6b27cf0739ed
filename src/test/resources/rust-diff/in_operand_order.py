# `x in c` evaluates x before c (Python's left-to-right order), for every kind of container.


def t(k: int) -> int:
    print("t", k)
    return k


def s(v: str) -> str:
    print("s", v)
    return v


def ints(n: int) -> list[int]:
    print("ints", n)
    return [n, n + 1]


def main() -> None:
    print(t(1) in [t(2)])
    print(t(3) not in [t(3), 4])
    print(s("a") in s("cat"), s("z") not in s("cat"))
    print(t(5) in ints(5), t(6) in set(ints(6)), t(7) in {t(7): 1})
    print(t(8) in (t(8), t(9)))
    if t(2) in ints(1) and t(0) not in ints(4):
        print("both")


if __name__ == "__main__":
    main()
