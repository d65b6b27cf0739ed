from dataclasses import dataclass
from typing import Callable


def double(x: int) -> int:
    return x * 2


@dataclass
class Handler:
    name: str
    run: Callable[[int], int]


def pipeline(steps: list[Callable[[int], int]]) -> Callable[[int], int]:
    def run_all(x: int) -> int:
        for step in steps:
            x = step(x)
        return x

    return run_all


def outer(base: int) -> int:
    def middle(k: int) -> int:
        inner: Callable[[int], int] = lambda m: m + base + k
        return inner(1)

    return middle(10)


def make_multiplier(factor: int) -> Callable[[int], int]:
    label = f"x{factor}"

    def multiply(v: int) -> int:
        if v < 0:
            raise ValueError(f"{label}: negative input {v}")
        return v * factor

    return multiply


if __name__ == "__main__":
    h1 = Handler("double", double)
    h2 = Handler("double", double)
    h3 = Handler("double", lambda v: v * 2)
    print(h1 == h2, h1 == h3, h1.run(4), h3.run(5))
    p = pipeline([double, make_multiplier(3), lambda v: v - 1])
    print(p(2), p(5))
    print(outer(100))
    triple = make_multiplier(3)
    tripled = [triple(i) for i in range(4)]
    print(tripled)
    shared: list[int] = []
    add: Callable[[int], None] = lambda v: shared.append(v)
    add(1)
    add(2)
    print(shared)
    print(sorted([3, -1, 2], key=abs))
    try:
        print(triple(-2))
    except ValueError as e:
        print("error:", e)
    print(max([1, 5, 3], key=lambda v: -v), min(["bb", "a", "ccc"], key=len))
