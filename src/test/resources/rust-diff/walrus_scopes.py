from typing import Optional


class Box:
    def __init__(self, value: int) -> None:
        self.value = value


def lookup(k: int) -> Optional[Box]:
    return Box(k) if k > 0 else None


def early(k: int) -> int:
    if (b := lookup(k)) is None:
        return -1
    return b.value * 3


def misc(xs: list[int]) -> int:
    assert (c := len(xs)) > 0, "empty"
    lasts = [(last := x) for x in xs]
    print(lasts, last, c)
    d = {x: sq for x in xs if (sq := x * x) > 1}
    print(d, sq)
    j = 0
    while (j := j + 1) < 10:
        if j == 4:
            break
    else:
        print("no break")
    print("j", j)
    return (r := c * 2) + r


def unbound(flag: bool) -> None:
    if flag and (z := 1) > 0:
        print("z", z)
    print(z)


def main() -> None:
    print(early(4), early(-1))
    print(misc([1, 2, 3]))
    unbound(True)
    try:
        unbound(False)
    except UnboundLocalError as e:
        print("error:", e)
    words = ["apple", "kiwi", "banana"]
    if longest := [w for w in words if len(w) > 4]:
        print(longest)
    count = 0
    for w in words:
        if (k := len(w)) % 2 == 0:
            count += k
    print(count, k)


if __name__ == "__main__":
    main()
    top = [q for p in [1, 2] if (q := p + 1)]
    print(top, q)
