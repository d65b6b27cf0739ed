# CPython's list sort, comparison for comparison: a __lt__ that logs each call, NaNs
# (whose order depends on which pairs are compared), and runs long enough to merge.
compared: int = 0
trace: int = 0


class Item:
    def __init__(self, key: int, tag: int) -> None:
        self.key = key
        self.tag = tag

    def __lt__(self, other: "Item") -> bool:
        global compared, trace
        compared += 1
        trace = (trace * 31 + self.tag * 7 + other.tag) % 1000000007
        return self.key < other.key


def next_seed(seed: int) -> int:
    return (seed * 1103515245 + 12345) % 2147483648


if __name__ == "__main__":
    seed: int = 42
    for n in [0, 1, 2, 5, 31, 64, 65, 130, 700]:
        items: list[Item] = []
        for i in range(n):
            seed = next_seed(seed)
            items.append(Item(seed % 17, i))
        compared = 0
        trace = 0
        ordered = sorted(items)
        print(n, compared, trace, [it.tag for it in ordered][:12])
        compared = 0
        items.sort(reverse=True)
        print(n, compared, [it.key for it in items][:12])
    nan: float = float("nan")
    floats: list[float] = [3.0, nan, 1.0, 2.0, nan, 0.5, 7.0, -1.0, 4.5, nan, 0.0, 9.0]
    print(sorted(floats))
    print(sorted(floats, reverse=True))
    floats.sort()
    print(floats)
    print(sorted(floats, key=lambda x: -x))
