def group(words: list[str]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for w in words:
        out.setdefault(len(w), []).append(w)
    return out


seen = set()
result = []
for w in ["a", "bb", "a", "cc"]:
    if w not in seen:
        seen.add(w)
        result.append(w)
print(result, group(["a", "bb", "cc", "ddd"]))
