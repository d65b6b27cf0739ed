from collections.abc import Collection


def summary(xs: Collection[int]) -> str:
    return f"{len(xs)} items, has 3: {3 in xs}"


print(summary([1, 2, 3]))
print(summary({4, 5}))
