def t(k: int) -> int:
    print("t", k)
    return k


def h(a: int, *rest: int, j: int = 0, k: int = 0) -> int:
    return a + sum(rest) + j * k


print(h(1, k=t(2), j=t(3)))
