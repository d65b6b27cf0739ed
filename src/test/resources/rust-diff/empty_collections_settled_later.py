"""An empty list, set or dict with no annotation takes its type from the first later use that
puts something in, even when that use reads names bound after the empty value (by an assignment
or an unpacking before the use, or by a loop around it)."""


def first_repeat(modulus: int) -> list[int]:
    out = []
    for r in range(2, modulus):
        seen = []
        for x in range(modulus):
            val = pow(r, x, modulus)
            if val in seen:
                break
            seen.append(val)
        out.append(len(seen))
    return out


TABLE = [(100, "C"), (50, "L"), (10, "X"), (5, "V"), (1, "I")]


def letters(number: int) -> str:
    parts = []
    for value, letter in TABLE:
        (count, number) = divmod(number, value)
        parts.append(letter * count)
    return "-".join(parts)


def residues(n: int, m: int) -> int:
    found = set()
    for i in range(n):
        sq = i * i % m
        found.add(sq)
    return len(found)


def by_length(words: list[str]) -> None:
    index = {}
    for w in words:
        size = len(w)
        index[size] = w.upper()
    print(sorted(index.items()))


def fib_pairs(limit: int) -> None:
    pairs = []
    a, b = 0, 1
    while b < limit:
        pair = (a, b)
        pairs.append(pair)
        a, b = b, a + b
    print(pairs)
    scaled = []
    half = limit / 4
    scaled.append(half)
    print(scaled)


if __name__ == "__main__":
    print(first_repeat(11))
    print(letters(388), letters(0))
    print(residues(20, 7), residues(0, 3))
    by_length(["a", "bb", "cc", "ddd"])
    fib_pairs(30)
    fib_pairs(2)
