from collections.abc import Sequence


def middle(items: Sequence[str]) -> str:
    if not items:
        return ""
    return items[len(items) // 2]


print(middle(["a", "b", "c"]))
print(middle(("x", "y")))
print(repr(middle([])))
