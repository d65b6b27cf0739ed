from typing import Iterator, Optional

TABLE: dict[str, int] = {"a": 1, "b": 2, "c": 3}


def items_of(d: dict[str, int]) -> Iterator[str]:
    for k, v in d.items():
        yield k * v


def safe_div(xs: list[int], d: int) -> Iterator[float]:
    for x in xs:
        try:
            yield x / d
        except ZeroDivisionError:
            print("cannot divide", x)
            d = 1
        finally:
            print("step done", x)


def maybe(xs: list[Optional[int]]) -> Iterator[int]:
    for x in xs:
        if x is None:
            continue
        yield x
    else:
        yield -1


def words(text: str) -> Iterator[str]:
    word = ""
    for ch in text:
        if ch == " ":
            if word:
                yield word
            word = ""
        else:
            word += ch
    if word:
        yield word


def from_table() -> Iterator[int]:
    for k in TABLE:
        yield TABLE[k]


def main() -> None:
    print(list(items_of({"x": 2, "y": 3})))
    print(list(safe_div([4, 6], 0)))
    print(list(maybe([1, None, 3])))
    print(list(words("  the quick  brown fox ")))
    print(sorted(from_table(), reverse=True))
    w = words("one two three")
    print(next(w), list(w), next(w, "done"))
    print({x: x * x for x in maybe([2, 3])})
    text = ",".join(str(v) for v in maybe([7, None, 8]))
    print(text)


main()
