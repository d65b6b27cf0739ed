from dataclasses import dataclass


@dataclass(frozen=True)
class Counter:
    n: int


if __name__ == "__main__":
    c = Counter(1)
    c.n += 1
