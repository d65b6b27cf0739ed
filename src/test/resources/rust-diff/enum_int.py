"""IntEnum: members are ints in arithmetic, comparisons, sorting, sets and formatting (CPython 3.11)."""
from enum import IntEnum, auto


class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()
    URGENT = 10
    CRITICAL = 10  # alias

    def bumped(self) -> int:
        return self.value + 1


class Level(IntEnum):
    ONE = 1
    TWO = 2


def weight(p: Priority) -> int:
    return p * 100 + len(p.name)


def main() -> None:
    print(Priority.LOW, Priority.HIGH, Priority.URGENT, Priority.CRITICAL)
    print(repr(Priority.MEDIUM), str(Priority.HIGH), f"{Priority.HIGH}", f"[{Priority.URGENT:>5}]", f"{Priority.LOW:03d}")
    print(Priority.HIGH + 1, Priority.HIGH - Priority.LOW, -Priority.MEDIUM, Priority.URGENT // 3, Priority.URGENT % 3)
    print(Priority.HIGH / 2, Priority.HIGH * Priority.HIGH, Priority.URGENT ** 2)
    print(Priority.HIGH > Priority.LOW, Priority.LOW < 2, Priority.HIGH == 3, 3 == Priority.HIGH, Priority.HIGH != 3)
    print(Priority.LOW == Level.ONE, Level.TWO < Priority.HIGH)
    print(sorted([Priority.URGENT, Priority.LOW, Priority.HIGH, Priority.MEDIUM]))
    print(max([Priority.LOW, Priority.HIGH, Priority.MEDIUM]), min(Priority))
    print(list(Priority), len(Priority))
    print(Priority(2), Priority(10), Priority["CRITICAL"], Priority.CRITICAL is Priority.URGENT)
    print({Priority.HIGH, Priority.LOW, Priority.URGENT, Priority.MEDIUM})
    print({p: p.bumped() for p in Priority})
    print([weight(p) for p in Priority])
    total = 0
    for p in Priority:
        total += p
    print(total, Priority.HIGH.value, Priority.HIGH.name)
    try:
        Priority(5)
    except ValueError as e:
        print(e)
    print(Priority(0))


if __name__ == "__main__":
    main()
