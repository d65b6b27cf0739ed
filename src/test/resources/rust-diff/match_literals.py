from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


LIMIT = 10


def http_status(status: int) -> str:
    match status:
        case 400:
            return "Bad request"
        case 404:
            return "Not found"
        case 401 | 403 | 405:
            return "Not allowed"
        case 418:
            return "I'm a teapot"
        case _:
            return "Something's wrong with the internet"


def color_name(c: Color) -> str:
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "cool " + c.name.lower()
    return "unreachable"


def word(s: str) -> str:
    match s:
        case "":
            return "empty"
        case "yes" | "y":
            return "affirmative"
        case ("no"):
            return "negative"
        case other:
            return "other: " + other


def opt(x: int | None) -> str:
    match x:
        case None:
            return "none"
        case 0:
            return "zero"
        case n if n < 0:
            return f"negative {n}"
        case n:
            return f"positive {n}"


def flag(b: bool) -> str:
    match b:
        case True:
            return "on"
        case False:
            return "off"
    return "neither"


def no_case_matches(n: int) -> str:
    result = "start"
    match n:
        case 1:
            result = "one"
        case 2:
            result = "two"
    return result


def guarded(n: int) -> str:
    match n:
        case k if k > LIMIT:
            return f"big {k}"
        case k if k % 2 == 0:
            return f"even {k}"
        case -1:
            return "minus one"
    return "no case"


def float_subject(x: float) -> str:
    match x:
        case 1:
            return "one"
        case 2.5:
            return "two and a half"
        case _:
            return "other"


for code in [400, 404, 403, 418, 500]:
    print(code, http_status(code))
for c in Color:
    print(color_name(c))
for w in ["", "y", "yes", "no", "maybe"]:
    print(repr(w), word(w))
for o in [None, 0, -3, 7]:
    print(opt(o))
print(flag(True), flag(False))
print(no_case_matches(1), no_case_matches(2), no_case_matches(3))
print(guarded(11), guarded(4), guarded(-1), guarded(3))
print(float_subject(1.0), float_subject(2.5), float_subject(3.0))
