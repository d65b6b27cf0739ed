# print() evaluates every argument before converting any to text: a list, dict, set or object
# changed by a later argument is shown as it is after the change.


class Box:
    def __init__(self) -> None:
        self.n: int = 0

    def bump(self) -> int:
        self.n += 1
        return self.n

    def __str__(self) -> str:
        return "Box(" + str(self.n) + ")"


def grow(xs: list[int]) -> int:
    xs.append(len(xs))
    return len(xs)


def main() -> None:
    xs: list[int] = [1, 2, 3]
    print(xs, xs.pop())
    print(xs, grow(xs), xs, f"{xs}", grow(xs))
    d: dict[str, int] = {"a": 1}
    print(d, d.pop("a"), len(d))
    s: set[int] = {1, 2}
    print(s, s.discard(1) is None, s)
    b = Box()
    print(b, b.bump(), "then", b.bump(), sep=";")
    pair: tuple[list[int], int] = ([7], 8)
    print(pair, pair[0].pop())
    n: int = 5
    print(len(xs), n + 1, xs, xs.pop(), len(xs))
    print(n, xs, [v * 2 for v in range(2) if grow(xs) < 99])


if __name__ == "__main__":
    main()
