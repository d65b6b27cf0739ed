# Sets of ints and floats hash and compare as CPython: 1 == 1.0, so a set keeps the first.
def main() -> None:
    s = {1, 1.0, 2.5, 2}
    print(s, len(s))
    t: set[float] = {2.0, 2, 0.5, -1}
    print(t, 2 in t, 0.5 in t)
    t.add(3)
    t.add(3.0)
    t.discard(2)
    print(t, sorted(t))
    u = {x / 2 for x in range(5)}
    print(u, u == {0, 0.5, 1, 1.5, 2})


if __name__ == "__main__":
    main()
