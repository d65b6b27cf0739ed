"""enum.StrEnum (3.11): str values and auto() as the lowercased name; str/format give the value,
members equal, order and hash as their strs, repr and lookups as any Enum."""
from enum import StrEnum, auto


class Color(StrEnum):
    RED = auto()
    Green = auto()
    BLUE = "blue-ish"
    AZURE = "blue-ish"


class Mode(StrEnum):
    READ = "r"
    WRITE = "w"

    def describe(self) -> str:
        return "mode " + self.value


def main() -> None:
    print(Color.RED, Color.Green, Color.BLUE, str(Color.AZURE), repr(Color.RED), repr(Color.AZURE))
    print(f"[{Color.RED}] [{Color.Green:>8}] [{Mode.READ:^5}]")
    print(list(Color), len(Color), Color.AZURE is Color.BLUE, Color.RED.name, Color.RED.value)
    print(Color("red"), Color["Green"], Mode("w").describe())
    print(Color.RED == "red", "red" == Color.RED, Color.RED != "RED", Mode.READ == Mode.WRITE)
    print(Mode.READ < Mode.WRITE, Color.RED > Color.BLUE, sorted([Color.RED, Color.BLUE, Color.Green]))
    print(Mode.READ + "+", "x" + Mode.WRITE, Mode.READ * 3)
    counts = {Color.RED: 1, Color.BLUE: 2}
    print(counts, counts[Color.RED], Color.BLUE in counts)
    print({Mode.READ, Mode.WRITE, Mode.READ} == {Mode.WRITE, Mode.READ})
    try:
        Color("purple")
    except ValueError as e:
        print("ValueError:", e)
    try:
        Color["purple"]
    except KeyError as e:
        print("KeyError:", e)
    print(Mode("x"))


if __name__ == "__main__":
    main()
