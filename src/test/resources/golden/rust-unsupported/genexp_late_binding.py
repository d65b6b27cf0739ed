def scaled(xs: list[int]) -> list[int]:
    factor = 2
    gen = (x * factor for x in xs)
    factor = 3
    return list(gen)


def running(xs: list[int]) -> int:
    total = 0
    for v in (x + total for x in xs):
        total += v
    return total


def pending(xs: list[int]) -> list[int]:
    out: list[int] = []
    for i in range(3):
        g = (x * i for x in xs)
        out.append(next(g))
    return out
