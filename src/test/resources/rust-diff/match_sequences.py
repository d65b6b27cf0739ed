def describe(cmd: list[str]) -> str:
    match cmd:
        case []:
            return "nothing"
        case ["go", direction]:
            return "going " + direction
        case ["drop", *objects]:
            joined = ", ".join(objects)
            return f"dropping {joined} ({len(objects)})"
        case ["look"]:
            return "looking"
        case [first, *_, last]:
            return f"from {first} to {last}"
        case _:
            return "?"


def pair(p: tuple[int, int]) -> str:
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on the y axis at {y}"
        case (x, 0):
            return f"on the x axis at {x}"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y):
            return f"point {x} {y}"
    return "not a pair"


def middle(xs: list[int]) -> list[int]:
    match xs:
        case [_, *mid, _]:
            return mid
        case _:
            return []


def nested(rows: list[list[int]]) -> str:
    match rows:
        case [[a, b], [c, d]]:
            return f"2x2 {a + b + c + d}"
        case [[x], *rest]:
            return f"first single {x}, {len(rest)} more"
        case [row, *others] if len(row) > 2:
            return f"wide first row {row} and {others}"
    return "other"


def text(s: str | list[str]) -> str:
    match s:
        case [a, b]:
            return "two items " + a + b
        case str() as whole:
            return "a str " + whole
    return "list of another length"


def config(d: dict[str, int]) -> str:
    match d:
        case {"x": 0, "y": 0}:
            return "origin"
        case {"x": x, "y": y, **rest}:
            return f"x={x} y={y} rest={rest}"
        case {"name": n}:
            return f"named {n}"
        case {}:
            return f"some dict {d}"
    return "not a dict"


def first_items(v: list[int]) -> str:
    match v:
        case (a, b, *others):
            return f"{a} {b} {others}"
        case (a,):
            return f"one {a}"
    return "empty"


no_words: list[str] = []
for c in [no_words, ["go", "north"], ["drop", "sword", "shield"], ["drop"], ["look"], ["a", "b", "c", "d"], ["x"]]:
    print(describe(c))
for p in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 9)]:
    print(pair(p))
print(middle([1, 2, 3, 4]), middle([1]), middle([1, 2]))
print(nested([[1, 2], [3, 4]]), nested([[7], [1], [2]]), nested([[1, 2, 3], [4]]), nested([]))
print(text("ab"), text(["p", "q"]), text(["p"]))
print(config({"x": 0, "y": 0}), config({"x": 1, "y": 2, "z": 3, "w": 4}), config({"name": 5}), config({}))
print(first_items([1, 2, 3, 4]), first_items([1, 2]), first_items([9]), first_items([n for n in range(0)]))
