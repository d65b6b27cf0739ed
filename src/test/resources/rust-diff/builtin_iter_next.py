def first_match() -> int:
    return next(iter([a * b for a in range(1, 20) for b in range(a, 20) if a * a + b * b == 13 * 13]))


def main() -> None:
    print(first_match())
    it = iter("abc")
    print(next(it), next(it))
    for ch in it:
        print("rest", ch)
    t = iter((1, 2, 3))
    print(next(t), list(t))
    r = iter(range(3))
    print(next(r), next(r), next(r), next(r, -1))
    g = iter(x * x for x in range(4))
    print(next(g), sum(g))
    e = iter([5])
    print(next(e))
    print(next(e))


if __name__ == "__main__":
    main()
