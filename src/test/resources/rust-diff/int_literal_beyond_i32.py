# Int literals outside i32's range, where nothing else gives the Rust value its type:
# printed directly, held by a local used only in a true division or a comparison.


def main() -> None:
    print(3000000000)
    print(-3000000000, 2147483648, -2147483649)
    a: int = 3000000000
    print(a / 2)
    b = 4000000000
    print(b > 1)
    c: int = 2147483647
    d = -c - 1
    print(d, -d, abs(d), d // 3, c / 7)
    e = 2147483647
    print(e | 2147483648, e ^ -1, ~e)


if __name__ == "__main__":
    main()
