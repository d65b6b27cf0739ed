"""json.dumps as CPython 3.11 writes values: every option, escapes, floats, keys, errors."""
import json
from collections import Counter, OrderedDict
from typing import Optional


class Point:
    def __init__(self, x: int) -> None:
        self.x = x


def show(label: str, text: str) -> None:
    print(label + ":", text)


def main() -> None:
    nested: dict[str, list[dict[str, int]]] = {"rows": [{"b": 2, "a": 1}, {}], "empty": []}
    show("plain", json.dumps(nested))
    show("sorted", json.dumps(nested, sort_keys=True))
    show("compact", json.dumps(nested, separators=(",", ":")))
    show("odd separators", json.dumps(nested, separators=(" ;", "=")))
    show("indent 2", json.dumps(nested, indent=2))
    show("indent 0", json.dumps(nested, indent=0))
    show("indent empty", json.dumps(nested, indent=""))
    show("indent negative", json.dumps(nested, indent=-2))
    show("indent tab", json.dumps(nested, indent="\t"))
    show("indent None", json.dumps(nested, indent=None))
    show("indent, old separators", json.dumps(nested, indent=1, separators=(", ", ": ")))
    show("indent, sorted, compact", json.dumps(nested, indent=3, sort_keys=True, separators=(",", ":")))
    show("separators None", json.dumps(nested, separators=None, sort_keys=False))
    width = 4
    show("indent computed", json.dumps([[1], [2, 3], []], indent=width))
    seps: tuple[str, str] = ("|", "->")
    show("separators computed", json.dumps({"k": [1, 2]}, separators=seps))

    # strings
    show("escapes", json.dumps("quote \" backslash \\ slash / nl \n cr \r tab \t bs \b ff \f"))
    show("controls", json.dumps("\x00\x01\x1f\x7f"))
    show("unicode", json.dumps("é ß 中 😀 \u2028"))
    show("unicode raw", json.dumps("é ß 中 😀 \u2028 \x7f \x01", ensure_ascii=False))
    show("empty str", json.dumps(""))
    show("str keys", json.dumps({"ключ": "значение", "\n": "\t"}))
    show("str keys raw", json.dumps({"ключ": "значение"}, ensure_ascii=False))

    # numbers
    floats: list[float] = [0.1, 1e16, 1e-7, -0.0, 0.0, 1.5, 123456789.125, 1e22, 2.5e-300, 1 / 3]
    show("floats", json.dumps(floats))
    show("specials", json.dumps([float("inf"), float("-inf"), float("nan")]))
    ints: list[int] = [0, -1, 9223372036854775807, -9223372036854775807 - 1]
    show("ints", json.dumps(ints))
    show("bools", json.dumps([True, False]))
    show("none", json.dumps(None))
    maybe: list[Optional[int]] = [1, None, 3]
    show("optionals", json.dumps(maybe))
    show("top-level int", json.dumps(42))
    show("top-level float", json.dumps(2.0))
    show("top-level str", json.dumps("x"))

    # keys converted as CPython converts them
    show("int keys", json.dumps({3: "c", 1: "a", -2: "m"}))
    show("int keys sorted", json.dumps({3: "c", 10: "a", -2: "m"}, sort_keys=True))
    show("bool keys", json.dumps({True: 1, False: 0}, sort_keys=True))
    show("str keys sorted", json.dumps({"b": 1, "B": 2, "a": 3, "é": 4, "aa": 5}, sort_keys=True))

    # tuples are arrays
    pair: tuple[int, str] = (1, "one")
    show("tuple", json.dumps(pair))
    pairs: list[tuple[str, float]] = [("a", 1.5), ("b", -2.25)]
    show("tuples", json.dumps(pairs, indent=1))

    # dict subclasses are dicts
    letters = Counter("abracadabra")
    show("Counter", json.dumps(letters))
    show("Counter sorted", json.dumps(letters, sort_keys=True, indent=1))
    ordered: OrderedDict[str, int] = OrderedDict([("z", 1), ("a", 2)])
    ordered.move_to_end("z")
    show("OrderedDict", json.dumps(ordered))

    # errors
    try:
        json.dumps([1.0, float("nan")], allow_nan=False)
    except ValueError as e:
        show("allow_nan=False", str(e))
    try:
        json.dumps({"x": float("-inf")}, allow_nan=False)
    except ValueError as e:
        show("allow_nan=False in dict", str(e))
    show("allow_nan=False, finite", json.dumps([1.5], allow_nan=False))
    try:
        json.dumps({(1, 2): "tuple key"})
    except TypeError as e:
        show("tuple key", str(e))
    no_keys: dict[tuple[int, int], str] = {}
    show("empty dict with tuple keys", json.dumps(no_keys))
    try:
        json.dumps({1, 2, 3})
    except TypeError as e:
        show("set", str(e))
    empty_set: set[int] = set()
    try:
        json.dumps(empty_set)
    except TypeError as e:
        show("empty set", str(e))
    try:
        json.dumps(Point(1))
    except TypeError as e:
        show("object", str(e))
    try:
        json.dumps(Point(2), indent=2)
    except ValueError:
        show("object", "not a ValueError")
    except TypeError as e:
        show("object with indent", str(e))


if __name__ == "__main__":
    main()
