from typing import Callable

registry: list[str] = []


def register(f: Callable[[int], int]) -> Callable[[int], int]:
    registry.append("f")
    return f


@register
def inc(x: int) -> int:
    return x + 1


print(inc(1), registry)
