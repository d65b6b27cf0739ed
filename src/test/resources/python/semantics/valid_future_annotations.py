from __future__ import annotations


def f(xs: List[int]) -> Dict[str, int]:
    return {'n': len(xs)}


class P:
    ys: Optional[int] = None


print(f([1, 2]), P.ys)
