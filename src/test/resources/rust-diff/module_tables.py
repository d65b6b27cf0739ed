"""Module-level tables read by functions."""

VOWELS = {"a", "e", "i", "o", "u"}
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
graph: dict[str, list[str]] = {"a": ["b"], "b": []}
seen: list[str] = []


def to_roman(n: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def count_vowels(word: str) -> int:
    return sum(1 for ch in word.lower() if ch in VOWELS)


def visit(node: str) -> None:
    seen.append(node)
    for nxt in graph[node]:
        visit(nxt)


if __name__ == "__main__":
    print([to_roman(n) for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024]])
    print(count_vowels("Education"), count_vowels("rhythm"))
    visit("a")
    graph["c"] = ["a"]
    visit("c")
    print(seen, graph)
