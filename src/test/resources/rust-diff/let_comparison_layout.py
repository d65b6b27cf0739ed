# rustfmt layout of a comparison assigned to an annotated local whose right operand breaks over lines.

from dataclasses import dataclass, field


@dataclass
class Team:
    name: str
    members: list[str] = field(default_factory=list)
    lead: str | None = None


def main() -> None:
    t1 = Team("red")
    same: bool = t1 == Team("red", ["bob", "alice", "carol"], None)
    print(same)
    xy: bool = t1 == Team("red", ["bob", "alice", "carol", "dave"], None)
    print(xy)


if __name__ == "__main__":
    main()
