# Parameters without annotations, and bare container annotations, take the type of what each
# call passes (mypy reads them as Any; CPython ignores annotations and runs the body on the value).
from typing import Optional


def add(a, b):
    return a + b


def scale(values: list, factor) -> list:
    return [v * factor for v in values]


def count_words(text, counts: dict) -> None:
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1


def first_and_last(items: tuple):
    return items[0], items[-1]


def unique_sorted(items: set) -> list:
    return sorted(items)


def maybe_len(xs: Optional[list]) -> int:
    if xs is None:
        return -1
    return len(xs)


def group_sizes(groups: dict[str, list]) -> dict[str, int]:
    return {k: len(v) for k, v in groups.items()}


def kind(x):
    if isinstance(x, bool):
        return "bool"
    elif isinstance(x, int):
        return "int " + str(x + 1)
    elif isinstance(x, str):
        return "str " + x.upper()
    return "something else"


def check_positive(n):
    if not isinstance(n, int):
        raise TypeError("expected an int")
    return n > 0


def greet(name, punctuation="!"):
    print("hello, " + name + punctuation)


def pick(xs, i, default=None):
    if 0 <= i < len(xs):
        return xs[i]
    return default


if __name__ == "__main__":
    print(add(2, 3), add(2.5, 1), add("ab", "cd"), add([1], [2, 3]))
    print(add(True, True), add(10**18, 10**18))
    print(scale([1, 2, 3], 2), scale([1.5, 2.0], 3), scale(["a", "b"], 2))
    counts: dict[str, int] = {}
    count_words("the cat and the hat", counts)
    print(counts)
    triple = (1, 2, 3)
    print(first_and_last(triple), first_and_last(("x", 2.5)))
    print(unique_sorted({3, 1, 2}), unique_sorted({"b", "a"}))
    print(maybe_len([1, 2]), maybe_len(["a"]))
    print(group_sizes({"a": [1, 2], "b": []}))
    print(kind(True), kind(41), kind("hi"), kind(2.5), kind(None))
    print(check_positive(3), check_positive(-3))
    greet("world")
    greet("you", punctuation="?")
    greet(name="all", punctuation=".")
    print(pick([10, 20, 30], 1))
    print(pick(["a"], 0))
    print(pick([1, 2], 5, default=0))
    print(add(1, 2) * 2)
    print(pick([4, 5], 9, 0) - 1)
    print(scale([1, 2], 0.5))
