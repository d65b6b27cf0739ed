# list() of a tuple-valued expression evaluates the expression once, even when it holds
# a comprehension whose list would otherwise be moved twice.


def f(k: int) -> int:
    print("f", k)
    return k


def pair(a: str) -> tuple[str, str]:
    print("pair", a)
    return (a, a + "!")


def main() -> None:
    print(list(divmod(f(7), 2)))
    print(list((f(3), f(4))))
    xs: list[int] = list(divmod(len([w for w in ["a", "bb"] if len(w) > 1]), 2))
    print(xs)
    print(list(pair("x")), sorted(pair("y")))
    t: tuple[int, int] = (5, 6)
    print(list(t), t)


if __name__ == "__main__":
    main()
