from typing import Optional


def label(name: Optional[str]) -> str:
    return name or "anonymous"


def count(n: Optional[int]) -> int:
    return n or -1


def items(xs: Optional[list[int]]) -> list[int]:
    return xs or [0]


def pick(a: Optional[float], b: float) -> float:
    return a or b


def describe(v: Optional[str]) -> str:
    if v is None:
        return "none"
    return "text " + repr(v)


print(label("zoe"), label(None), label(""))
print(count(3), count(0), count(None))
print(items([4, 5]), items([]), items(None))
print(pick(2.5, 1.0), pick(0.0, 1.5), pick(None, -0.5))
for v in ["abc", None, ""]:
    print(describe(v))
maybe = [None, 1, 2]
print(maybe, [None, "x"] + ["y"])
