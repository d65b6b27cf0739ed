"""collections.Counter: construction, missing keys, most_common ties, arithmetic, reprs."""
from collections import Counter


def tally(words: list[str]) -> Counter[str]:
    c: Counter[str] = Counter()
    for w in words:
        c[w] += 1
    return c


def main() -> None:
    c = Counter("abracadabra")
    print(c)
    print(repr(c), str(c), len(c))
    print(c["a"], c["z"], "z" in c, len(c))
    print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(10))
    print(c.most_common(1)[0])
    ties = Counter("zyxxyz" + "w")
    print(ties, ties.most_common(2))
    print(sorted(c.elements()), list(c.elements()))
    print(c.total(), sum(c.values()))
    words: list[str] = "the cat and the hat and the bat".split()
    t = tally(words)
    print(t, t.most_common(1))
    nums = Counter([3, 1, 3, 2, 1, 3])
    print(nums, nums[3], nums[4])
    e: Counter[str] = Counter()
    print(e, len(e), e.most_common(), e.total(), bool(e))
    d = Counter({"x": 3, "y": -1, "z": 0})
    print(d, d.most_common())
    print(+d, -d)
    a = Counter("aaabbc")
    b = Counter("abbbd")
    print(a + b, a - b, b - a, a | b, a & b)
    zero_q = Counter({"a": 1, "q": 0})
    print(a == Counter("abcaab"), a != b, zero_q == Counter("a"), Counter("a") == zero_q)
    a.update("xyz")
    print(a)
    a.update({"a": 10, "w": 1})
    print(a)
    a.subtract("aab")
    print(a)
    a.subtract({"c": 5})
    print(a, a["c"])
    del a["nope"]
    del a["c"]
    print(a)
    g = Counter("hello")
    h = g
    g += Counter("lo")
    print(g, h, g is h)
    g -= Counter("llllh")
    print(g)
    g |= Counter("eeeq")
    print(g)
    g &= Counter("eeqqo")
    print(g)
    cp = c.copy()
    cp["a"] = 100
    print(c["a"], cp["a"], cp)
    for k, n in sorted(c.items()):
        print(k, n, end="; ")
    print()
    for k in c:
        print(k, end="")
    print()
    print(list(c.keys()), list(c.values()), dict(c))
    print(c.get("b"), c.get("q"), c.get("q", 7), c.pop("r"), c.setdefault("m", 4), c)
    print(max(c.values()), sorted(c, key=lambda k: (-c[k], k)))
    lines: list[Counter[str]] = [Counter("ab"), Counter("bcc")]
    print(lines)
    c.clear()
    print(c)


if __name__ == "__main__":
    main()
