"""json.loads into typed targets and Any, and every JSONDecodeError CPython's scanner gives."""
import json
from json import JSONDecodeError, loads
from typing import Any, Optional


def counts(doc: str) -> dict[str, int]:
    result: dict[str, int] = json.loads(doc)
    return result


def first_name(people: list[dict[str, str]]) -> str:
    return people[0]["name"]


class Config:
    def __init__(self, doc: str) -> None:
        self.values: dict[str, Optional[str]] = json.loads(doc)


def main() -> None:
    c = counts('{"apples": 3, "pears": -1, "apples": 7}')
    print(c, len(c), c["apples"])
    print(first_name(json.loads('[{"name": "Ada", "role": "x"}]')))
    cfg = Config('{"mode": "fast", "extra": null}')
    print(cfg.values)
    matrix: list[list[int]] = json.loads("[[1, 2], [], [3]]")
    print(matrix, sum(sum(row) for row in matrix))
    floats: list[float] = json.loads("[1, 2.5, -0.0, 1e400, -1e400, 1e-400, 0.1, 1E2, 2e+3]")
    print(floats)
    total: float = 0
    for f in floats[:2]:
        total += f
    print(total)
    flag: bool = json.loads("true")
    nothing: Optional[int] = json.loads(" null ")
    text: str = json.loads('"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u4e2d\\ud83d\\ude00"')
    print(flag, nothing, repr(text), len(text))
    whole: int = json.loads("-0")
    print(whole)
    records: list[dict[str, Any]] = json.loads(
        '[{"id": 1, "tags": ["a", "b"], "score": 9.5, "ok": true, "meta": {"x": null}}, {"id": 2}]'
    )
    for r in records:
        print(r)
    anything = json.loads('{"a": [1, 2.0, "3", null, false, {"b": []}], "c": {}}')
    print(anything)
    print(json.loads("[]"), json.loads("{}"), json.loads('""'), json.loads("NaN"), json.loads("-Infinity"))
    print(json.loads('\n\t [ 1 ,\r\n 2 ] \n'))
    deep: list[Any] = json.loads("[" * 300 + "]" * 300)
    print(json.dumps(deep)[:20], len(json.dumps(deep)))

    documents = [
        "",
        "   ",
        "{",
        '{"a"',
        '{"a":',
        '{"a": 1',
        '{"a": 1,',
        '{"a": 1,}',
        '{"a" 1}',
        "{1: 2}",
        "{'a': 1}",
        '{"a": 1 "b": 2}',
        "[",
        "[1",
        "[1,",
        "[1,]",
        "[1 2]",
        "[,]",
        "[-]",
        '"abc',
        '"abc\\',
        '"a\\x"',
        '"\\u12"',
        '"\\u12zz"',
        '"\\ud800\\uzzzz"',
        '"tab\there"',
        '"nl\nhere"',
        "1.",
        "1.5e",
        "2.5e+",
        "01",
        "-",
        "-x",
        "nul",
        "True",
        "tru",
        "-NaN",
        "1 2",
        "[1] x",
        "\ufeff[1]",
        '[1,\n 2,\n x]',
        '{"a"\n:\n1',
        "[1, 2]]",
        '{"a": [1, {"b": }]}',
    ]
    for doc in documents:
        try:
            v = loads(doc)
            print(repr(doc), "->", v)
        except JSONDecodeError as e:
            print(repr(doc), "JSONDecodeError", e)
    try:
        json.loads("[")
    except ValueError as e:
        print("caught as ValueError:", e, repr(e), e.args)
    try:
        json.loads("]")
    except Exception as e:
        print("caught as Exception:", e)
    try:
        json.loads("[1")
    except (KeyError, json.JSONDecodeError) as e:
        print("caught in a tuple:", e)


if __name__ == "__main__":
    main()
