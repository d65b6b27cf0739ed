def g(tag: str, v: int) -> int:
    print("eval", tag)
    return v


def main() -> None:
    # evaluation order: left to right, the binding happens when its operand is evaluated
    r = g("a", 1) + (w := g("b", 2)) * g("c", 3)
    print(r, w)
    flag = False
    if flag and (z := g("z", 9)) > 0:
        print("never", z)
    t = 0
    if flag or (t := g("t", 4)) > 3:
        print("t is", t)
    vals: list[int] = []
    i = 0
    while (i := i + 1) < 5:
        vals.append(i)
    print(vals, i)
    name = "abc"
    print(len(word := name.upper()), word)
    q = [p := 7, p + 1, p * 2]
    print(q, p)
    print(f"{(u := 10) * 2} {u}")


main()
