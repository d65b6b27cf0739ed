from dataclasses import dataclass


@dataclass(eq=False)
class Shape:
    name: str


@dataclass(eq=False)
class Circle(Shape):
    radius: int


@dataclass(eq=False)
class Rect(Shape):
    width: int
    height: int


class Vec:
    __match_args__ = ("dx", "dy")

    def __init__(self, dx: int, dy: int) -> None:
        self.dx = dx
        self.dy = dy


calls = 0


def next_shape(shapes: list[Shape]) -> Shape:
    global calls
    calls += 1
    print("evaluating the subject")
    return shapes[calls % len(shapes)]


def area(s: Shape) -> str:
    match s:
        case Circle(_, 0):
            return "a point"
        case Circle(name, r) if r > 10:
            return f"big circle {name} r={r}"
        case Circle(radius=r):
            return f"circle r={r} area~{3 * r * r}"
        case Rect(width=w, height=h) if w == h:
            return f"square {w}"
        case Rect(n, w, h):
            return f"{n} {w}x{h}"
        case Shape(name="blob"):
            return "a blob"
        case Shape():
            return "some shape " + s.name
    return "unreachable"


def vec(v: Vec) -> str:
    match v:
        case Vec(0, 0):
            return "zero"
        case Vec(1, 1) | Vec(2, 2):
            return "unit diagonal"
        case Vec(0, dy=y):
            return f"vertical {y}"
        case Vec(x, y) as whole:
            return f"vec {x},{y} {whole.dx + whole.dy}"
    return "?"


def kind(x: int | str | list[int]) -> str:
    match x:
        case bool():
            return "bool"
        case int(n) if n > 100:
            return f"big int {n}"
        case int():
            return f"int {x + 1}"
        case str(s):
            return "str " + s.upper()
        case [int(a), *_]:
            return f"list starting {a}"
        case []:
            return "empty list"
    return "other"


shapes: list[Shape] = [Circle("c", 0), Circle("d", 12), Circle("e", 2), Rect("r", 3, 3), Rect("q", 2, 5), Shape("blob"), Shape("s")]
for s in shapes:
    print(area(s))
for v in [Vec(0, 0), Vec(3, 0), Vec(0, 4), Vec(1, 2), Vec(2, 2)]:
    print(vec(v))
values: list[int | str | list[int]] = [7, 500, "hi", [4, 5], [n for n in range(0)]]
for k in values:
    print(kind(k))
match next_shape(shapes):
    case Circle(name=n):
        print("circle", n)
    case Rect() as r:
        print("rect", r.width)
    case _:
        print("neither")
print("calls:", calls)
