from collections import deque


def ends(d: deque[int]) -> str:
    match d:
        case [a, *_, b]:
            return f"{a}..{b}"
    return "short"


print(ends(deque([1, 2, 3])))
