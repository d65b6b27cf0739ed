# A value passed by reference that is a compound expression (a str concatenation, a bit
# operation, a cast) must be borrowed as a whole: &(a + b), not &a + b.


def main() -> None:
    s: str = "ab"
    a: str = "http"
    print(len(s + "c"))
    d: dict[str, int] = {"ab": 1}
    print(d.get("a" + "b"))
    print("abc".find("b" + "c"))
    print((s + ",x").split(","))
    print((a + s)[2])
    j: int = 1
    t: str = "1234"
    print(int(t[j:] + t[:j]))
    result: str = ""
    result += a + "://"
    print(result)

    xs: list[int] = [1, 2, 3]
    n: int = 1
    print((n | 2) in xs)
    print(xs.count(n ^ 2), xs.index(n & 3))
    xs.remove(n | 2)
    print(xs)
    st: set[int] = {1, 3}
    print((n & 2) in st)
    st.discard(n ^ 2)
    print(st)

    b: bool = False
    ys: list[int] = [0, 5]
    print(int(b) in ys)
    print(int(True) in {1, 2})


if __name__ == "__main__":
    main()
