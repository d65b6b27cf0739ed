"""dataclass(frozen=True) raises FrozenInstanceError on assignment; order=True compares field tuples."""
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Vec:
    x: int
    y: int

    def scaled(self, k: int) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def bad_reset(self) -> None:
        self.x = 0


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str


def main() -> None:
    v = Vec(1, 2)
    print(v, v.scaled(3), v == Vec(1, 2), v != Vec(2, 1))
    try:
        v.bad_reset()
    except AttributeError as e:
        print("AttributeError:", e)
    print(v)
    try:
        v.y = 10
    except AttributeError as e:
        print("caught:", e, repr(str(e)))
    versions = [Version(1, 2), Version(1, 0, "beta"), Version(0, 9), Version(1, 2, "rc")]
    print(sorted(versions))
    print(max(versions), min(versions))
    print(Version(1, 2) < Version(1, 3), Version(2) > Version(1, 9), Version(1, 2, "a") <= Version(1, 2, "b"))
    print(Version(1, 2, "a") >= Version(1, 2, "b"), Version(1, 2, "a") == Version(1, 2, "b"))
    hand = [Card(10, "spades"), Card(2, "hearts"), Card(10, "clubs"), Card(14, "diamonds")]
    hand.sort()
    print(hand)
    print(sorted(hand, reverse=True)[0], Card(3, "a") < Card(3, "b"))
    c = Card(5, "hearts")
    c.rank = 6


if __name__ == "__main__":
    main()
