"""Displays of constants: CPython folds a loop's display, and a display of three or more, into
a frozenset constant (rebuilt from its own order), so their order can differ from adding."""

if __name__ == "__main__":
    for w in {"b", "dog"}:
        print(w)
    pair = {"b", "dog"}
    print(pair, list(pair), [w for w in {"b", "dog"}])
    print({"pear", "kiwi", "a"}, [w for w in {"pear", "kiwi", "a"}])
    trio = set(["pear", "kiwi", "a"])
    print(trio, {w for w in trio})
    for w in {"pear", "b", "c", "dog", "fig", "kiwi", "lime"}:
        print(w, end=" ")
    print()
    print([n for n in {8, 0, 16, 24, 1}], {-1, -2, 2**61 - 2, 2**61 - 1})
