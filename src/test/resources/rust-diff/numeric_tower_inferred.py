# Variables whose type is inferred from a float, in a module where float slots may hold ints.
from typing import Callable
def f(x: float) -> float:
    return x


def main() -> None:
    a, b = 1.5, 2.5
    m = 2.5
    xs: list[float] = [1, 2.5]
    m = max(m, xs[0])
    print(a, b, m, f(1))
    c, d = divmod(7, 2)
    print(c, d)
    for y in [0.5, 1.5]:
        print(y * 2)
    g = (v * 2 for v in xs)
    print(list(g))
    lam: Callable[[float], float] = lambda q: q * 2.0
    print(lam(3))
    pairs = [(1.5, "a"), (2.5, "b")]
    for p, s in pairs:
        print(p, s)
    r = 2.5
    r = 1
    ws = [0.5]
    ws.append(2)
    print(r, ws)
    try:
        raise ValueError(xs[0])
    except ValueError as e:
        print(e, e.args)


if __name__ == "__main__":
    main()
