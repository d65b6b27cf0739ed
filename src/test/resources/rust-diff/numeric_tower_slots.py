# A float slot (variable, constant, parameter, return value, element) may hold an int, and the
# int stays an int: it prints as one, and computes as one until a float joins it.

RATE: float = 2
SCALE: float = 1.5


def f(x: float) -> float:
    return x


def g(n: int) -> float:
    return n


def pick(flag: bool) -> float:
    if flag:
        return 3
    return 0.5


def total(xs: list[float]) -> float:
    t: float = 0
    for x in xs:
        t += x
    return t


def main() -> None:
    x: float = 1
    print(x)
    print(min([2.5, 1]), max([2.5, 1]), min(2.5, 1), max(1, 2.5, 3))
    print(f(0), f(0.0), g(7), pick(True), pick(False))
    print(RATE, SCALE, RATE * 3, RATE * SCALE)
    print(total([]), total([1, 2]), total([1, 2.5]), total([0.5, 0.25]))
    n: int = 3
    print(1 if n > 2 else 2.5, 1 if n > 5 else 2.5)
    x = x + 1
    print(x, x / 2, x * 2, x - 0.5)
    x = 2.5
    print(x)
    xs: list[float] = [1, 2.5, -3]
    print(xs, xs[0], repr(xs[0]), str(xs[1]))
    xs.append(4)
    xs.append(0.5)
    print(xs, len(xs), sorted(xs), 4 in xs, 4.0 in xs)
    d: dict[str, float] = {"a": 1, "b": 2.5}
    d["c"] = 3
    print(d, d["a"] + d["c"])
    t: tuple[float, float] = (1, 2.0)
    print(t)
    y: float = -0
    print(y, -y, abs(y))
    print(f"{x} {xs[0]} {xs[0]:.2f} {xs[0]:5} {xs[1]:>6} {RATE!r} {xs[0]:e} {xs[0]:g}")
    print(str(RATE) + "!", repr(RATE), [RATE, SCALE])


if __name__ == "__main__":
    main()
