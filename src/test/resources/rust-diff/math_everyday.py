"""Everyday uses of math: defaults of inf, isqrt in a loop bound, ceil of a division, format specs."""
import math


def clamp(x: float, lo: float = -math.inf, hi: float = math.inf) -> float:
    return max(lo, min(x, hi))


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


def pages(items: int, per: int) -> int:
    return math.ceil(items / per)


if __name__ == "__main__":
    best = -math.inf
    for v in [3.5, -2.0, 9.25]:
        if v > best:
            best = v
    print(clamp(5.0), clamp(5.0, 0.0, 1.0), best, [n for n in range(30) if is_prime(n)], pages(10, 3))
    print(int(math.sqrt(50)), math.sqrt(2) ** 2, round(math.pi, 2), str(math.e), [math.floor(x / 2) for x in range(-3, 4)])
    print(math.log(1000) / math.log(10), math.sqrt(math.pow(3.0, 2)), math.degrees(math.atan2(1, 1)), math.inf > 1e308)
    print(f"{math.tau:10.4f}|{math.sqrt(2):e}|{math.pi:g}", math.nan == math.nan, math.isnan(math.nan))
