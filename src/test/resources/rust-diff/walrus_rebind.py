from typing import Optional

total = 0


def show() -> None:
    print("total", total)


def pick(xs: list[int], i: int) -> Optional[int]:
    return xs[i] if i < len(xs) else None


def main() -> None:
    # a name read before a walrus that rebinds it shows the old value
    x = 1
    print(x, (x := 2), x)
    print(f"{x} {(x := 3)} {x}")
    y = 3
    print(y + (y := 10) + y)
    s = "ab"
    t = s + (s := s.upper())
    print(t, s)
    xs = [1, 2]
    xs.append((m := len(xs)) + 10)
    print(xs, m)
    i = 0
    out: list[int] = []
    while (v := pick([4, 5, 6], i)) is not None:
        out.append(v * 2)
        i += 1
    print(out, v)
    n = 0
    r = n if (n := 7) > 100 else n + 1
    print(r, n)


# at module level the walrus binds the global that show() reads
if (total := 5) > 2:
    show()
main()
