from typing import Optional, TypeVar

T = TypeVar("T")


def get_or(value: Optional[T], default: T) -> T:
    if value is None:
        return default
    return value


def find(items: list[T], wanted: T) -> int | None:
    for i, item in enumerate(items):
        if item == wanted:
            return i
    return None


print(get_or(None, 5), get_or(3, 5))
print(get_or("x", "default"))
print(find([4, 5, 6], 6), find(["a", "b"], "z"))
print(get_or(find([1, 2], 3), -1))
