"""collections.OrderedDict: order-sensitive ==, move_to_end, popitem(last=), reprs, live iteration."""
from collections import OrderedDict


class LRU:
    def __init__(self, size: int) -> None:
        self.size = size
        self.data: OrderedDict[str, int] = OrderedDict()

    def get(self, key: str) -> int:
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key: str, value: int) -> None:
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            self.data.popitem(last=False)


def main() -> None:
    od: OrderedDict[str, int] = OrderedDict()
    print(od, repr(od), len(od), bool(od))
    od["b"] = 2
    od["a"] = 1
    od["c"] = 3
    print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
    od.move_to_end("b")
    print(od)
    od.move_to_end("b", last=False)
    print(od)
    od.move_to_end("c", False)
    print(od)
    od.move_to_end("c", False)
    print(od)
    try:
        od.move_to_end("zz")
    except KeyError as e:
        print("KeyError", e)
    print(od.popitem(), od)
    print(od.popitem(last=False), od)
    print(od.popitem(False), od)
    try:
        od.popitem()
    except KeyError as e:
        print("KeyError", e)
    x = OrderedDict([("one", 1), ("two", 2), ("three", 3)])
    y = OrderedDict([("two", 2), ("one", 1), ("three", 3)])
    print(x == y, x != y, x == x.copy(), dict(x) == dict(y))
    z = OrderedDict({"k": [1, 2], "j": [3]})
    print(z, z["k"], z.get("q"))
    z["k"].append(9)
    print(z)
    x["two"] = 22
    print(x)
    del x["one"]
    x["one"] = 111
    print(x, x.pop("two"), x.pop("nine", -9), x.setdefault("four", 4), x)
    x.update({"five": 5, "three": 33})
    print(x)
    cache = LRU(2)
    cache.put("a", 1)
    cache.put("b", 2)
    print(cache.get("a"))
    cache.put("c", 3)
    print(cache.get("b"), cache.get("c"), cache.data)
    for k, v in x.items():
        print(k, v, end="; ")
    print()
    try:
        for k in x:
            if k == "three":
                x["six"] = 6
    except RuntimeError as e:
        print("RuntimeError", e)
    print(x)
    for k in x:
        if k == "six":
            del x["six"]
    print(x)
    try:
        for k in x:
            x.move_to_end(k)
    except RuntimeError as e:
        print("RuntimeError", e)
    print(x)
    for k in x:
        x[k] = 0
    print(x, sorted(x), "five" in x)
    x.clear()
    print(x)


if __name__ == "__main__":
    main()
