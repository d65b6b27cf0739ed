def zero_count(a: float, b: float, c: float) -> int:
    zeros = (a, b, c).count(0)
    return zeros


def main() -> None:
    print(zero_count(0.0, 1.5, 0), zero_count(1.0, 2.0, 3.0), zero_count(-0.0, 0.0, 0.0))
    t = (1, "a", 2, "a", 1)
    print(t.count("a"), t.count(1), t.count(2), t.count("b"), t.index("a"), t.index(2), t.index(1))
    names: tuple[str, ...] = ("x", "y", "x")
    print(names.count("x"), names.index("y"), names.count("z"))
    pair = (3, 4)
    print(pair.count(3), pair.index(4), (1.5, 2).index(2.0))
    print(((1, 2), (3, 4), (1, 2)).count((1, 2)))
    try:
        print(pair.index(9))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(names.index("q"))
    except ValueError as e:
        print("ValueError:", e)
    print((7, 8, 9).index(10))


if __name__ == "__main__":
    main()
