def total(*nums: int) -> int:
    s = 0
    for n in nums:
        s += n
    return s


def describe(label: str, *values: float, sep: str = ", ", precision: int = 2) -> str:
    parts = [f"{v:.2f}" for v in values] if precision == 2 else [str(v) for v in values]
    return label + ": " + sep.join(parts)


def tag(name: str, **attrs: str) -> str:
    out = "<" + name
    for key, value in attrs.items():
        out += f' {key}="{value}"'
    return out + ">"


def stats(*xs: int) -> tuple[int, int, int]:
    if len(xs) == 0:
        raise ValueError("stats() needs at least one value")
    return min(xs), max(xs), len(xs)


def show(first: int, *rest: int, **options: int) -> None:
    print(first, rest, options, len(rest), 3 in rest)
    if rest:
        print("second:", rest[0], "last:", rest[-1], "sum:", sum(rest))


def scale(*, factor: int, offset: int = 0) -> int:
    return factor * 10 + offset


class Recorder:
    def __init__(self, *names: str) -> None:
        self.names = list(names)

    def add(self, *more: str, upper: bool = False) -> int:
        for m in more:
            self.names.append(m.upper() if upper else m)
        return len(self.names)


if __name__ == "__main__":
    print(total(), total(1), total(1, 2, 3))
    nums = [4, 5, 6]
    print(total(*nums), total(1, *nums), total(*nums, 10))
    print(describe("pts", 1.5, 2.0, 3.25))
    print(describe("pts", 1.5, sep=" | "))
    print(tag("a", href="/home", title="Home"), tag("br"))
    print(stats(3, 1, 2))
    show(1)
    show(1, 2, 3, width=4, height=5)
    print(scale(factor=2), scale(offset=1, factor=3))
    r = Recorder("ann", "bob")
    print(r.add("cy"), r.add("dee", "eve", upper=True), r.names)
    print(stats())
