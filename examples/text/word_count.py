"""Word frequencies of a short text, most common first."""

TEXT = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away, quick as ever!
A lazy afternoon for a lazy dog."""


def normalize(word: str) -> str:
    cleaned = ""
    for ch in word.lower():
        if ch.isalpha():
            cleaned += ch
    return cleaned


def count_words(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in text.splitlines():
        for raw in line.split():
            word = normalize(raw)
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


if __name__ == "__main__":
    counts = count_words(TEXT)
    print("distinct words:", len(counts))
    print("total words:", sum(counts.values()))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, n in ranked[:6]:
        bar = "#" * n
        print(f"{word:<10}{n:>3} {bar}")
    longest = max(counts.keys(), key=lambda w: len(w))
    print(f"longest word: {longest!r} ({len(longest)} letters)")
    print({w: n for w, n in counts.items() if n >= 3})
