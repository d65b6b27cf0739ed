def main() -> None:
    t = tuple([3, 1, 2])
    print(t, len(t), t[0], t.count(1), t.index(2))
    print(tuple("abc"), tuple(range(4)), tuple({"k": 1, "j": 2}))
    u = tuple(x * x for x in range(5))
    print(u, sum(u))
    pair = (1, "a")
    print(tuple(pair))
    words: tuple[str, ...] = tuple(sorted(["b", "a"]))
    print(words, "-".join(words))
    empty: tuple[int, ...] = tuple()
    print(empty, len(empty))
    print(tuple([1.5]), tuple([[1], [2]]))
    print(t.index(7))


if __name__ == "__main__":
    main()
