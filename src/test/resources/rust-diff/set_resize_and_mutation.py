"""Big sets that resize, dummies left by removal and re-adding, and changing a set while
iterating it (CPython's RuntimeError, or carrying on when the size is unchanged)."""


def grow() -> set[int]:
    s: set[int] = set()
    for i in range(200):
        s.add(i * 37 % 1000 - 500)
        if i % 50 == 49:
            print(len(s), list(s)[:12])
    return s


def churn(s: set[int]) -> None:
    for i in range(0, 400, 2):
        s.discard(i - 500)
    print(len(s), list(s)[:15])
    for i in range(0, 400, 4):
        s.add(i - 500)
    print(len(s), list(s)[:15])
    for i in range(1000, 1100):
        s.add(i * 8)
        s.discard(i * 8 - 8)
    print(len(s), list(s)[-10:])


def same_size(s: set[int]) -> None:
    seen: list[int] = []
    for x in s:
        seen.append(x)
        if len(seen) < 20:
            s.discard(x)
            s.add(x + 1000)
    print(len(seen), seen[:25])


def changes_size(s: set[int]) -> None:
    try:
        for x in s:
            if x > 0:
                s.add(x + 1)
    except RuntimeError as e:
        print("caught:", e)
    try:
        for x in s:
            s.discard(x)
    except RuntimeError as e:
        print("caught:", e)
    print(len(s))


if __name__ == "__main__":
    s = grow()
    churn(s)
    same_size({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22})
    changes_size({5, 6, 7})
    t = {1, 2, 3}
    for x in t:
        t.add(x * 10)
    print("not reached")
