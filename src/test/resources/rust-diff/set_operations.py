"""Each set operation builds its result in CPython's order."""


def report(label: str, s: set[int]) -> None:
    print(label, s)


if __name__ == "__main__":
    a = {1, 9, 17, 25, 4, 12, 100, -7}
    b = {9, 25, 33, 41, 12, 200, -7, 5}
    report("a", a)
    report("b", b)
    report("a | b", a | b)
    report("b | a", b | a)
    report("a & b", a & b)
    report("b & a", b & a)
    report("a - b", a - b)
    report("b - a", b - a)
    report("a ^ b", a ^ b)
    report("b ^ a", b ^ a)
    report("union", a.union(b))
    report("intersection", a.intersection(b))
    report("difference", a.difference(b))
    report("symmetric_difference", a.symmetric_difference(b))
    report("a & a", a & a)
    report("a - a", a - a)
    report("a ^ a", a ^ a)
    big = set(range(0, 400, 3))
    report("big - small", big - {0, 3, 300})
    report("small - big", {0, 3, 1, 2} - big)
    c = a.copy()
    c.add(64)
    c.add(0)
    report("copy+add", c)
    report("set(c)", set(c))
    alias = c
    c |= b
    report("|=", alias)
    c &= {1, 9, 33, 64, 0, 999}
    report("&=", c)
    c -= {9}
    report("-=", c)
    c ^= {1, 2, 3, 4, 5, 6, 7, 8}
    report("^=", c)
    c.update({70, 71})
    c.update([90, 91, 90])
    report("update", c)
    c.discard(70)
    c.discard(12345)
    c.remove(71)
    report("removed", c)
    try:
        c.remove(71)
    except KeyError as e:
        print("KeyError", e)
    popped = [c.pop(), c.pop(), c.pop()]
    print(popped, c)
    c.clear()
    report("cleared", c)
    c.add(3)
    print(c.pop(), c)
    try:
        c.pop()
    except KeyError as e:
        print("KeyError", e)
    print(a.issubset(a | b), a.issuperset({1, 9}), a == {1, 9, 17, 25, 4, 12, 100, -7}, a != b)
