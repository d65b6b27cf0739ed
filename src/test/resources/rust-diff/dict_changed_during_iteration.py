def bump(counts: dict[str, int]) -> None:
    # Changing values (not keys) while iterating is allowed, and later steps see the new values.
    for word, n in counts.items():
        counts[word] = n + 1
        if word == "a":
            counts["c"] = 100
    print(counts)


def collect(counts: dict[str, int]) -> list[str]:
    seen: list[str] = []
    for word in counts:
        seen.append(word)
    return seen


def prune(counts: dict[str, int]) -> None:
    try:
        for word in counts:
            if counts[word] > 2:
                del counts[word]
    except RuntimeError as e:
        print("caught:", e)
    print(counts)


if __name__ == "__main__":
    counts: dict[str, int] = {"a": 1, "b": 2, "c": 3}
    bump(counts)
    print(collect(counts))
    prune(counts)
    total = 0
    for v in counts.values():
        total += v
    print("total:", total)
    for word in counts.keys():
        if word == "a":
            counts["z"] = 0
        print("visited", word)
    print("not reached")
