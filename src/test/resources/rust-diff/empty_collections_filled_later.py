"""An empty [], {}, set(), dict() bound without an annotation takes its type from the first later
use that says what goes in (append, insert, extend, add, setdefault, d[k] = v) or from the
declared return type it is returned as."""


def squares(n: int) -> list[int]:
    result = []
    for i in range(n):
        result.append(i * i)
    return result


def word_counts(text: str) -> dict[str, int]:
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def unique_lengths(words: list[str]) -> set[int]:
    out = set()
    for w in words:
        out.add(len(w))
    return out


def main() -> None:
    names = []
    names.append("ann")
    names.insert(0, "bob")
    print(names, len(names))
    seen = set()
    seen.add(3)
    seen.add(1)
    print(seen, 3 in seen)
    prices = {}
    prices["tea"] = 1.5
    print(prices)
    ext = list()
    ext.extend([1, 2])
    print(ext)
    x = y = []
    y.append(5)
    print(x, y, x is y)
    groups = dict()
    groups.setdefault("k", 0)
    print(groups)
    print(squares(4), squares(0), word_counts("a b a"), unique_lengths(["ab", "cd", "e"]))


if __name__ == "__main__":
    main()
