from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def invert(d: dict[K, V]) -> dict[V, K]:
    out: dict[V, K] = {}
    for k, v in d.items():
        out[v] = k
    return out


def keys_sorted(d: dict[K, int]) -> list[K]:
    return sorted(d, key=lambda k: d[k])


ages = {"ann": 31, "bob": 25, "cy": 40}
print(invert(ages))
print(invert({1: "one", 2: "two"}))
print(keys_sorted(ages))
