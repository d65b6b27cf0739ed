def total(counts: Dict[str, int]) -> int:
    return sum(counts.values())


print(total({'a': 1}))
