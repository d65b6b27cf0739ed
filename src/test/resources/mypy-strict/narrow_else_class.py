class Leaf:
    def __init__(self, v: int) -> None:
        self.v = v


class Pair:
    def __init__(self, a: "Leaf | Pair", b: "Leaf | Pair") -> None:
        self.a = a
        self.b = b


def depth(t: Leaf | Pair) -> int:
    if not isinstance(t, Pair):
        return 0
    return 1 + max(depth(t.a), depth(t.b))


print(depth(Pair(Leaf(1), Pair(Leaf(2), Leaf(3)))))
