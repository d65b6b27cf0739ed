def count(items: list[str]) -> int:
    for item in items:
        n += 1
    return n
