"""Patterns whose matcher recurses once per repeat over long subjects: CPython keeps sre's
backtracking state on the heap, so these succeed there and must succeed here too."""
import re


def main() -> None:
    print(re.match(r"(a|b)*c", "ab" * 20000 + "c") is not None)
    m = re.fullmatch(r"(?:(\w)\s?)+", "x y " * 5000 + "z")
    print(m.group(1) if m else None, m.span() if m else None)
    print(len(re.findall(r"(?:ab)+", "ab" * 30000 + "-" + "ab" * 10)))
    print(re.sub(r"(?:a|b)+", "<>", "ab" * 25000 + "c" + "ba" * 3))
    text = "the quick brown fox " * 3000
    print(len(re.findall(r"\w+", text)), len(re.split(r"\s+", text)), re.search(r"fox $", text))


if __name__ == "__main__":
    main()
