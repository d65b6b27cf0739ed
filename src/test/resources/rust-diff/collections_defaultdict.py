"""collections.defaultdict: each builtin factory, a lambda, d[k] += 1, d[k].append(x), reprs, KeyError."""
from collections import defaultdict


def group(words: list[str]) -> defaultdict[int, list[str]]:
    by_len: defaultdict[int, list[str]] = defaultdict(list)
    for w in words:
        by_len[len(w)].append(w)
    return by_len


def main() -> None:
    counts: defaultdict[str, int] = defaultdict(int)
    for ch in "mississippi":
        counts[ch] += 1
    print(counts)
    print(counts["s"], counts["zz"], len(counts), "q" in counts)
    print(counts)
    print(counts.get("y"), counts.get("y", -1), "y" in counts)
    g = group("the quick brown fox jumps over the lazy dog".split())
    print(g)
    print(sorted(g.items()))
    print(g[9], g)
    sets: defaultdict[str, set[int]] = defaultdict(set)
    sets["a"].add(3)
    sets["a"].add(1)
    sets["b"]
    print(sets)
    floats: defaultdict[str, float] = defaultdict(float)
    floats["x"] += 1.5
    floats["y"]
    print(floats)
    strs: defaultdict[int, str] = defaultdict(str)
    strs[1] += "a"
    strs[1] += "b"
    strs[2]
    print(strs, repr(strs[3]))
    flags: defaultdict[str, bool] = defaultdict(bool)
    print(flags["q"], flags)
    nested: defaultdict[str, dict[str, int]] = defaultdict(dict)
    nested["a"]["b"] = 1
    print(nested)
    calls: list[int] = [0]

    def make() -> int:
        calls[0] += 1
        return calls[0] * 10

    lam: defaultdict[str, int] = defaultdict(lambda: make())
    print(lam["p"], lam["q"], lam["p"], calls, dict(lam))
    pairs: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    pairs["a"][1] += 5
    print(dict(pairs))
    seeded: defaultdict[str, int] = defaultdict(int, {"x": 1, "y": 2})
    seeded["z"] += 3
    print(seeded)
    cp = seeded.copy()
    cp["w"] += 1
    print(seeded, cp)
    seeded.update({"x": 9, "n": 4})
    print(seeded)
    print(seeded.pop("x"), seeded.setdefault("k", 5), seeded)
    del seeded["y"]
    print(seeded)
    try:
        del seeded["missing"]
    except KeyError as e:
        print("KeyError", e)
    try:
        print(seeded.pop("missing"))
    except KeyError as e:
        print("KeyError", e)
    for k, v in counts.items():
        print(k, v, end=" ")
    print()
    print(counts == seeded, counts == counts.copy())
    total = 0
    for k in counts:
        total += counts[k]
    print(total)
    try:
        for k in counts:
            counts[k + "!"] += 1
    except RuntimeError as e:
        print("RuntimeError", e)
    counts.clear()
    print(counts, len(counts))


if __name__ == "__main__":
    main()
