"""dict keeps insertion order; sets answer order-free questions."""


def histogram(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in text:
        if ch != " ":
            counts[ch] = counts.get(ch, 0) + 1
    return counts


if __name__ == "__main__":
    h = histogram("hello world")
    print(h, len(h), h["l"], "z" in h, h.get("z"), h.get("o", -1))
    h["z"] = 26
    h["h"] = 8
    del h["e"]
    print(h, list(h.keys()), list(h.values()), list(h.items())[:2])
    print(h.pop("z"), h.pop("missing", 0), h.setdefault("q", 5), h.setdefault("h", 0), h)
    print({k: v for k, v in h.items() if v > 1}, {n: n * n for n in range(4)})
    for key, value in sorted(h.items()):
        print(key, value, end="; ")
    print()
    ages = {"ann": 31, "bob": 27}
    other = ages
    other["cid"] = 40
    print(ages, ages == {"ann": 31, "bob": 27, "cid": 40}, dict(ages) is ages)
    merged = dict(ages)
    merged.update({"ann": 32, "dan": 19})
    print(merged, ages)
    grouped: dict[int, list[str]] = {}
    for name in ["ann", "bob", "cid", "dave", "eve"]:
        grouped.setdefault(len(name), []).append(name)
    print(grouped)
    s = {3, 1, 2}
    t = {2, 3, 4}
    s.add(10)
    s.discard(1)
    print(sorted(s), sorted(s | t), sorted(s & t), sorted(s - t), len(s), 3 in s, 1 in s)
    print(sorted({w[0] for w in ["apple", "avocado", "banana"]}), s == {2, 3, 10}, {1, 2}.issubset({1, 2, 3}))
    pairs = {(1, 2): "a", (0, 5): "b"}
    print(pairs[(0, 5)], pairs)
