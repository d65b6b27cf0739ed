from typing import Iterator


def chunks(xs: list[int]) -> Iterator[int]:
    i = 0
    while (n := len(xs) - i) > 0:
        yield n
        i += 2
    print("gen done", n)


def main() -> None:
    for x in (ys := [1, 2, 3]):
        print(x, len(ys))
    print(sum(y for x in ys if (y := x * 3) > 3), y)
    print(list(chunks([1, 2, 3, 4, 5])))
    try:
        if (q := int("12")) and (r := int("x")):
            print(q, r)
    except ValueError as e:
        print("bad", e, q)


main()
